/**
 * The parts of a scenario the surveillance mechanisms read: every section but the world's,
 * each typed from its section schema, so a parameter renamed in a section is a type error
 * in the mechanism that reads it. Typed from the scenario rather than from the registry
 * (`parts.ts`), which imports every mechanism: the mechanisms' types must not depend on
 * themselves. `tests/domain/model/parts.test.ts` checks that the scenario's sections are
 * the world's plus the parts'.
 */
import type { Scenario } from "../../scenario/index.ts";

/** Fields of a scenario no mechanism reads: its own, its timeline, and the world's sections. */
type NotMechanism = "name" | "description" | "extends" | "timeline" | "run" | "neighbourhood" | "cameras";

/** Every parameter the mechanisms of `sim/domain/model` read (a scenario is one: parts read it live). */
export type ModelParams = Omit<Scenario, NotMechanism>;

/** The `thieves:` section (read by the target-choice rule on its own). */
export type ThievesParams = ModelParams["thieves"];
