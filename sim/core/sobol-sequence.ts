/**
 * The Sobol' low-discrepancy sequence in up to 256 dimensions, with Joe and Kuo's
 * direction numbers (`sobol-directions.ts`), in Gray-code order (Antonov and Saleev), with
 * optional scrambling: a random linear matrix scramble plus a random digital shift
 * (Matoušek 1998; the scheme scipy.stats.qmc.Sobol uses). Scrambling keeps the net
 * property (the first 2^m points put exactly one point in each of 2^m equal slices of
 * every dimension) and removes the sequence's deterministic artefacts such as the point
 * at the origin. Hand-written because no maintained npm package offers scrambled Sobol'
 * points from a seed; it is 32-bit integer work, so the same seed gives the same points
 * on every JavaScript engine.
 */
import { hashSeed } from "./hash-seed.ts";
import { createRng, type Rng } from "./rng.ts";
import { JOE_KUO_DIRECTIONS } from "./sobol-directions.ts";

/** Bits per coordinate: points are multiples of 2^-32. */
const BITS = 32;
const TWO_POW_32 = 4294967296;

/** The most dimensions the shipped direction numbers allow. */
export const SOBOL_MAX_DIMENSIONS = JOE_KUO_DIRECTIONS.length + 1;

/** Options of {@link sobolPoints}. */
export interface SobolOptions {
  /** Scramble the sequence (linear matrix scramble and digital shift) from `seed`. Default true. */
  scramble?: boolean;
  /** Seed of the scramble. Default 0. */
  seed?: number;
}

/** The 32 direction numbers of dimension `d` (0-based), most significant first. */
function directionNumbers(d: number): Uint32Array {
  const v = new Uint32Array(BITS);
  if (d === 0) {
    for (let i = 0; i < BITS; i++) v[i] = 2 ** (BITS - 1 - i);
    return v;
  }
  const [s, a, ...m] = JOE_KUO_DIRECTIONS[d - 1].split(" ").map(Number);
  for (let i = 0; i < Math.min(s, BITS); i++) v[i] = (m[i] * 2 ** (BITS - 1 - i)) >>> 0;
  // The recurrence of the primitive polynomial x^s + a_1 x^(s-1) + ... + a_(s-1) x + 1.
  for (let i = s; i < BITS; i++) {
    let x = (v[i - s] ^ (v[i - s] >>> s)) >>> 0;
    for (let k = 1; k < s; k++) if ((a >>> (s - 1 - k)) & 1) x = (x ^ v[i - k]) >>> 0;
    v[i] = x;
  }
  return v;
}

/** A uniform 32-bit unsigned integer. */
function uint32(rng: Rng): number {
  return Math.floor(rng.next() * TWO_POW_32) >>> 0;
}

/** Bits set in a 32-bit integer, modulo 2. */
function parity(x: number): number {
  x ^= x >>> 16;
  x ^= x >>> 8;
  x ^= x >>> 4;
  x ^= x >>> 2;
  x ^= x >>> 1;
  return x & 1;
}

/**
 * Multiplies every direction number by a random lower-triangular binary matrix with a unit
 * diagonal: output digit k (most significant first) is digit k plus a random combination
 * of the more significant digits, modulo 2. Invertible, so the net property survives.
 */
function scrambleDirections(v: Uint32Array, rng: Rng): void {
  const rows = new Uint32Array(BITS);
  for (let k = 0; k < BITS; k++) {
    const above = k === 0 ? 0 : (0xffffffff << (BITS - k)) >>> 0;
    rows[k] = ((uint32(rng) & above) | (2 ** (BITS - 1 - k))) >>> 0;
  }
  for (let i = 0; i < BITS; i++) {
    let out = 0;
    for (let k = 0; k < BITS; k++) if (parity(v[i] & rows[k])) out += 2 ** (BITS - 1 - k);
    v[i] = out >>> 0;
  }
}

/**
 * The first `n` points of the `dims`-dimensional Sobol' sequence, each a row of
 * coordinates in [0, 1). Without scrambling the first point is the origin and the points
 * match the published sequence (and scipy's `Sobol(d, scramble=False)`).
 *
 * @example
 * ```ts
 * sobolPoints(4, 2, { scramble: false }); // [[0, 0], [0.5, 0.5], [0.75, 0.25], [0.25, 0.75]]
 * const pts = sobolPoints(1024, 6, { seed: 7 });  // scrambled
 * ```
 */
export function sobolPoints(n: number, dims: number, opts: SobolOptions = {}): Float64Array[] {
  if (!Number.isInteger(n) || n < 0 || n > 2 ** 31) throw new RangeError(`sobolPoints: n must be a whole number from 0 to 2^31, got ${n}`);
  if (!Number.isInteger(dims) || dims < 1 || dims > SOBOL_MAX_DIMENSIONS) {
    throw new RangeError(`sobolPoints: dims must be a whole number from 1 to ${SOBOL_MAX_DIMENSIONS}, got ${dims}`);
  }
  const scramble = opts.scramble ?? true;
  const rng = createRng(hashSeed("sobol", opts.seed ?? 0));
  const v: Uint32Array[] = [];
  const state = new Uint32Array(dims);
  for (let d = 0; d < dims; d++) {
    const dv = directionNumbers(d);
    if (scramble) scrambleDirections(dv, rng);
    v.push(dv);
  }
  if (scramble) for (let d = 0; d < dims; d++) state[d] = uint32(rng);
  const out: Float64Array[] = [];
  for (let i = 0; i < n; i++) {
    if (i > 0) {
      const c = 31 - Math.clz32(i & -i); // Gray code: flip the direction of i's lowest set bit
      for (let d = 0; d < dims; d++) state[d] = (state[d] ^ v[d][c]) >>> 0;
    }
    const row = new Float64Array(dims);
    for (let d = 0; d < dims; d++) row[d] = state[d] / TWO_POW_32;
    out.push(row);
  }
  return out;
}
