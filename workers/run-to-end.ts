/**
 * One whole run, start to finish, reduced to its summary: what a batch cell, a compare
 * replication and a sweep row need. Shared by the engine and the Node pool worker so the
 * two paths cannot drift apart.
 */
import type { Scenario } from "../sim/scenario/schema.ts";
import type { SimulationFactory } from "./simulation-factory.ts";

/**
 * Runs `scenario` with `seed` to its last day and returns `summary()`.
 * Throws whatever the model throws (callers turn it into a value at their boundary).
 *
 * @example
 * ```ts
 * const summary = runToEnd(domainFactory, scenario, 7, 30);
 * ```
 */
export function runToEnd(
  factory: SimulationFactory,
  scenario: Scenario,
  seed: number,
  days?: number,
): Record<string, number> {
  const sim = factory.create(scenario, days === undefined ? { seed } : { seed, days });
  while (!sim.isDone()) sim.stepDay();
  return sim.summary();
}
