/**
 * Morris elementary-effects screening (Morris 1991; mu* and the optimised trajectories of
 * Campolongo, Cariboni and Saltelli 2007). A trajectory starts at a random point of a
 * p-level grid in the unit hypercube and moves one input at a time by
 * Δ = p / (2 (p - 1)); each move gives one elementary effect of that input,
 * EE = Δy / Δx with x on the unit scale, so effects of different inputs are comparable
 * (the change of the output when an input moves across its whole range). The shape
 * follows SALib (`sample.morris`, `analyze.morris`).
 */
import { hashSeed } from "./hash-seed.ts";
import { createRng, type Rng } from "./rng.ts";
import type { PointSource } from "./run-plan.ts";
import { normalQuantile } from "./special-functions.ts";

/** Options of {@link morrisSample}. */
export interface MorrisSampleOptions {
  /** Trajectories to return (r). */
  trajectories: number;
  /** Grid levels per input (p, even, at least 2). Default 4. */
  levels?: number;
  /**
   * Draw this many candidate trajectories and keep the `trajectories` most spread out
   * (Campolongo et al. 2007), chosen greedily. Default: no selection.
   */
  candidates?: number;
  seed: number;
}

/** Morris statistics per input, and the bootstrap half-width of mu*. */
export interface MorrisIndices {
  mu: Float64Array;
  muStar: Float64Array;
  muStarConf: Float64Array;
  sigma: Float64Array;
  /** Elementary effects found per input (fewer than r when rounding left a move without a change). */
  effects: Int32Array;
}

/** Options of {@link morrisIndices}. */
export interface MorrisAnalysisOptions {
  resamples?: number;
  confidence?: number;
  seed?: number;
}

/** One trajectory of dims + 1 points: a random start, then one input moved per step. */
function trajectory(dims: number, levels: number, rng: Rng): Float64Array[] {
  const delta = levels / (2 * (levels - 1));
  const lowLevels = levels / 2; // starts k / (p - 1) with k < p / 2 keep start + Δ <= 1
  const point = new Float64Array(dims);
  const up: boolean[] = [];
  for (let i = 0; i < dims; i++) {
    const low = rng.int(0, lowLevels) / (levels - 1);
    up.push(rng.bernoulli(0.5));
    point[i] = up[i] ? low : low + delta;
  }
  const order = Array.from({ length: dims }, (_, i) => i);
  rng.shuffle(order);
  const out = [Float64Array.from(point)];
  for (const i of order) {
    point[i] = up[i] ? point[i] + delta : point[i] - delta;
    out.push(Float64Array.from(point));
  }
  return out;
}

/** Sum of the Euclidean distances between every point of one trajectory and every point of another. */
function distance(a: Float64Array[], b: Float64Array[]): number {
  let total = 0;
  for (const p of a) {
    for (const q of b) {
      let s = 0;
      for (let i = 0; i < p.length; i++) s += (p[i] - q[i]) ** 2;
      total += Math.sqrt(s);
    }
  }
  return total;
}

/**
 * Keeps `keep` of the candidate trajectories, dropping one at a time the trajectory whose
 * squared distances to the others sum least: a greedy stand-in for Campolongo's exhaustive
 * search (which grows combinatorially), as proposed by Ruano et al. (2012).
 */
function mostSpread(cands: Float64Array[][], keep: number): Float64Array[][] {
  const m = cands.length;
  const d2 = Array.from({ length: m }, () => new Float64Array(m));
  for (let i = 0; i < m; i++) for (let j = i + 1; j < m; j++) d2[i][j] = d2[j][i] = distance(cands[i], cands[j]) ** 2;
  const alive = new Set(cands.map((_, i) => i));
  while (alive.size > keep) {
    let worst = -1;
    let worstSum = Number.POSITIVE_INFINITY;
    for (const i of alive) {
      let s = 0;
      for (const j of alive) s += d2[i][j];
      if (s < worstSum) [worst, worstSum] = [i, s];
    }
    alive.delete(worst);
  }
  return [...alive].sort((a, b) => a - b).map((i) => cands[i]);
}

/**
 * A Morris design: `trajectories * (dims + 1)` points in [0, 1]^dims, trajectory after
 * trajectory. Scale each coordinate to its input's range before running the model.
 *
 * @example
 * ```ts
 * const pts = morrisSample(8, { trajectories: 20, levels: 4, seed: 1 });  // 180 points
 * const y = pts.map((x) => model(x));
 * const m = morrisIndices(pts, y, 8);      // m.muStar ranks the inputs
 * ```
 */
export function morrisSample(dims: number, opts: MorrisSampleOptions): Float64Array[] {
  const points = morrisPoints(dims, opts);
  return Array.from({ length: points.count }, (_, i) => points.pointAt(i));
}

