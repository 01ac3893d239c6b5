/**
 * The sensitivity analysis of a finished Morris or Sobol' sweep: every summary metric of
 * its runs against every varied parameter, with the core's analysers.
 *
 * Replications and noise. A run's summary is the model's response plus stochastic noise
 * (its seed). With `average` (the default) the analysis uses, per parameter set, the mean
 * over its replications: the noise variance shrinks by the number of replications, and
 * what is left of it still inflates the output variance (so S1 shrinks a little) and
 * every Jansen total index (noise looks like an interaction with everything). Without
 * `average`, each replication is analysed as a further copy of the design (r x R
 * trajectories, N x R base samples): more elementary effects or samples, each carrying
 * the full noise, so sigma and the intervals include it. Either way an input with no
 * effect does not get mu* or ST of exactly 0 but one of the size of the noise; compare
 * it with the bootstrap interval.
 */
import { analyseDesign, type SecondOrderRow, type SensitivityRow } from "../core/index.ts";
import type { ParamValue } from "../core/index.ts";
import { paramAt } from "./schema-walk.ts";
import { isSensitivitySampler, unitOf } from "./sensitivity-design.ts";
import type { SamplerName, VarySpec } from "./sweep-schema.ts";

/** What the analysis needs of a sweep's definition (as in its manifest). */
export interface SensitivitySweep {
  vary: Record<string, VarySpec>;
  sampler: SamplerName;
  samples?: number | null;
  calcSecondOrder?: boolean;
  cells: number;
  replications: number;
  seed: number;
}

/** One finished run, as in the sweep's journal or table. */
export interface SweepRun {
  cellIndex: number;
  replication: number;
  params: Record<string, ParamValue>;
  result: Record<string, number>;
}

/** Options of {@link sweepSensitivity}. */
export interface SweepSensitivityOptions {
  /** Average replications per parameter set (default true); see the file comment. */
  average?: boolean;
  resamples?: number;
  /** Metrics to analyse (default: every summary metric). */
  metrics?: readonly string[];
}

/** The result: rows per metric and parameter, second-order rows, and the metrics left out because an output was missing. */
export interface SweepSensitivity {
  rows: SensitivityRow[];
  secondOrder: SecondOrderRow[];
  skipped: string[];
}

/**
 * Analyses a complete Morris or Sobol' sweep. Throws an `Error` with a readable message
 * when the sweep used another sampler or runs are missing.
 *
 * @example
 * ```ts
 * const { rows } = sweepSensitivity(manifest.definition, journalRows, { average: true });
 * ```
 */
export function sweepSensitivity(sweep: SensitivitySweep, runs: readonly SweepRun[], opts: SweepSensitivityOptions = {}): SweepSensitivity {
  if (!isSensitivitySampler(sweep.sampler)) {
    throw new Error(`the sweep used sampler ${sweep.sampler}; sensitivity analysis needs a sweep with sampler morris or sobol`);
  }
  const byRun = new Map<number, SweepRun>();
  for (const r of runs) byRun.set(r.cellIndex * sweep.replications + r.replication, r);
  const expected = sweep.cells * sweep.replications;
  if (byRun.size !== expected) {
    throw new Error(`the sweep has ${byRun.size} of its ${expected} runs; finish it first (doorstep sweep <file> --resume, or merge its shards)`);
  }
  const params = Object.keys(sweep.vary);
  const infos = params.map((p) => paramAt(p));
  const unit = (r: SweepRun) => params.map((p, i) => unitOf(sweep.vary[p], infos[i], r.params[p]));
  const average = opts.average ?? true;
  const reps = sweep.replications;
  const copies = average ? 1 : reps;
  const x: number[][] = [];
  const runsAt: SweepRun[][] = []; // the runs behind each analysed point
  for (let copy = 0; copy < copies; copy++) {
    for (let c = 0; c < sweep.cells; c++) {
      const group = average ? Array.from({ length: reps }, (_, k) => byRun.get(c * reps + k)!) : [byRun.get(c * reps + copy)!];
      x.push(unit(group[0]));
      runsAt.push(group);
    }
  }
  const metrics = opts.metrics ?? Object.keys(byRun.get(0)!.result);
  const shape = {
    method: sweep.sampler,
    parameters: params,
    samples: (sweep.samples ?? 0) * copies,
    secondOrder: sweep.calcSecondOrder ?? false,
  };
  const out: SweepSensitivity = { rows: [], secondOrder: [], skipped: [] };
  for (const metric of metrics) {
    const y = runsAt.map((g) => g.reduce((s, r) => s + (r.result[metric] ?? Number.NaN), 0) / g.length);
    if (!y.every(Number.isFinite)) {
      out.skipped.push(metric);
      continue;
    }
    const r = analyseDesign(shape, x, y, metric, { resamples: opts.resamples ?? 1000, seed: sweep.seed });
    out.rows.push(...r.rows);
    out.secondOrder.push(...r.secondOrder);
  }
  return out;
}
