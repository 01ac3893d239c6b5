/**
 * The order a sweep hands its runs to the worker pool: the biggest cells first (the work
 * of a run in household-days, see `runCost`), so a sweep over town sizes or run lengths
 * does not end with one worker on a long run while the others idle; ties in cell order,
 * a cell's runs in replication order. This is the order `longestFirst` gives a list of
 * jobs, built from the lazy plan with one number per cell and one run at a time.
 */
import { applyParams, type BatchRow, type RunPlan, type RunSpec, type Scenario } from "../../sim/node.ts";
import { runCost } from "../../workers/pool-runner.ts";
import { inShard, shardRuns, type Shard } from "./shard.ts";

/**
 * Each cell's work (household-days, see `runCost`) by cell index, for the cells with runs
 * in `shard` (NaN for the others): one number per cell, one scenario at a time.
 */
export function cellCosts(base: Scenario, plan: RunPlan, shard: Shard | null): Float64Array {
  const cost = new Float64Array(plan.cellCount).fill(Number.NaN);
  const mine = shardRuns(plan.size, shard);
  for (let i = mine.from; i < plan.size; i += mine.step) {
    const c = Math.floor(i / plan.replications);
    if (Number.isNaN(cost[c])) cost[c] = runCost(applyParams(base, plan.cellAt(c).params));
  }
  return cost;
}

/**
 * This shard's runs not yet `done`, biggest cells first, built one at a time from the
 * plan. Keeps the cells' order: one number per cell.
 *
 * @example
 * ```ts
 * const cost = cellCosts(sweep.base, plan, shard);
 * await runInOrder(pool, sweep.base, biggestFirst(plan, cost, shard, rows), onResult);
 * ```
 */
export function* biggestFirst(plan: RunPlan, cost: Float64Array, shard: Shard | null, done: ReadonlyMap<number, BatchRow>): Generator<RunSpec> {
  const order = new Uint32Array(plan.cellCount).map((_, c) => c);
  order.sort((a, b) => (cost[b] || 0) - (cost[a] || 0) || a - b);
  for (const c of order) {
    if (Number.isNaN(cost[c])) continue;
    for (let r = 0; r < plan.replications; r++) {
      const i = c * plan.replications + r;
      if (inShard(i, shard) && !done.has(i)) yield plan.runAt(i);
    }
  }
}
