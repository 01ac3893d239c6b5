/**
 * The parts of a scenario the surveillance mechanisms read: the sections the registered
 * parts declare (`sim/domain/parts.ts`), each typed from its section schema, so a
 * parameter renamed in a section is a type error in the mechanism that reads it.
 */
import type { PartSections } from "../parts.ts";

/** Every parameter the mechanisms of `sim/domain/model` read (a scenario is one: parts read it live). */
export type ModelParams = PartSections;

/** The `thieves:` section (read by the target-choice rule on its own). */
export type ThievesParams = ModelParams["thieves"];
