/**
 * Priors and the perturbation kernel of approximate Bayesian computation (abc.ts).
 *
 * A prior is uniform on an interval, uniform on the whole numbers of an interval, or
 * uniform over a list of values. The kernel that moves a particle between ABC-SMC
 * generations is, per parameter and independently:
 *   - uniform: a Gaussian step truncated to [min, max];
 *   - int:     a Gaussian step truncated to [min - 0.5, max + 0.5], then rounded;
 *   - values:  keep the value with probability 1 - KEEP_SHIFT, else another value.
 * Sampling and density use the same truncated distributions, so the importance weights
 * of abc.ts are exact for the proposals actually drawn.
 */
import { normalCdf } from "./normal-cdf.ts";
import type { Rng } from "./rng.ts";
import type { ParamValue } from "./samplers.ts";
import { normalQuantile } from "./special-functions.ts";

/** The prior of one parameter (the forms a sweep's `vary` uses for random draws). */
export type Prior =
  | { kind: "uniform"; min: number; max: number }
  | { kind: "int"; min: number; max: number }
  | { kind: "values"; values: readonly ParamValue[] };

/** Parameter name -> its prior. Key order is the order of parameters everywhere. */
export type Priors = Record<string, Prior>;

/** One parameter set. */
export type ParamSet = Record<string, ParamValue>;

/**
 * Kernel scale per parameter: the sd of the Gaussian step (uniform, int); unused for
 * `values`. See `kernelScales` in abc.ts.
 */
export type KernelScales = Record<string, number>;

/**
 * The probability that the `values` kernel moves to another value (spread evenly over the
 * others). An assumption: large enough that a population can leave a wrong value within
 * a few generations, small enough that a good value is mostly kept.
 */
export const KEEP_SHIFT = 0.2;

/** Throws on a prior no draw can come from (empty interval, empty list). */
export function checkPriors(priors: Priors): void {
  const names = Object.keys(priors);
  if (names.length === 0) throw new RangeError("ABC: at least one parameter with a prior is needed");
  for (const name of names) {
    const p = priors[name];
    if (p.kind === "values" && p.values.length === 0) throw new RangeError(`ABC: prior of "${name}" lists no values`);
    if (p.kind === "uniform" && !(p.min < p.max)) throw new RangeError(`ABC: uniform prior of "${name}" needs min < max, got [${p.min}, ${p.max}]`);
    if (p.kind === "int" && !(Number.isInteger(p.min) && Number.isInteger(p.max) && p.min <= p.max)) {
      throw new RangeError(`ABC: int prior of "${name}" needs whole numbers min <= max, got [${p.min}, ${p.max}]`);
    }
  }
}

/** One draw from the joint prior (parameters independent). */
export function samplePrior(priors: Priors, rng: Rng): ParamSet {
  const out: ParamSet = {};
  for (const [name, p] of Object.entries(priors)) {
    if (p.kind === "uniform") out[name] = rng.uniform(p.min, p.max);
    else if (p.kind === "int") out[name] = rng.int(p.min, p.max + 1);
    else out[name] = p.values[rng.int(0, p.values.length)];
  }
  return out;
}

/** The joint prior density (or mass) at `params`; 0 outside the support. */
export function priorDensity(priors: Priors, params: ParamSet): number {
  let d = 1;
  for (const [name, p] of Object.entries(priors)) {
    const v = params[name];
    if (p.kind === "uniform") d *= typeof v === "number" && v >= p.min && v <= p.max ? 1 / (p.max - p.min) : 0;
    else if (p.kind === "int") d *= typeof v === "number" && Number.isInteger(v) && v >= p.min && v <= p.max ? 1 / (p.max - p.min + 1) : 0;
    else d *= p.values.includes(v) ? 1 / p.values.length : 0;
  }
  return d;
}

/** The interval a Gaussian step is truncated to (ints: the rounding cells of the support). */
function support(p: Prior & { kind: "uniform" | "int" }): [number, number] {
  return p.kind === "int" ? [p.min - 0.5, p.max + 0.5] : [p.min, p.max];
}

/** A draw of N(centre, scale) truncated to [lo, hi], by the inverse CDF (no rejection loop). */
function truncatedNormal(centre: number, scale: number, lo: number, hi: number, rng: Rng): number {
  const a = normalCdf((lo - centre) / scale);
  const b = normalCdf((hi - centre) / scale);
  if (!(b > a)) return Math.min(hi, Math.max(lo, centre)); // the step is negligible next to the interval's distance
  const u = a + (b - a) * rng.next();
  const x = centre + scale * normalQuantile(Math.min(1 - 1e-16, Math.max(1e-16, u)));
  return Math.min(hi, Math.max(lo, x));
}

/** Moves `from` by the kernel (a new object; `from` is untouched). */
export function perturb(priors: Priors, from: ParamSet, scales: KernelScales, rng: Rng): ParamSet {
  const out: ParamSet = {};
  for (const [name, p] of Object.entries(priors)) {
    const v = from[name];
    if (p.kind === "values") {
      if (p.values.length > 1 && rng.bernoulli(KEEP_SHIFT)) {
        const others = p.values.filter((x) => x !== v);
        out[name] = others[rng.int(0, others.length)];
      } else out[name] = v;
      continue;
    }
    const [lo, hi] = support(p);
    const x = truncatedNormal(v as number, scales[name], lo, hi, rng);
    out[name] = p.kind === "int" ? Math.min(p.max, Math.max(p.min, Math.round(x))) : x;
  }
  return out;
}

/** The kernel's density (or mass) of moving from `from` to `to`. */
export function kernelDensity(priors: Priors, from: ParamSet, to: ParamSet, scales: KernelScales): number {
  let d = 1;
  for (const [name, p] of Object.entries(priors)) {
    const a = from[name];
    const b = to[name];
    if (p.kind === "values") {
      d *= p.values.length === 1 ? 1 : a === b ? 1 - KEEP_SHIFT : KEEP_SHIFT / (p.values.length - 1);
      continue;
    }
    const s = scales[name];
    const [lo, hi] = support(p);
    const c = a as number;
    const mass = normalCdf((hi - c) / s) - normalCdf((lo - c) / s);
    if (!(mass > 0)) return 0;
    const x = b as number;
    if (p.kind === "uniform") {
      const z = (x - c) / s;
      d *= Math.exp(-0.5 * z * z) / (s * Math.sqrt(2 * Math.PI) * mass);
    } else {
      d *= (normalCdf((x + 0.5 - c) / s) - normalCdf((x - 0.5 - c) / s)) / mass;
    }
  }
  return d;
}
