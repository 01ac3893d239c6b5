/**
 * The worker pool as a batch `Runner` (sim/core/batch.ts): each `RunSpec`'s parameters
 * are applied to the base scenario (once per cell, validated again), the run goes to the
 * pool (the biggest runs first), and its summary comes back keyed by the spec. Seeds come
 * from the spec, never from the worker, so results do not depend on the pool.
 */
import { applyParams, type RunSpec, type Runner, type Scenario, type Summary } from "../sim/index.ts";
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
      await pool.run(longestFirst(jobs), (job, summary) => onResult(byId.get(job.id)!, batchResult(summary)));
    },
  };
}

/**
 * Runs `specs` on the pool in the order given, each job built when a worker is free: the
 * scenario of the current cell is kept (a plan's runs of one cell come one after the
 * other) and only the runs in flight are remembered, so a plan of any size is never
 * listed. The caller chooses the order (a sweep puts its biggest runs first).
 *
 * @example
 * ```ts
 * await runInOrder(pool, sweep.base, plan.runs(), (spec, result) => rows.set(spec.runIndex, result));
 * ```
 */
export async function runInOrder(
  pool: WorkerPool,
  base: Scenario,
  specs: Iterable<RunSpec>,
  onResult: (spec: RunSpec, result: Record<string, number>) => void,
): Promise<void> {
  const inFlight = new Map<number, RunSpec>();
  let cell = -1;
  let scenario: Scenario | undefined;
  function* jobs(): Generator<RunJob> {
    for (const spec of specs) {
      if (!scenario || spec.cellIndex !== cell) [scenario, cell] = [applyParams(base, spec.params), spec.cellIndex];
      inFlight.set(spec.runIndex, spec);
      yield { id: spec.runIndex, scenario, seed: spec.seed };
    }
  }
  await pool.run(jobs(), (job, summary) => {
    const spec = inFlight.get(job.id)!;
    inFlight.delete(job.id);
    onResult(spec, batchResult(summary));
  });
}

/**
 * A summary as a batch row's result: batch rows hold numbers, so an undefined ratio
 * (null) travels as NaN, which the sweep tables write as missing (empty in CSV, null in
 * Parquet).
 */
function batchResult(summary: Summary): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [k, v] of Object.entries(summary)) out[k] = v ?? Number.NaN;
  return out;
}

/** A run's work, roughly: household-days simulated (warm-up included); `days` overrides the scenario's. */
export function runCost(scenario: Scenario, days?: number): number {
  return scenario.neighbourhood.households * (scenario.run.warmupDays + (days ?? scenario.run.days));
}

/** `runCost` of a pool job. */
export function estimatedCost(job: RunJob): number {
  return runCost(job.scenario, job.days);
}

/**
 * Jobs in the order a pool should start them: the biggest first (ties keep their order), so
 * that a sweep over town sizes or run lengths does not end with one worker on a long run
 * while the others idle. Only the order of work changes: results are keyed by run.
 */
export function longestFirst(jobs: readonly RunJob[]): RunJob[] {
  return jobs
    .map((job, i) => ({ job, i, cost: estimatedCost(job) }))
    .sort((a, b) => b.cost - a.cost || a.i - b.i)
    .map((x) => x.job);
}
