/**
 * Morris and Sobol' sweeps: from points of the core's samplers, which live in the unit
 * hypercube, to parameter values, and back. Each varied parameter is an interval
 * (`uniform`, `int`, `range`: its ends) or an ordered list (`values`).
 *
 *   morris  u on the p-level grid -> the point at that fraction of the interval (rounded
 *           for whole numbers) or of the list, so the grid's levels spread evenly
 *   sobol   u in [0, 1) -> uniform on the interval; each whole number or list entry
 *           equally likely
 *
 * The analysis reads values back as fractions of the interval or list (`unitOf`), so an
 * elementary effect is the change of the output per whole range of the input.
 */
import { morrisPoints, saltelliPoints, type CellSource, type ParamValue, type PointSource } from "../core/index.ts";
import type { ParamInfo } from "./schema-walk.ts";
import type { SamplerName, VarySpec } from "./sweep-schema.ts";

/** The samplers whose points come from the unit hypercube. */
export type SensitivitySampler = "morris" | "sobol";

export function isSensitivitySampler(s: SamplerName): s is SensitivitySampler {
  return s === "morris" || s === "sobol";
}

/** The interval or list a parameter varies over. */
type Domain = { kind: "number"; lo: number; hi: number; integer: boolean } | { kind: "list"; values: readonly ParamValue[] };

function domainOf(spec: VarySpec, info: ParamInfo | undefined): Domain {
  if (spec.values) return { kind: "list", values: spec.values };
  const integer = info?.kind === "integer" || spec.int !== undefined;
  if (spec.uniform) return { kind: "number", lo: spec.uniform.min, hi: spec.uniform.max, integer };
  if (spec.int) return { kind: "number", lo: spec.int.min, hi: spec.int.max, integer: true };
  if (spec.range) return { kind: "number", lo: spec.range.from, hi: spec.range.to, integer };
  throw new Error("morris and sobol sweeps take uniform, int, range or values (the sweep was not validated)");
}

/** The value at unit position `u` for the given sampler (see the file comment). */
export function valueAt(spec: VarySpec, info: ParamInfo | undefined, u: number, sampler: SensitivitySampler): ParamValue {
  const d = domainOf(spec, info);
  if (d.kind === "list") {
    const k = d.values.length;
    const i = sampler === "morris" ? Math.round(u * (k - 1)) : Math.floor(u * k);
    return d.values[Math.min(k - 1, Math.max(0, i))];
  }
  if (!d.integer) return Number((d.lo + u * (d.hi - d.lo)).toPrecision(12));
  const x = sampler === "morris" ? Math.round(d.lo + u * (d.hi - d.lo)) : d.lo + Math.floor(u * (d.hi - d.lo + 1));
  return Math.min(Math.max(x, Math.min(d.lo, d.hi)), Math.max(d.lo, d.hi));
}

/**
 * Where a value sits in its parameter's interval or list, from 0 to 1. A value a sweep did
 * not give (a list entry not in the list) is NaN.
 */
export function unitOf(spec: VarySpec, info: ParamInfo | undefined, value: ParamValue): number {
  const d = domainOf(spec, info);
  if (d.kind === "list") {
    const i = d.values.indexOf(value);
    return i < 0 ? Number.NaN : d.values.length === 1 ? 0 : i / (d.values.length - 1);
  }
  return d.hi === d.lo ? 0 : (Number(value) - d.lo) / (d.hi - d.lo);
}

/** What {@link sensitivityCells} needs of a sweep. */
export interface SensitivityPlan {
  vary: Record<string, VarySpec>;
  sampler: SensitivitySampler;
  samples?: number;
  trajectories?: number;
  levels?: number;
  candidates?: number;
  calcSecondOrder?: boolean;
  seed: number;
}

/** The unit-hypercube points of a Morris or Sobol' sweep, in cell order, by position. */
export function sensitivityPoints(plan: SensitivityPlan): PointSource {
  const dims = Object.keys(plan.vary).length;
  if (plan.sampler === "morris") {
    return morrisPoints(dims, {
      trajectories: plan.trajectories ?? 0,
      levels: plan.levels ?? 4,
      ...(plan.candidates !== undefined ? { candidates: plan.candidates } : {}),
      seed: plan.seed,
    });
  }
  return saltelliPoints(dims, plan.samples ?? 0, plan.seed, { secondOrder: plan.calcSecondOrder ?? false });
}

/**
 * The parameter sets of a Morris sweep (trajectory after trajectory, r (d + 1) sets) or a
 * Sobol' sweep (Saltelli's layout, N (d + 2) sets, N (2d + 2) with second order), by
 * position. What they keep is what the core's designs keep (`morrisPoints`: the whole
 * design, count × d numbers; `saltelliPoints`: the N base points, N × 2d numbers).
 *
 * @example
 * ```ts
 * sensitivityCells({ vary: { "cameras.adoption": { uniform: { min: 0, max: 0.5 } } }, sampler: "morris", trajectories: 4, seed: 1 }, infos).cellAt(0);
 * ```
 */
export function sensitivityCells(plan: SensitivityPlan, infos: Record<string, ParamInfo | undefined>): CellSource {
  const paths = Object.keys(plan.vary);
  const points = sensitivityPoints(plan);
  return {
    count: points.count,
    cellAt(index) {
      const u = points.pointAt(index);
      const params: Record<string, ParamValue> = {};
      paths.forEach((p, i) => {
        params[p] = valueAt(plan.vary[p], infos[p], u[i], plan.sampler);
      });
      return { index, params };
    },
  };
}
