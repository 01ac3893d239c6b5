/**
 * What the engine needs from a model: a way to validate YAML into a scenario and a way to
 * build a `Simulation` from a scenario. The engine depends on nothing else of the model,
 * so the full surveillance model and small test models plug in the same way.
 */
import type { Simulation, Diagnostic, Scenario } from "../sim/index.ts";

export type ParseResult = { ok: true; scenario: Scenario } | { ok: false; diagnostics: Diagnostic[] };

export interface SimulationFactory {
  /** Validates scenario YAML; works without a file system (presets are bundled). */
  parse(yaml: string, fileName: string): ParseResult;
  /** Builds a simulation; `seed` defaults to `scenario.run.seed`. May throw on a model bug. */
  create(scenario: Scenario, opts: { seed?: number; days?: number }): Simulation;
}
