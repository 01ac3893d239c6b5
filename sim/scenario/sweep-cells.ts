/**
 * From a validated sweep to the parameter sets to run and the runs, by position: the
 * core's samplers (`gridCells`, `randomCells`, `latinHypercubeCells`; Morris and Sobol'
 * through `sensitivity-design.ts`; a design file's rows as they are) and `createRunPlan`.
 * Nothing here lists every run: a plan of any size is counted at once and gives run i
 * when asked. Numbers drawn for a bounded parameter are clamped to its range, and rounded
 * for whole-number parameters, so every cell is a valid scenario.
 *
 * What each sampler keeps: grid, its value lists (params × levels); random and lhs, the
 * draws (samples × params numbers, made on the first cell asked for); morris, the design
 * (cells × params); sobol, the base points (samples × 2 params); design, the file's rows.
 */
import {
  createRunPlan,
  gridCells,
  latinHypercubeCells,
  randomCells,
  type CellSource,
  type Dist,
  type ParamValue,
  type RunPlan,
} from "../core/index.ts";
import { paramAt, type ParamInfo } from "./schema-walk.ts";
import { isSensitivitySampler, sensitivityCells } from "./sensitivity-design.ts";
import type { SamplerName, VarySpec } from "./sweep-schema.ts";

/** What `sweepCells` needs of a sweep. */
export interface SweepPlan {
  vary: Record<string, VarySpec>;
  sampler: SamplerName;
  samples?: number;
  /** Morris: trajectories, levels and candidate trajectories. */
  trajectories?: number;
  levels?: number;
  candidates?: number;
  /** Sobol: add the second-order rows. */
  calcSecondOrder?: boolean;
  /** Design: the rows of the design file. */
  designRows?: readonly Record<string, ParamValue>[];
  seed: number;
}

/** `steps` evenly spaced numbers from `from` to `to`, both included, without float noise. */
export function linspace(from: number, to: number, steps: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < steps; i++) out.push(tidy(from + ((to - from) * i) / (steps - 1)));
  return out;
}

/** Rounds away binary noise such as 0.30000000000000004. */
function tidy(x: number): number {
  return Number(x.toPrecision(12));
}

/** The list of values of one parameter for the grid sampler. */
function gridValues(spec: VarySpec, info: ParamInfo | undefined): ParamValue[] {
  const raw: ParamValue[] = spec.values ?? (spec.range ? linspace(spec.range.from, spec.range.to, spec.range.steps) : []);
  if (raw.length === 0) throw new Error("grid sweeps take `values` or `range` only (the sweep was not validated)");
  return [...new Set(raw.map((v) => fit(v, info)))];
}

/** The distribution of one parameter for the random and Latin-hypercube samplers. */
function dist(spec: VarySpec, info: ParamInfo | undefined): Dist {
  if (spec.values) return { kind: "choice", values: spec.values };
  if (spec.choice) return { kind: "choice", values: spec.choice };
  if (spec.range) {
    const min = Math.min(spec.range.from, spec.range.to);
    const max = Math.max(spec.range.from, spec.range.to);
    return info?.kind === "integer" ? { kind: "int", min: Math.ceil(min), max: Math.floor(max) } : { kind: "uniform", min, max };
  }
  if (spec.uniform) return { kind: "uniform", ...spec.uniform };
  if (spec.int) return { kind: "int", ...spec.int };
  if (spec.normal) return { kind: "normal", ...spec.normal };
  if (spec.lognormal) return { kind: "lognormal", ...spec.lognormal };
  throw new Error("empty vary entry (the sweep was not validated)");
}

/** Clamps a number into the parameter's range and rounds it for whole-number parameters. */
function fit(v: ParamValue, info: ParamInfo | undefined): ParamValue {
  if (typeof v !== "number" || !info) return v;
  let x = info.kind === "integer" ? Math.round(v) : v;
  const step = info.kind === "integer" ? 1 : 1e-9;
  if (info.min !== undefined && (x < info.min || (info.minExclusive && x <= info.min))) x = info.minExclusive ? info.min + step : info.min;
  if (info.max !== undefined && (x > info.max || (info.maxExclusive && x >= info.max))) x = info.maxExclusive ? info.max - step : info.max;
  return info.kind === "integer" ? x : tidy(x);
}

/**
 * The sweep's parameter sets by position, in the sampler's deterministic order (grid:
 * last parameter varies fastest, repeated values merged; random and lhs: from the sweep
 * seed). Replications are not included: see {@link sweepRunPlan}.
 *
 * @example
 * sweepCells({ vary: { "policy.name": { values: ["none", "portal-partnership"] } }, sampler: "grid", seed: 1 }).cellAt(1)
 * // { index: 1, params: { "policy.name": "portal-partnership" } }
 */
export function sweepCells(sweep: SweepPlan): CellSource {
  const infos = Object.fromEntries(Object.keys(sweep.vary).map((p) => [p, paramAt(p)]));
  if (sweep.sampler === "design") {
    const rows = sweep.designRows ?? [];
    return { count: rows.length, cellAt: (index) => ({ index, params: { ...rows[index] } }) };
  }
  if (sweep.sampler === "grid") {
    const space: Record<string, ParamValue[]> = {};
    for (const [p, spec] of Object.entries(sweep.vary)) space[p] = gridValues(spec, infos[p]);
    return gridCells(space);
  }
  let drawn: CellSource;
  if (isSensitivitySampler(sweep.sampler)) drawn = sensitivityCells({ ...sweep, sampler: sweep.sampler }, infos);
  else {
    const dists: Record<string, Dist> = {};
    for (const [p, spec] of Object.entries(sweep.vary)) dists[p] = dist(spec, infos[p]);
    const n = sweep.samples ?? 0;
    drawn = sweep.sampler === "lhs" ? latinHypercubeCells(dists, n, sweep.seed) : randomCells(dists, n, sweep.seed);
  }
  return {
    count: drawn.count,
    cellAt(index) {
      const c = drawn.cellAt(index);
      for (const p of Object.keys(c.params)) c.params[p] = fit(c.params[p], infos[p]);
      return c;
    },
  };
}

/**
 * Every run of a sweep (cells × replications, cell-major, seeds hashed from the sweep
 * seed), counted at once and built one at a time.
 *
 * @example
 * const plan = sweepRunPlan({ ...sweep, replications: 3 });
 * plan.size;            // cells × 3
 * plan.runAt(plan.size - 1);
 */
export function sweepRunPlan(sweep: SweepPlan & { replications: number }): RunPlan {
  return createRunPlan(sweepCells(sweep), sweep.replications, sweep.seed);
}
