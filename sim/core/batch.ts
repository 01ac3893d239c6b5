/**
 * Batch runs (Mesa's batch_run): replications of every cell of a parameter sweep, each
 * with a seed hashed from (sweep seed, cell index, replication), executed by a pluggable
 * Runner. Rows come back sorted by run index, so the result never depends on how the
 * runner split or ordered the work (in process, chunked, or on a worker pool).
 */
import { cellList, createRunPlan, type RunSpec } from "./run-plan.ts";
import type { Cell, ParamValue } from "./samplers.ts";

export { fullGrid, randomSample, latinHypercube, type Cell, type Dist, type ParamValue } from "./samplers.ts";
export { runSeed, type RunSpec } from "./run-plan.ts";

/** One finished run. */
export interface BatchRow {
  runIndex: number;
  cellIndex: number;
  replication: number;
  seed: number;
  params: Record<string, ParamValue>;
  result: Record<string, number>;
}

/** Executes run specs in any order or split, reporting each result once. */
export interface Runner {
  run(specs: RunSpec[], onResult: (spec: RunSpec, result: Record<string, number>) => void): Promise<void>;
}

/**
 * All runs of a list of cells, cell-major (every replication of cell 0, then of cell 1, ...),
 * as an array: for small designs; a sweep takes its runs one by one from `createRunPlan`.
 *
 * @example
 * ```ts
 * planRuns(fullGrid({ n: [10, 20] }), 3, 42).length; // 6
 * ```
 */
export function planRuns(cells: Cell[], replications: number, sweepSeed: number): RunSpec[] {
  return [...createRunPlan(cellList(cells), replications, sweepSeed).runs()];
}

/**
 * A Runner that executes specs one by one in this thread, yielding to the event loop
 * after every `chunkSize` runs (default 16) so that progress and cancel messages get
 * through.
 *
 * @example
 * ```ts
 * const runner = inProcessRunner((spec) => {
 *   const m = new Schelling({ seed: spec.seed, ...spec.params });
 *   m.runSteps(100);
 *   return { happy: m.happyShare() };
 * }, { chunkSize: 8 });
 * ```
 */
export function inProcessRunner(runOne: (spec: RunSpec) => Record<string, number>, opts: { chunkSize?: number } = {}): Runner {
  const chunkSize = opts.chunkSize ?? 16;
  if (!Number.isInteger(chunkSize) || chunkSize < 1) {
    throw new RangeError(`inProcessRunner: chunkSize must be a whole number >= 1, got ${chunkSize}`);
  }
  return {
    async run(specs, onResult) {
      for (let start = 0; start < specs.length; start += chunkSize) {
        const end = Math.min(specs.length, start + chunkSize);
        for (let i = start; i < end; i++) onResult(specs[i], runOne(specs[i]));
        if (end < specs.length) await yieldToEventLoop();
      }
    },
  };
}

/**
 * Runs every cell `replications` times through `runner` and returns one row per run,
 * sorted by run index. Throws if the runner skipped or repeated a run.
 *
 * @example
 * ```ts
 * const rows = await batchRun({ cells: fullGrid({ density: [0.7, 0.9] }), replications: 5, seed: 1, runner });
 * rows[0]; // { runIndex: 0, cellIndex: 0, replication: 0, seed, params: { density: 0.7 }, result: {...} }
 * ```
 */
export async function batchRun(opts: {
  cells: Cell[];
  replications: number;
  seed: number;
  runner: Runner;
  /** Called after each finished run with (done, total). */
  onProgress?: (done: number, total: number) => void;
}): Promise<BatchRow[]> {
  const specs = planRuns(opts.cells, opts.replications, opts.seed);
  const byIndex: (BatchRow | undefined)[] = new Array(specs.length);
  let done = 0;
  await opts.runner.run(specs, (spec, result) => {
    if (byIndex[spec.runIndex] !== undefined) throw new Error(`batchRun: the runner reported run ${spec.runIndex} twice`);
    byIndex[spec.runIndex] = {
      runIndex: spec.runIndex,
      cellIndex: spec.cellIndex,
      replication: spec.replication,
      seed: spec.seed,
      params: spec.params,
      result,
    };
    done++;
    opts.onProgress?.(done, specs.length);
  });
  if (done !== specs.length) throw new Error(`batchRun: the runner finished ${done} of ${specs.length} runs`);
  return byIndex as BatchRow[];
}

function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
