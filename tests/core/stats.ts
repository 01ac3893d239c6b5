/**
 * Statistics helpers for the sampler tests: Kolmogorov–Smirnov and chi-square
 * goodness-of-fit statistics with their critical values at a small significance level.
 */

/** Significance level of every goodness-of-fit test (fixed seeds make the tests repeatable). */
export const ALPHA = 0.001;

/** Standard normal CDF (erf via Abramowitz & Stegun 7.1.26, |error| < 1.5e-7). */
export function normalCdf(z: number): number {
  const x = Math.abs(z) / Math.SQRT2;
  const t = 1 / (1 + 0.3275911 * x);
  const y = 1 - ((((1.061405429 * t - 1.453152027) * t + 1.421413741) * t - 0.284496736) * t + 0.254829592) * t * Math.exp(-x * x);
  return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
}

/** KS statistic D of a sample against a continuous CDF. */
export function ksStatistic(sample: number[], cdf: (x: number) => number): number {
  const s = [...sample].sort((a, b) => a - b);
  const n = s.length;
  let d = 0;
  for (let i = 0; i < n; i++) {
    const f = cdf(s[i]);
    d = Math.max(d, (i + 1) / n - f, f - i / n);
  }
  return d;
}

/** Asymptotic KS critical value at level ALPHA for n observations. */
export function ksCritical(n: number): number {
  return Math.sqrt(-0.5 * Math.log(ALPHA / 2)) / Math.sqrt(n);
}

/**
 * Pearson chi-square of observed counts against expected counts, merging adjacent bins
 * until every merged bin expects at least 5. Returns the statistic and degrees of freedom.
 */
export function chiSquare(observed: number[], expected: number[]): { stat: number; df: number } {
  const os: number[] = [];
  const es: number[] = [];
  let o = 0;
  let e = 0;
  for (let i = 0; i < expected.length; i++) {
    o += observed[i] ?? 0;
    e += expected[i];
    if (e >= 5) {
      os.push(o);
      es.push(e);
      o = 0;
      e = 0;
    }
  }
  if (es.length === 0) throw new Error("chiSquare: total expectation below 5");
  // the remainder (expecting < 5) joins the last full bin
  os[os.length - 1] += o;
  es[es.length - 1] += e;
  let stat = 0;
  for (let i = 0; i < es.length; i++) stat += ((os[i] - es[i]) * (os[i] - es[i])) / es[i];
  return { stat, df: es.length - 1 };
}

/** Chi-square critical value at level ALPHA (Wilson–Hilferty approximation). */
export function chiCritical(df: number): number {
  const z = 3.0902; // upper 0.001 point of N(0, 1)
  const a = 2 / (9 * df);
  return df * (1 - a + z * Math.sqrt(a)) ** 3;
}

/** Mean and (unbiased) variance. */
export function moments(xs: ArrayLike<number>): { mean: number; variance: number } {
  let m = 0;
  for (let i = 0; i < xs.length; i++) m += xs[i];
  m /= xs.length;
  let v = 0;
  for (let i = 0; i < xs.length; i++) v += (xs[i] - m) * (xs[i] - m);
  return { mean: m, variance: v / (xs.length - 1) };
}

/** Counts of each integer value 0..max-1 (values >= max go to the last bin). */
export function histogram(xs: number[], bins: number): number[] {
  const h = new Array(bins).fill(0);
  for (const x of xs) h[Math.min(x, bins - 1)]++;
  return h;
}
