/**
 * Seeded randomness: one root seed, named child streams derived by hashing, and the
 * distributions the models need. Built on seedrandom's xor4096 generator (Brent's
 * xorgens: period 2^4128 - 1, passes BigCrush), so runs replay exactly on any platform.
 */
import seedrandom from "seedrandom";
import { hashSeed } from "./hash-seed.ts";
import { logGamma } from "./special-functions.ts";

/** A seeded random stream with the distributions used across Doorstep. */
export interface Rng {
  /** Uniform in [0, 1), 32 bits of resolution. */
  next(): number;
  /** Uniform in [a, b). */
  uniform(a: number, b: number): number;
  /** Integer in [lo, hi) (hi exclusive). */
  int(lo: number, hi: number): number;
  /** Normal with the given mean and standard deviation. */
  normal(mean?: number, sd?: number): number;
  /** exp(N(mu, sigma)): mu and sigma are the mean and sd of the log. */
  lognormal(mu: number, sigma: number): number;
  /** Exponential with the given rate (mean 1/rate). */
  exponential(rate: number): number;
  /** Poisson count with mean lambda (exact for every lambda). */
  poisson(lambda: number): number;
  /** true with probability p. */
  bernoulli(p: number): boolean;
  /** Index i with probability weights[i] / sum(weights). */
  weightedIndex(weights: ArrayLike<number>): number;
  /** One item, uniformly. */
  choice<T>(items: readonly T[]): T;
  /** Fisher–Yates shuffle in place; returns `items`. */
  shuffle<T>(items: T[]): T[];
  /** k distinct items (without replacement), in random order. */
  sample<T>(items: readonly T[], k: number): T[];
  /** Child stream seeded by hash(this seed, name); the same name returns the same object. */
  stream(name: string): Rng;
  /** This stream's uint32 seed. */
  readonly seed: number;
}

const TWO_POW_32 = 0x100000000;

/** Parameters of Hörmann's PTRS Poisson sampler that depend only on lambda. */
interface PtrsParams {
  lambda: number;
  logLambda: number;
  a: number;
  b: number;
  invAlpha: number;
  vr: number;
}

function ptrsParams(lambda: number): PtrsParams {
  const b = 0.931 + 2.53 * Math.sqrt(lambda);
  return {
    lambda,
    logLambda: Math.log(lambda),
    a: -0.059 + 0.02483 * b,
    b,
    invAlpha: 1.1239 + 1.1328 / (b - 3.4),
    vr: 0.9277 - 3.6224 / (b - 2),
  };
}

/** Below this mean Poisson uses sequential multiplication; above it PTRS. */
const POISSON_PTRS_MIN = 10;

/** The Rng implementation: a class so that calls stay monomorphic in hot loops. */
class SeededRng implements Rng {
  readonly seed: number;
  private readonly prng: seedrandom.PRNG;
  private readonly children = new Map<string, SeededRng>();
  private spareNormal = 0;
  private hasSpareNormal = false;
  private ptrs: PtrsParams | null = null;

  constructor(seed: number) {
    this.seed = seed;
    this.prng = seedrandom.xor4096(String(seed));
  }

  next(): number {
    return this.prng();
  }

  /** Uniform in [0, 1) with 53 bits of resolution (two draws). */
  double(): number {
    return this.prng.double();
  }

  uniform(a: number, b: number): number {
    return a + (b - a) * this.prng();
  }

  int(lo: number, hi: number): number {
    const range = hi - lo;
    if (!(range >= 1) || !Number.isInteger(lo) || !Number.isInteger(hi)) {
      throw new RangeError(`int(lo, hi) needs integers with hi > lo (hi is exclusive), got int(${lo}, ${hi})`);
    }
    const u = range <= TWO_POW_32 ? this.prng() : this.prng.double();
    return lo + Math.floor(u * range);
  }

  normal(mean = 0, sd = 1): number {
    if (this.hasSpareNormal) {
      this.hasSpareNormal = false;
      return mean + sd * this.spareNormal;
    }
    // Marsaglia's polar method: two normals per accepted pair, no trig.
    let u: number, v: number, s: number;
    do {
      u = 2 * this.prng() - 1;
      v = 2 * this.prng() - 1;
      s = u * u + v * v;
    } while (s >= 1 || s === 0);
    const f = Math.sqrt((-2 * Math.log(s)) / s);
    this.spareNormal = v * f;
    this.hasSpareNormal = true;
    return mean + sd * u * f;
  }

