/**
 * Batch runs (Mesa's batch_run): replications of every cell of a parameter sweep, each
 * with a seed hashed from (sweep seed, cell index, replication), executed by a pluggable
 * Runner. Rows come back sorted by run index, so the result never depends on how the
 * runner split or ordered the work (in process, chunked, or on a worker pool).
 */
import { hashSeed } from "./hash-seed.ts";
import type { Cell, ParamValue } from "./samplers.ts";

export { fullGrid, randomSample, latinHypercube, type Cell, type Dist, type ParamValue } from "./samplers.ts";

/** One run to execute. */
export interface RunSpec {
  /** Position in the plan (cell-major: cell 0's replications first). */
  runIndex: number;
  cellIndex: number;
  replication: number;
  seed: number;
  params: Record<string, ParamValue>;
}

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
 * The seed of one run: a hash of (sweep seed, cell index, replication), so adding cells
 * or replications never changes the seeds of the others.
 *
 * @example
 * ```ts
 * runSeed(42, 3, 0); // uint32, the same on every machine
 * ```
 */
export function runSeed(sweepSeed: number, cellIndex: number, replication: number): number {
  return hashSeed("run", sweepSeed, cellIndex, replication);
}

/**
 * All runs of a sweep, cell-major (every replication of cell 0, then of cell 1, ...).
 *
 * @example
 * ```ts
 * planRuns(fullGrid({ n: [10, 20] }), 3, 42).length; // 6
 * ```
 */
export function planRuns(cells: Cell[], replications: number, sweepSeed: number): RunSpec[] {
  if (!Number.isInteger(replications) || replications < 1) {
    throw new RangeError(`planRuns: replications must be a whole number >= 1, got ${replications}`);
  }
  const specs: RunSpec[] = [];
  for (const cell of cells) {
    for (let r = 0; r < replications; r++) {
      specs.push({
        runIndex: specs.length,
        cellIndex: cell.index,
        replication: r,
        seed: runSeed(sweepSeed, cell.index, r),
        params: { ...cell.params },
      });
    }
  }
  return specs;
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
