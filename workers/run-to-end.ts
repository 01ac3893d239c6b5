/**
 * Whole runs, start to finish, reduced to their summaries: what a batch cell, a compare
 * replication and a sweep row need. Shared by the engine and the Node pool worker so the
 * paths cannot drift apart.
 */
import type { Simulation, Scenario, Summary } from "../sim/index.ts";
import type { SimulationFactory } from "./simulation-factory.ts";

/** Runs one after another in one thread (a pool worker, a compare loop). */
export interface RunSequence {
  /**
   * Runs `scenario` with `seed` to its last day and returns `summary()`. Throws whatever
   * the model throws (callers turn it into a value at their boundary).
   */
  run(scenario: Scenario, seed: number, days?: number): Summary;
}

/**
 * A sequence of runs that hands the JIT's work from one run to the next.
 *
 * Why: the model's hot code lives in closures made afresh by each run, and V8 keeps a
 * function's optimised code only weakly on the feedback vector that all those closures
 * share. Between the last call of one run's closures and the first call of the next run's,
 * nothing else holds that code; a run's setup allocates enough to start a full GC, and when
 * one lands in that window the next run recompiles the camera system, the router and the
 * rest: ~0.5 s of background compilation every few dozen short runs (measured with
 * `--trace-opt`), taken from the other workers on a busy pool. So the sequence keeps the
 * previous simulation, and with it its closures and their code, until the next one has
 * stepped its first day, by which time the new closures hold the code themselves. Results
 * are untouched: the previous simulation is only kept reachable, never read. The cost is
 * memory for that first day: the previous run's final state beside the new run's first day.
 *
 * @example
 * ```ts
 * const runs = createRunSequence(domainFactory);
 * const a = runs.run(scenario, 1);
 * const b = runs.run(scenario, 2);
 * ```
 */
export function createRunSequence(factory: SimulationFactory): RunSequence {
  // biome-ignore lint/correctness/noUnusedVariables: written, never read: it keeps the last run reachable (see above)
  let previous: Simulation | null = null;
  return {
    run(scenario, seed, days) {
      const sim = factory.create(scenario, days === undefined ? { seed } : { seed, days });
      if (!sim.isDone()) sim.stepDay();
      previous = null;
      while (!sim.isDone()) sim.stepDay();
      const summary = sim.summary();
      previous = sim;
      return summary;
    },
  };
}

/**
 * Runs `scenario` with `seed` to its last day and returns `summary()`: one run, with
 * nothing handed on (see `createRunSequence` for runs in a row).
 *
 * @example
 * ```ts
 * const summary = runToEnd(domainFactory, scenario, 7, 30);
 * ```
 */
export function runToEnd(factory: SimulationFactory, scenario: Scenario, seed: number, days?: number): Summary {
  return createRunSequence(factory).run(scenario, seed, days);
}
