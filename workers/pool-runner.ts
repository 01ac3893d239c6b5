/**
 * The worker pool as a batch `Runner` (sim/core/batch.ts): each `RunSpec`'s parameters
 * are applied to the base scenario (once per cell, validated again), the run goes to the
 * pool, and its summary comes back keyed by the spec. Seeds come from the spec, never
 * from the worker, so results do not depend on the pool.
 */
import type { RunSpec, Runner } from "../sim/core/batch.ts";
import { applyParams, type Scenario } from "../sim/scenario/index.ts";
import type { WorkerPool } from "./pool.ts";
import type { RunJob } from "./pool-worker-api.ts";

/**
 * @example
 * ```ts
 * const runner = createPoolRunner(createWorkerPool({ size: 2 }), sweep.base);
 * const rows = await batchRun({ cells, replications: 3, seed: 1, runner });
 * ```
 */
export function createPoolRunner(pool: WorkerPool, base: Scenario, opts: { days?: number } = {}): Runner {
  return {
    async run(specs, onResult) {
      const byCell = new Map<number, Scenario>();
      const byId = new Map<number, RunSpec>();
      const jobs: RunJob[] = specs.map((spec) => {
        let scenario = byCell.get(spec.cellIndex);
        if (!scenario) byCell.set(spec.cellIndex, (scenario = applyParams(base, spec.params)));
        byId.set(spec.runIndex, spec);
        return { id: spec.runIndex, scenario, seed: spec.seed, ...(opts.days === undefined ? {} : { days: opts.days }) };
      });
      await pool.run(jobs, (job, summary) => onResult(byId.get(job.id)!, summary));
    },
  };
}
