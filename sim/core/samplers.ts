/**
 * Parameter-space samplers for sweeps: the full grid (cartesian product), plain random
 * sampling and Latin hypercube sampling over a small union of distributions. Each gives
 * cells `{ index, params }` in a deterministic order for a given seed, by position
 * (`gridCells`, `randomCells`, `latinHypercubeCells`: a `CellSource` whose count is known
 * at once and whose cells are built when asked for) or as a list (`fullGrid`,
 * `randomSample`, `latinHypercube`).
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

/** The cells of a design by position; `count` is known without building any cell. */
export interface CellSource {
  readonly count: number;
  /** Cell `i` (0 <= i < count), a fresh object each call. */
  cellAt(i: number): Cell;
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
 * Every combination of the listed values (cartesian product), cell `i` computed from `i`
 * alone (the last key varies fastest). Keeps only `space`.
 *
 * @example
 * ```ts
 * const cells = gridCells({ density: [0.6, 0.8], homophily: [2, 3, 4] });
 * cells.count;     // 6
 * cells.cellAt(4); // { index: 4, params: { density: 0.8, homophily: 3 } }
 * ```
 */
export function gridCells(space: Record<string, ParamValue[]>): CellSource {
  const keys = Object.keys(space);
  for (const k of keys) {
    if (!Array.isArray(space[k]) || space[k].length === 0) {
      throw new Error(`fullGrid: parameter "${k}" needs a non-empty list of values`);
    }
  }
  let count = 1;
  for (const k of keys) count *= space[k].length;
  return {
    count,
    cellAt(index) {
      const params: Record<string, ParamValue> = {};
      let rest = index;
      for (let j = keys.length - 1; j >= 0; j--) {
        const vals = space[keys[j]];
        params[keys[j]] = vals[rest % vals.length];
        rest = Math.floor(rest / vals.length);
      }
      return { index, params: orderLike(keys, params) };
    },
  };
}

/**
 * Every combination of the listed values, as a list; see {@link gridCells}.
 *
 * @example
 * ```ts
 * fullGrid({ density: [0.6, 0.8], homophily: [2, 3, 4] });
 * // 6 cells: {density: 0.6, homophily: 2}, {0.6, 3}, {0.6, 4}, {0.8, 2}, ...
 * ```
 */
export function fullGrid(space: Record<string, ParamValue[]>): Cell[] {
  return allCells(gridCells(space));
}

/** Every cell of a source, in order. */
function allCells(source: CellSource): Cell[] {
  return Array.from({ length: source.count }, (_, i) => source.cellAt(i));
}

/**
 * n independent draws from the distributions (keys drawn in their listed order), by
 * position. The draws come from one sequential stream, so the first `cellAt` draws them
 * all and keeps them: n × keys numbers (a `choice` as the index of its value).
 *
 * @example
 * ```ts
 * randomCells({ rate: { kind: "uniform", min: 0, max: 1 } }, 50, 7).cellAt(49);
 * ```
 */
export function randomCells(dists: Record<string, Dist>, n: number, seed: number): CellSource {
  checkCount(n, "randomSample");
  const keys = checkDists(dists, "randomSample");
  const draws = once(() => {
    const rng = createRng(hashSeed("randomSample", seed));
    // `choice` draws an index with the same call (`rng.choice`) as drawing the value would.
    const indexes = keys.map((k) => {
      const d = dists[k];
      return d.kind === "choice" ? d.values.map((_, i) => i) : [];
    });
    const out = new Float64Array(n * keys.length);
    for (let i = 0; i < n; i++) {
      for (let j = 0; j < keys.length; j++) {
        const d = dists[keys[j]];
        out[i * keys.length + j] = d.kind === "choice" ? rng.choice(indexes[j]) : drawNumber(d, rng);
      }
    }
    return out;
  });
  return {
    count: n,
    cellAt(index) {
      const x = draws();
      const params: Record<string, ParamValue> = {};
      keys.forEach((k, j) => {
        const d = dists[k];
        const v = x[index * keys.length + j];
        params[k] = d.kind === "choice" ? d.values[v] : v;
      });
      return { index, params };
    },
  };
}

/**
 * n independent draws from the distributions, as a list; see {@link randomCells}.
 *
 * @example
 * ```ts
 * randomSample({ rate: { kind: "uniform", min: 0, max: 1 }, mode: { kind: "choice", values: ["a", "b"] } }, 50, 7);
 * ```
 */
export function randomSample(dists: Record<string, Dist>, n: number, seed: number): Cell[] {
  return allCells(randomCells(dists, n, seed));
}

/**
 * Latin hypercube: each parameter's range is cut into n equally probable strata and
 * every stratum is used exactly once, with the strata paired at random across
 * parameters. Covers each dimension evenly with few samples. By position: the strata
 * permutations come from one sequential stream, so the first `cellAt` draws them all and
 * keeps each cell's cumulative probability per key (n × keys numbers).
 *
 * @example
 * ```ts
 * latinHypercubeCells({ a: { kind: "uniform", min: 0, max: 10 } }, 20, 3).cellAt(19);
 * ```
 */
export function latinHypercubeCells(dists: Record<string, Dist>, n: number, seed: number): CellSource {
  checkCount(n, "latinHypercube");
  const keys = checkDists(dists, "latinHypercube");
  const probabilities = once(() => {
    const rng = createRng(hashSeed("latinHypercube", seed));
    const out = new Float64Array(n * keys.length);
    const perm: number[] = new Array(n);
    for (let j = 0; j < keys.length; j++) {
      for (let i = 0; i < n; i++) perm[i] = i;
      rng.shuffle(perm);
      for (let i = 0; i < n; i++) out[i * keys.length + j] = (perm[i] + rng.next()) / n;
    }
    return out;
  });
  return {
    count: n,
    cellAt(index) {
      const p = probabilities();
      const params: Record<string, ParamValue> = {};
      keys.forEach((k, j) => {
        params[k] = quantile(dists[k], p[index * keys.length + j]);
      });
      return { index, params };
    },
  };
}

/**
 * A Latin hypercube as a list; see {@link latinHypercubeCells}.
 *
 * @example
 * ```ts
 * latinHypercube({ a: { kind: "uniform", min: 0, max: 10 }, b: { kind: "normal", mean: 0, sd: 1 } }, 20, 3);
 * ```
 */
export function latinHypercube(dists: Record<string, Dist>, n: number, seed: number): Cell[] {
  return allCells(latinHypercubeCells(dists, n, seed));
}

/** `build()`, run on the first call and kept. */
function once<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
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

/** One draw of a numeric distribution. */
function drawNumber(d: Exclude<Dist, { kind: "choice" }>, rng: Rng): number {
  switch (d.kind) {
    case "uniform":
      return rng.uniform(d.min, d.max);
    case "int":
      return rng.int(d.min, d.max + 1);
    case "normal":
      return rng.normal(d.mean, d.sd);
    case "lognormal":
      return rng.lognormal(d.mu, d.sigma);
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
