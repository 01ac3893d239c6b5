/**
 * Variance-based (Sobol') sensitivity indices: Saltelli's sampling scheme on a scrambled
 * Sobol' sequence, and the estimators of first-order (Saltelli et al. 2010) and total
 * (Jansen 1999) indices, with second-order indices on request and bootstrap intervals.
 * The shape follows SALib (`sample.sobol`, `analyze.sobol`): a sampler that returns
 * points in the unit hypercube and an analyser that takes one output per point.
 *
 * Layout of the design, per base sample j (as in SALib): A_j, then AB_j^(1..D) (A_j with
 * column i taken from B_j), then, for second order, BA_j^(1..D), then B_j. A and B are the
 * first and last D coordinates of a 2D-dimensional Sobol' point.
 */
import { hashSeed } from "./hash-seed.ts";
import { createRng } from "./rng.ts";
import { sobolPoints, SOBOL_MAX_DIMENSIONS } from "./sobol-sequence.ts";
import type { PointSource } from "./run-plan.ts";
import { normalQuantile } from "./special-functions.ts";

/** Options of {@link saltelliSample} and {@link sobolIndices}. */
export interface SaltelliOptions {
  /** Add the BA rows needed for second-order indices. Default false. */
  secondOrder?: boolean;
}

/** Sobol' indices with the half-widths of their bootstrap intervals (NaN when the output does not vary). */
export interface SobolIndices {
  S1: Float64Array;
  S1Conf: Float64Array;
  ST: Float64Array;
  STConf: Float64Array;
  /** Second-order indices, `S2[i][j]` for i < j (NaN elsewhere); present when asked for. */
  S2?: Float64Array[];
  S2Conf?: Float64Array[];
}

/** Options of {@link sobolIndices}. */
export interface SobolAnalysisOptions extends SaltelliOptions {
  /** Bootstrap resamples for the intervals. Default 1000. */
  resamples?: number;
  /** Confidence level of the intervals. Default 0.95. */
  confidence?: number;
  /** Seed of the bootstrap. Default 0. */
  seed?: number;
}

/** Rows per base sample: D + 2, or 2D + 2 with second-order rows. */
export function saltelliRowsPerSample(dims: number, secondOrder = false): number {
  return secondOrder ? 2 * dims + 2 : dims + 2;
}

/**
 * Saltelli's design for `dims` inputs and `n` base samples (a power of two keeps the
 * Sobol' sequence balanced): `n * (dims + 2)` points in [0, 1)^dims, or
 * `n * (2 dims + 2)` with second order. Scale each coordinate to its input's range.
 *
 * @example
 * ```ts
 * const pts = saltelliSample(3, 1024, 1);                 // 5120 points
 * const y = pts.map(([a, b, c]) => model(a, b, c));
 * const s = sobolIndices(y, 3, 1024);                      // s.S1, s.ST with intervals
 * ```
 */
export function saltelliSample(dims: number, n: number, seed: number, opts: SaltelliOptions = {}): Float64Array[] {
  const points = saltelliPoints(dims, n, seed, opts);
  return Array.from({ length: points.count }, (_, i) => points.pointAt(i));
}

/**
 * Saltelli's design by position (see {@link saltelliSample}): point `i` is row
 * `i % rowsPerSample` of base sample `floor(i / rowsPerSample)`. The first `pointAt`
 * builds the n base points of the Sobol' sequence (n × 2 dims numbers) and keeps them.
 *
 * @example
 * ```ts
 * const pts = saltelliPoints(3, 1024, 1);
 * pts.count;        // 5120
 * pts.pointAt(6);   // A of base sample 1
 * ```
 */