/**
 * A Morris design by position (see {@link morrisSample}). Choosing the most spread-out
 * trajectories needs every candidate, so the first `pointAt` builds the whole design and
 * keeps it as one array of count × dims numbers.
 *
 * @example
 * ```ts
 * morrisPoints(8, { trajectories: 20, seed: 1 }).count; // 180
 * ```
 */
export function morrisPoints(dims: number, opts: MorrisSampleOptions): PointSource {
  const levels = opts.levels ?? 4;
  if (!Number.isInteger(dims) || dims < 1) throw new RangeError(`morrisSample: dims must be a whole number >= 1, got ${dims}`);
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0)
    throw new RangeError(`morrisSample: levels must be an even whole number >= 2, got ${levels}`);
  const r = opts.trajectories;
  if (!Number.isInteger(r) || r < 2) throw new RangeError(`morrisSample: trajectories must be a whole number >= 2, got ${r}`);
  const m = opts.candidates ?? r;
  if (!Number.isInteger(m) || m < r) throw new RangeError(`morrisSample: candidates must be a whole number >= trajectories (${r}), got ${m}`);
  const count = r * (dims + 1);
  let flat: Float64Array | undefined;
  const build = (): Float64Array => {
    const rng = createRng(hashSeed("morris", opts.seed));
    const cands = Array.from({ length: m }, () => trajectory(dims, levels, rng));
    const out = new Float64Array(count * dims);
    (m > r ? mostSpread(cands, r) : cands).flat().forEach((p, i) => out.set(p, i * dims));
    return out;
  };
  return {
    count,
    dims,
    pointAt(i) {
      flat ??= build();
      return flat.slice(i * dims, (i + 1) * dims);
    },
  };
}

/**
 * Morris statistics from a design and its outputs: for each input, the mean (mu), mean
 * absolute value (mu*) and standard deviation (sigma) of its elementary effects, and a
 * bootstrap interval of mu* (half-width: z times the sd of mu* over resamples of the
 * input's effects). `x` are the design points on the unit scale as actually run (after
 * any rounding); a step that changed no input gives no effect.
 *
 * @example
 * ```ts
 * const m = morrisIndices(pts, y, 8, { resamples: 1000, seed: 1 });
 * ```
 */
export function morrisIndices(x: readonly ArrayLike<number>[], y: ArrayLike<number>, dims: number, opts: MorrisAnalysisOptions = {}): MorrisIndices {
  if (x.length !== y.length || x.length % (dims + 1) !== 0) {
    throw new RangeError(
      `morrisIndices: need trajectories of ${dims + 1} points with one output each, got ${x.length} points and ${y.length} outputs`,
    );
  }
  const effects: number[][] = Array.from({ length: dims }, () => []);
  for (let t = 0; t < x.length; t += dims + 1) {
    for (let k = t; k < t + dims; k++) {
      for (let i = 0; i < dims; i++) {
        const dx = x[k + 1][i] - x[k][i];
        if (dx !== 0) effects[i].push((y[k + 1] - y[k]) / dx);
      }
    }
  }
  const out: MorrisIndices = {
    mu: new Float64Array(dims),
    muStar: new Float64Array(dims),
    muStarConf: new Float64Array(dims),
    sigma: new Float64Array(dims),
    effects: new Int32Array(dims),
  };
  const resamples = opts.resamples ?? 1000;
  const z = normalQuantile(0.5 + (opts.confidence ?? 0.95) / 2);
  const rng = createRng(hashSeed("morris-bootstrap", opts.seed ?? 0));
  for (let i = 0; i < dims; i++) {
    const e = effects[i];
    const n = e.length;
    out.effects[i] = n;
    const mean = (f: (v: number) => number) => e.reduce((s, v) => s + f(v), 0) / n;
    out.mu[i] = n ? mean((v) => v) : Number.NaN;
    out.muStar[i] = n ? mean(Math.abs) : Number.NaN;
    out.sigma[i] = n > 1 ? Math.sqrt(e.reduce((s, v) => s + (v - out.mu[i]) ** 2, 0) / (n - 1)) : Number.NaN;
    let sum = 0;
    let sumSq = 0;
    for (let r = 0; r < resamples; r++) {
      let s = 0;
      for (let k = 0; k < n; k++) s += Math.abs(e[rng.int(0, n)]);
      sum += s / n;
      sumSq += (s / n) ** 2;
    }
    out.muStarConf[i] = n > 1 && resamples > 1 ? z * Math.sqrt(Math.max(0, (sumSq - (sum * sum) / resamples) / (resamples - 1))) : Number.NaN;
  }
  return out;
}
