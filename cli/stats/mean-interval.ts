/**
 * The mean of replications with its t-based 95% confidence interval; with paired
 * replications (same seeds), the interval of a difference comes from the per-seed
 * differences, which is much narrower than comparing two independent intervals. A value
 * that is undefined in a run (null: a ratio with a zero denominator) is left out, never
 * counted as 0 or 1; `n` says how many runs had it.
 */
import { tQuantile } from "./t-distribution.ts";

export interface MeanInterval {
  n: number;
  mean: number;
  /** Lower and upper bound of the 95% interval; NaN when n < 2 or values are not finite. */
  lo: number;
  hi: number;
}

/**
 * @example
 * ```ts
 * meanInterval([1, 2, 3]); // { n: 3, mean: 2, lo: -0.484..., hi: 4.484... }
 * ```
 */
export function meanInterval(xs: readonly number[], level = 0.95): MeanInterval {
  const n = xs.length;
  const mean = n ? xs.reduce((a, b) => a + b, 0) / n : NaN;
  if (n < 2 || !Number.isFinite(mean)) return { n, mean, lo: NaN, hi: NaN };
  const variance = xs.reduce((a, x) => a + (x - mean) ** 2, 0) / (n - 1);
  const half = tQuantile(1 - (1 - level) / 2, n - 1) * Math.sqrt(variance / n);
  return { n, mean, lo: mean - half, hi: mean + half };
}

/** Mean and interval of the paired differences `b[i] - a[i]`. */
export function pairedDifference(a: readonly number[], b: readonly number[], level = 0.95): MeanInterval {
  if (a.length !== b.length) throw new Error("pairedDifference: the two samples must pair up");
  return meanInterval(
    b.map((x, i) => x - a[i]),
    level,
  );
}

/** Mean and interval of the defined values (nulls left out). */
export function meanOfDefined(xs: readonly (number | null)[], level = 0.95): MeanInterval {
  return meanInterval(
    xs.filter((x): x is number => x !== null),
    level,
  );
}

/** Paired differences `b[i] - a[i]` over the seeds at which both are defined. */
export function pairedDifferenceOfDefined(a: readonly (number | null)[], b: readonly (number | null)[], level = 0.95): MeanInterval {
  if (a.length !== b.length) throw new Error("pairedDifferenceOfDefined: the two samples must pair up");
  const d: number[] = [];
  a.forEach((x, i) => {
    const y = b[i];
    if (x !== null && y !== null) d.push(y - x);
  });
  return meanInterval(d, level);
}