export function saltelliPoints(dims: number, n: number, seed: number, opts: SaltelliOptions = {}): PointSource {
  if (!Number.isInteger(dims) || dims < 1 || 2 * dims > SOBOL_MAX_DIMENSIONS) {
    throw new RangeError(`saltelliSample: dims must be a whole number from 1 to ${SOBOL_MAX_DIMENSIONS / 2}, got ${dims}`);
  }
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`saltelliSample: n must be a whole number >= 1, got ${n}`);
  const secondOrder = opts.secondOrder ?? false;
  const step = saltelliRowsPerSample(dims, secondOrder);
  let base: Float64Array[] | undefined;
  return {
    count: n * step,
    dims,
    pointAt(i) {
      base ??= sobolPoints(n, 2 * dims, { seed: hashSeed("saltelli", seed) });
      const p = base[Math.floor(i / step)];
      const row = i % step;
      const a = p.subarray(0, dims);
      const b = p.subarray(dims);
      // Rows: A, AB^(1..D), [BA^(1..D)], B.
      if (row === 0) return Float64Array.from(a);
      if (row === step - 1) return Float64Array.from(b);
      if (row <= dims) {
        const ab = Float64Array.from(a);
        ab[row - 1] = b[row - 1];
        return ab;
      }
      const ba = Float64Array.from(b);
      ba[row - 1 - dims] = a[row - 1 - dims];
      return ba;
    },
  };
}

/** The outputs of a Saltelli design, split by block. */
interface Blocks {
  a: Float64Array;
  b: Float64Array;
  ab: Float64Array[];
  ba: Float64Array[];
}

function splitBlocks(y: ArrayLike<number>, dims: number, n: number, secondOrder: boolean): Blocks {
  const step = saltelliRowsPerSample(dims, secondOrder);
  // Standardised as SALib does, so that the estimators work on numbers near 1.
  let mean = 0;
  for (let k = 0; k < y.length; k++) mean += y[k];
  mean /= y.length;
  let ss = 0;
  for (let k = 0; k < y.length; k++) ss += (y[k] - mean) ** 2;
  const sd = Math.sqrt(ss / y.length) || 1;
  const at = (k: number) => (y[k] - mean) / sd;
  const blocks: Blocks = { a: new Float64Array(n), b: new Float64Array(n), ab: [], ba: [] };
  for (let i = 0; i < dims; i++) {
    blocks.ab.push(new Float64Array(n));
    if (secondOrder) blocks.ba.push(new Float64Array(n));
  }
  for (let j = 0; j < n; j++) {
    blocks.a[j] = at(j * step);
    blocks.b[j] = at(j * step + step - 1);
    for (let i = 0; i < dims; i++) {
      blocks.ab[i][j] = at(j * step + 1 + i);
      if (secondOrder) blocks.ba[i][j] = at(j * step + 1 + dims + i);
    }
  }
  return blocks;
}

/**
 * Computes the indices on the sample positions `idx` (all positions, or a bootstrap resample):
 * S1_i = mean(f_B (f_ABi - f_A)) / V (Saltelli 2010), ST_i = mean((f_A - f_ABi)^2) / 2V
 * (Jansen), S2_ij = mean(f_BAi f_ABj - f_A f_B) / V - S1_i - S1_j, V the variance of [f_A, f_B].
 */
function estimate(bl: Blocks, idx: Int32Array, s1: Float64Array, st: Float64Array, s2: Float64Array[] | null): void {
  const n = idx.length;
  let sum = 0;
  let sq = 0;
  for (let k = 0; k < n; k++) {
    const a = bl.a[idx[k]];
    const b = bl.b[idx[k]];
    sum += a + b;
    sq += a * a + b * b;
  }
  const m = sum / (2 * n);
  const v = sq / (2 * n) - m * m;
  for (let i = 0; i < s1.length; i++) {
    let first = 0;
    let total = 0;
    const ab = bl.ab[i];
    for (let k = 0; k < n; k++) {
      const j = idx[k];
      first += bl.b[j] * (ab[j] - bl.a[j]);
      total += (bl.a[j] - ab[j]) ** 2;
    }
    s1[i] = first / n / v;
    st[i] = total / (2 * n) / v;
  }
  if (!s2) return;
  for (let i = 0; i < s1.length; i++) {
    for (let l = i + 1; l < s1.length; l++) {
      let joint = 0;
      for (let k = 0; k < n; k++) {
        const j = idx[k];
        joint += bl.ba[i][j] * bl.ab[l][j] - bl.a[j] * bl.b[j];
      }
      s2[i][l] = joint / n / v - s1[i] - s1[l];
    }
  }
}

