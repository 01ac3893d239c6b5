/**
 * A sweep's runs addressed by position, never all in memory: a `CellSource` gives cell i
 * of a sampler's design on demand, and a `RunPlan` turns it into run i (cell-major: every
 * replication of cell 0, then of cell 1, ...), with the seed hashed from (sweep seed,
 * cell index, replication). A sweep of a million runs holds one run at a time; shards
 * and resumed sweeps take their runs by index.
 */
import { hashSeed } from "./hash-seed.ts";
import type { Cell, CellSource, ParamValue } from "./samplers.ts";

export type { CellSource } from "./samplers.ts";

/** Points of a design in the unit hypercube by position (Morris, Saltelli). */
export interface PointSource {
  readonly count: number;
  readonly dims: number;
  /** Point `i` (0 <= i < count), a fresh array each call. */
  pointAt(i: number): Float64Array;
}

/** One run to execute. */
export interface RunSpec {
  /** Position in the plan (cell-major: cell 0's replications first). */
  runIndex: number;
  cellIndex: number;
  replication: number;
  seed: number;
  params: Record<string, ParamValue>;
}

/** The runs of a sweep, counted and generated on demand. */
export interface RunPlan {
  /** Cells of the design. */
  readonly cellCount: number;
  readonly replications: number;
  /** Runs: cells × replications. */
  readonly size: number;
  /** Cell `i` of the design. */
  cellAt(i: number): Cell;
  /** Run `i` (0 <= i < size). */
  runAt(i: number): RunSpec;
  /** Runs `from`, `from + step`, ... below `size`, one at a time. */
  runs(from?: number, step?: number): IterableIterator<RunSpec>;
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

/** A list of cells as a source (for designs that are small lists already). */
export function cellList(cells: readonly Cell[]): CellSource {
  return { count: cells.length, cellAt: (i) => cells[i] };
}

/**
 * The plan of `replications` runs per cell of `cells`. Run `i` is built when asked for:
 * the plan keeps nothing but the source.
 *
 * @example
 * ```ts
 * const plan = createRunPlan(gridCells({ n: [10, 20] }), 3, 42);
 * plan.size;            // 6
 * plan.runAt(4);        // { runIndex: 4, cellIndex: 1, replication: 1, seed, params: { n: 20 } }
 * ```
 */
export function createRunPlan(cells: CellSource, replications: number, sweepSeed: number): RunPlan {
  if (!Number.isInteger(replications) || replications < 1) {
    throw new RangeError(`planRuns: replications must be a whole number >= 1, got ${replications}`);
  }
  const size = cells.count * replications;
  const runAt = (i: number): RunSpec => {
    if (!Number.isInteger(i) || i < 0 || i >= size) throw new RangeError(`runAt: run ${i} is outside the plan (0 to ${size - 1})`);
    const cell = cells.cellAt(Math.floor(i / replications));
    const replication = i % replications;
    return { runIndex: i, cellIndex: cell.index, replication, seed: runSeed(sweepSeed, cell.index, replication), params: { ...cell.params } };
  };
  return {
    cellCount: cells.count,
    replications,
    size,
    cellAt: (i) => cells.cellAt(i),
    runAt,
    *runs(from = 0, step = 1) {
      if (!Number.isInteger(step) || step < 1) throw new RangeError(`runs: step must be a whole number >= 1, got ${step}`);
      for (let i = from; i < size; i += step) yield runAt(i);
    },
  };
}
