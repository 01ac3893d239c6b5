/**
 * The size of a sweep plan, computed from the sweep file alone (without generating a
 * cell), so that `validate` refuses what `sweep` could not hold: every run is journalled
 * and kept as a table row, so the count bounds the results' memory and disk.
 */
import type { VarySpec } from "./sweep-schema.ts";

/**
 * Most runs one sweep may plan (cells × replications). The plan itself is lazy (see
 * `sweepRunPlan`): the limit is for the results. Every run is one row of the sweep's
 * tables, written from all rows in memory, and one journal line (~2 kB with the shipped
 * model's metrics): 200,000 runs are ~400 MB of journal, within what one process reads
 * back on `--resume` (the journal limit of the CLI) and what `merge` joins.
 */
export const MAX_SWEEP_RUNS = 200_000;

/** What the count needs of a sweep. */
export interface PlanShape {
  vary: Record<string, VarySpec>;
  sampler: string;
  samples?: number;
  trajectories?: number;
  calcSecondOrder?: boolean;
  /** Rows of an external design (sampler `design`), when read. */
  designRows?: number;
  replications: number;
}

/**
 * The number of cells (an upper bound for grids: repeated values are merged later) and
 * runs a sweep plans.
 *
 * @example
 * ```ts
 * planSize({ vary: { "run.days": { range: { from: 1, to: 10, steps: 10 } } }, sampler: "grid", replications: 3 }); // { cells: 10, runs: 30 }
 * ```
 */
export function planSize(s: PlanShape): { cells: number; runs: number } {
  let cells: number;
  if (s.sampler === "grid") {
    cells = 1;
    for (const spec of Object.values(s.vary)) cells *= spec.values?.length ?? spec.range?.steps ?? 1;
  } else if (s.sampler === "morris") cells = (s.trajectories ?? 0) * (Object.keys(s.vary).length + 1);
  else if (s.sampler === "sobol") {
    const d = Object.keys(s.vary).length;
    cells = (s.samples ?? 0) * (s.calcSecondOrder ? 2 * d + 2 : d + 2);
  } else if (s.sampler === "design") cells = s.designRows ?? 0;
  else cells = s.samples ?? 0;
  return { cells, runs: cells * s.replications };
}