  lognormal(mu: number, sigma: number): number {
    return Math.exp(this.normal(mu, sigma));
  }

  exponential(rate: number): number {
    if (!(rate > 0)) throw new RangeError(`exponential(rate) needs rate > 0, got ${rate}`);
    return -Math.log(1 - this.prng()) / rate;
  }

  poisson(lambda: number): number {
    if (!(lambda >= 0) || !Number.isFinite(lambda)) {
      throw new RangeError(`poisson(lambda) needs a finite lambda >= 0, got ${lambda}`);
    }
    if (lambda === 0) return 0;
    if (lambda < POISSON_PTRS_MIN) {
      // Knuth: count uniforms until their product drops below e^-lambda.
      const limit = Math.exp(-lambda);
      let k = 0;
      let p = this.prng();
      while (p > limit) {
        k++;
        p *= this.prng();
      }
      return k;
    }
    return this.poissonPtrs(lambda);
  }

  /** Hörmann (1993), "The transformed rejection method for generating Poisson random variables". */
  private poissonPtrs(lambda: number): number {
    let q = this.ptrs;
    if (q === null || q.lambda !== lambda) q = this.ptrs = ptrsParams(lambda);
    const { a, b, invAlpha, vr, logLambda } = q;
    for (;;) {
      const u = this.prng() - 0.5;
      const v = this.prng();
      const us = 0.5 - Math.abs(u);
      const k = Math.floor(((2 * a) / us + b) * u + lambda + 0.43);
      if (us >= 0.07 && v <= vr) return k;
      if (k < 0 || (us < 0.013 && v > us)) continue;
      if (Math.log(v) + Math.log(invAlpha) - Math.log(a / (us * us) + b) <= -lambda + k * logLambda - logGamma(k + 1)) {
        return k;
      }
    }
  }

  bernoulli(p: number): boolean {
    return this.prng() < p;
  }

  weightedIndex(weights: ArrayLike<number>): number {
    const n = weights.length;
    let total = 0;
    for (let i = 0; i < n; i++) {
      const w = weights[i];
      if (!(w >= 0) || w === Infinity) throw new RangeError(`weightedIndex: weight ${i} is ${w}; weights must be finite and >= 0`);
      total += w;
    }
    if (!(total > 0)) throw new RangeError("weightedIndex: weights sum to 0; give at least one positive weight");
    let r = this.prng() * total;
    let last = -1;
    for (let i = 0; i < n; i++) {
      const w = weights[i];
      if (w > 0) {
        if (r < w) return i;
        r -= w;
        last = i;
      }
    }
    return last; // floating-point round-off at the very top of the range
  }

  choice<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError("choice: the list is empty");
    return items[Math.floor(this.prng() * items.length)];
  }

  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.prng() * (i + 1));
      const t = items[i];
      items[i] = items[j];
      items[j] = t;
    }
    return items;
  }

  sample<T>(items: readonly T[], k: number): T[] {
    const n = items.length;
    if (!Number.isInteger(k) || k < 0 || k > n) {
      throw new RangeError(`sample: k must be an integer in [0, ${n}] (the list length), got ${k}`);
    }
    // Partial Fisher–Yates on a copy: the first k slots end up a uniform k-subset in random order.
    const pool = items.slice();
    for (let i = 0; i < k; i++) {
      const j = i + Math.floor(this.prng() * (n - i));
      const t = pool[i];
      pool[i] = pool[j];
      pool[j] = t;
    }
    pool.length = k;
    return pool;
  }

  stream(name: string): Rng {
    let child = this.children.get(name);
    if (child === undefined) {
      child = new SeededRng(hashSeed(this.seed, name));
      this.children.set(name, child);
    }
    return child;
  }
}

/** Integers in uint32 range are used as they are; anything else is hashed. */
function normaliseSeed(seed: number | string): number {
  if (typeof seed === "number" && Number.isInteger(seed) && seed >= 0 && seed < TWO_POW_32) return seed;
  return hashSeed(seed);
}

/**
 * Creates a seeded random stream. A uint32 integer seed is used as is; other numbers
 * and strings are hashed with {@link hashSeed}.
 *
 * @example
 * ```ts
 * const rng = createRng(42);
 * const thieves = rng.stream("thieves");     // independent of creation order
 * const gap = thieves.exponential(1 / 3600); // mean one hour
 * const idx = rng.weightedIndex([0.2, 0.5, 0.3]);
 * ```
 */
export function createRng(seed: number | string): Rng {
  return new SeededRng(normaliseSeed(seed));
}
