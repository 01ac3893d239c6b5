/**
 * What a pool worker does: run one job (a scenario and a seed) to the end and return its
 * summary. A model error comes back as a value; only a dead worker is a crash.
 */
import type { Scenario, Summary } from "../sim/index.ts";
import { createRunSequence } from "./run-to-end.ts";
import type { SimulationFactory } from "./simulation-factory.ts";

/** One run for the pool: `id` is the caller's key (a sweep's runIndex, say). */
export interface RunJob {
  id: number;
  scenario: Scenario;
  seed: number;
  /** Days after the warm-up (default `scenario.run.days`), as `createSimulation`'s `days`. */
  days?: number;
}

export type RunOutcome = { ok: true; summary: Summary } | { ok: false; message: string };

export interface PoolWorkerApi {
  run(job: RunJob): Promise<RunOutcome>;
}

/**
 * The object a pool worker exposes.
 *
 * @example
 * ```ts
 * exposeOnParentPort(createPoolWorkerApi(domainFactory)); // pool-worker.ts
 * ```
 */
export function createPoolWorkerApi(factory: SimulationFactory): PoolWorkerApi {
  const runs = createRunSequence(factory);
  return {
    async run(job) {
      try {
        return { ok: true, summary: runs.run(job.scenario, job.seed, job.days) };
      } catch (e) {
        return { ok: false, message: e instanceof Error ? e.message : String(e) };
      }
    },
  };
}