function matrix(dims: number): Float64Array[] {
  return Array.from({ length: dims }, () => new Float64Array(dims).fill(Number.NaN));
}

/**
 * Sobol' indices from the outputs `y` of {@link saltelliSample}'s design (same `dims`, `n`
 * and `secondOrder`), with bootstrap intervals: each half-width is z times the standard
 * deviation of the index over `resamples` resamples of the n base samples (SALib's rule).
 * A constant output gives NaN indices.
 *
 * @example
 * ```ts
 * const s = sobolIndices(y, 3, 1024, { resamples: 500, seed: 1 });
 * s.S1[0] - s.S1Conf[0];  // lower end of the 95% interval of the first input's S1
 * ```
 */
export function sobolIndices(y: ArrayLike<number>, dims: number, n: number, opts: SobolAnalysisOptions = {}): SobolIndices {
  const secondOrder = opts.secondOrder ?? false;
  const expected = n * saltelliRowsPerSample(dims, secondOrder);
  if (y.length !== expected) {
    throw new RangeError(
      `sobolIndices: a design of ${dims} inputs and n = ${n}${secondOrder ? " with second order" : ""} has ${expected} outputs, got ${y.length}`,
    );
  }
  const bl = splitBlocks(y, dims, n, secondOrder);
  const all = Int32Array.from({ length: n }, (_, k) => k);
  const out: SobolIndices = {
    S1: new Float64Array(dims),
    S1Conf: new Float64Array(dims),
    ST: new Float64Array(dims),
    STConf: new Float64Array(dims),
  };
  if (secondOrder) {
    out.S2 = matrix(dims);
    out.S2Conf = matrix(dims);
  }
  estimate(bl, all, out.S1, out.ST, out.S2 ?? null);

  const resamples = opts.resamples ?? 1000;
  const z = normalQuantile(0.5 + (opts.confidence ?? 0.95) / 2);
  const rng = createRng(hashSeed("sobol-bootstrap", opts.seed ?? 0));
  const idx = new Int32Array(n);
  const s1 = new Float64Array(dims);
  const st = new Float64Array(dims);
  const s2 = secondOrder ? matrix(dims) : null;
  // Running sums for the standard deviations over resamples.
  const acc = { s1: new Float64Array(2 * dims), st: new Float64Array(2 * dims), s2: secondOrder ? matrix(2 * dims).map((r) => r.fill(0)) : null };
  for (let r = 0; r < resamples; r++) {
    for (let k = 0; k < n; k++) idx[k] = rng.int(0, n);
    estimate(bl, idx, s1, st, s2);
    for (let i = 0; i < dims; i++) {
      acc.s1[i] += s1[i];
      acc.s1[dims + i] += s1[i] * s1[i];
      acc.st[i] += st[i];
      acc.st[dims + i] += st[i] * st[i];
      if (s2 && acc.s2) {
        for (let l = i + 1; l < dims; l++) {
          acc.s2[i][l] += s2[i][l];
          acc.s2[dims + i][l] += s2[i][l] * s2[i][l];
        }
      }
    }
  }
  const halfWidth = (sum: number, sumSq: number) => z * Math.sqrt(Math.max(0, (sumSq - (sum * sum) / resamples) / (resamples - 1)));
  for (let i = 0; i < dims; i++) {
    out.S1Conf[i] = resamples > 1 ? halfWidth(acc.s1[i], acc.s1[dims + i]) : Number.NaN;
    out.STConf[i] = resamples > 1 ? halfWidth(acc.st[i], acc.st[dims + i]) : Number.NaN;
    if (out.S2Conf && acc.s2) {
      for (let l = i + 1; l < dims; l++) out.S2Conf[i][l] = resamples > 1 ? halfWidth(acc.s2[i][l], acc.s2[dims + i][l]) : Number.NaN;
    }
  }
  return out;
}
