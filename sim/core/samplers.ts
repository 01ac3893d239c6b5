/**
 * Parameter-space samplers for sweeps: the full grid (cartesian product), plain random
 * sampling and Latin hypercube sampling over a small union of distributions. Each
 * returns cells `{ index, params }` in a deterministic order for a given seed.
 */
import { hashSeed } from "./hash-seed.ts";
import { createRng, type Rng } from "./rng.ts";
import { normalQuantile } from "./special-functions.ts";

/** A parameter value in a sweep. */
export type ParamValue = number | string | boolean;

/** One point of a parameter space. */
export interface Cell {
  /** Position in the sampler's output, 0.. */
  index: number;
  /** Parameter name (often a dotted path) to value. */
  params: Record<string, ParamValue>;
}

/**
 * Distribution of one swept parameter. `int` is inclusive of both `min` and `max`;
 * `lognormal` takes the mean and sd of the log.
 */
export type Dist =
  | { kind: "uniform"; min: number; max: number }
  | { kind: "int"; min: number; max: number }
  | { kind: "normal"; mean: number; sd: number }
  | { kind: "lognormal"; mu: number; sigma: number }
  | { kind: "choice"; values: ParamValue[] };

/**
 * Every combination of the listed values (cartesian product); the last key varies fastest.
 *
 * @example
 * ```ts
 * fullGrid({ density: [0.6, 0.8], homophily: [2, 3, 4] });
 * // 6 cells: {density: 0.6, homophily: 2}, {0.6, 3}, {0.6, 4}, {0.8, 2}, ...
 * ```
 */
export function fullGrid(space: Record<string, ParamValue[]>): Cell[] {
  const keys = Object.keys(space);
  for (const k of keys) {
    if (!Array.isArray(space[k]) || space[k].length === 0) {
      throw new Error(`fullGrid: parameter "${k}" needs a non-empty list of values`);
    }
  }
  let total = 1;
  for (const k of keys) total *= space[k].length;
  const cells: Cell[] = [];
  for (let index = 0; index < total; index++) {
    const params: Record<string, ParamValue> = {};
    let rest = index;
    for (let j = keys.length - 1; j >= 0; j--) {
      const vals = space[keys[j]];
      params[keys[j]] = vals[rest % vals.length];
      rest = Math.floor(rest / vals.length);
    }
    cells.push({ index, params: orderLike(keys, params) });
  }
  return cells;
}

/**
 * n independent draws from the distributions (keys drawn in their listed order).
 *
 * @example
 * ```ts
 * randomSample({ rate: { kind: "uniform", min: 0, max: 1 }, mode: { kind: "choice", values: ["a", "b"] } }, 50, 7);
 * ```
 */
export function randomSample(dists: Record<string, Dist>, n: number, seed: number): Cell[] {
  checkCount(n, "randomSample");
  const keys = checkDists(dists, "randomSample");
  const rng = createRng(hashSeed("randomSample", seed));
  const cells: Cell[] = [];
  for (let index = 0; index < n; index++) {
    const params: Record<string, ParamValue> = {};
    for (const k of keys) params[k] = draw(dists[k], rng);
    cells.push({ index, params });
  }
  return cells;
}

/**
 * Latin hypercube: each parameter's range is cut into n equally probable strata and
 * every stratum is used exactly once, with the strata paired at random across
 * parameters. Covers each dimension evenly with few samples.
 *
 * @example
 * ```ts
 * latinHypercube({ a: { kind: "uniform", min: 0, max: 10 }, b: { kind: "normal", mean: 0, sd: 1 } }, 20, 3);
 * ```
 */
export function latinHypercube(dists: Record<string, Dist>, n: number, seed: number): Cell[] {
  checkCount(n, "latinHypercube");
  const keys = checkDists(dists, "latinHypercube");
  const rng = createRng(hashSeed("latinHypercube", seed));
  const cells: Cell[] = [];
  for (let index = 0; index < n; index++) cells.push({ index, params: {} });
  const perm: number[] = new Array(n);
  for (const k of keys) {
    for (let i = 0; i < n; i++) perm[i] = i;
    rng.shuffle(perm);
    for (let i = 0; i < n; i++) {
      const p = (perm[i] + rng.next()) / n;
      cells[i].params[k] = quantile(dists[k], p);
    }
  }
  return cells;
}

/** The value at cumulative probability p in [0, 1) of a distribution. */
function quantile(d: Dist, p: number): ParamValue {
  switch (d.kind) {
    case "uniform":
      return d.min + p * (d.max - d.min);
    case "int":
      return Math.min(d.max, d.min + Math.floor(p * (d.max - d.min + 1)));
    case "normal":
      return d.mean + d.sd * normalQuantile(clampOpen(p));
    case "lognormal":
      return Math.exp(d.mu + d.sigma * normalQuantile(clampOpen(p)));
    case "choice":
      return d.values[Math.min(d.values.length - 1, Math.floor(p * d.values.length))];
  }
}

function draw(d: Dist, rng: Rng): ParamValue {
  switch (d.kind) {
    case "uniform":
      return rng.uniform(d.min, d.max);
    case "int":
      return rng.int(d.min, d.max + 1);
    case "normal":
      return rng.normal(d.mean, d.sd);
    case "lognormal":
      return rng.lognormal(d.mu, d.sigma);
    case "choice":
      return rng.choice(d.values);
  }
}

/** Keeps p away from 0 and 1 so that normal quantiles stay finite. */
function clampOpen(p: number): number {
  return Math.min(Math.max(p, 1e-12), 1 - 1e-12);
}

function checkCount(n: number, where: string): void {
  if (!Number.isInteger(n) || n < 0) throw new RangeError(`${where}: n must be a whole number >= 0, got ${n}`);
}

function checkDists(dists: Record<string, Dist>, where: string): string[] {
  const keys = Object.keys(dists);
  for (const k of keys) {
    const d = dists[k];
    const bad = (why: string) => new Error(`${where}: parameter "${k}": ${why}`);
    switch (d.kind) {
      case "uniform":
        if (!(d.max >= d.min)) throw bad(`uniform needs min <= max, got ${d.min}..${d.max}`);
        break;
      case "int":
        if (!Number.isInteger(d.min) || !Number.isInteger(d.max) || d.max < d.min) {
          throw bad(`int needs whole numbers min <= max, got ${d.min}..${d.max}`);
        }
        break;
      case "normal":
        if (!(d.sd >= 0)) throw bad(`normal needs sd >= 0, got ${d.sd}`);
        break;
      case "lognormal":
        if (!(d.sigma >= 0)) throw bad(`lognormal needs sigma >= 0, got ${d.sigma}`);
        break;
      case "choice":
        if (!Array.isArray(d.values) || d.values.length === 0) throw bad("choice needs a non-empty list of values");
        break;
      default:
        throw bad(`unknown kind "${(d as { kind: string }).kind}"; use uniform, int, normal, lognormal or choice`);
    }
  }
  return keys;
}

/** Rebuilds an object with keys in the given order (fullGrid fills them backwards). */
function orderLike(keys: string[], params: Record<string, ParamValue>): Record<string, ParamValue> {
  const out: Record<string, ParamValue> = {};
  for (const k of keys) out[k] = params[k];
  return out;
}
