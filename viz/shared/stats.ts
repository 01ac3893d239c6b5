/**
 * Summary statistics for replications: mean, standard deviation and a 95% confidence
 * interval of the mean from Student's t distribution (replications are few, so the normal
 * 1.96 would be too narrow).
 */
import { formatQuantity } from "../../sim/index.ts";

export interface MeanCi {
  n: number;
  mean: number;
  sd: number;
  /** Half-width of the 95% interval of the mean (0 when n < 2). */
  half: number;
  lo: number;
  hi: number;
}

// Two-sided 97.5% quantiles of Student's t for 1..30 degrees of freedom.
const T975 = [
  12.706, 4.303, 3.182, 2.776, 2.571, 2.447, 2.365, 2.306, 2.262, 2.228, 2.201, 2.179, 2.16, 2.145, 2.131, 2.12, 2.11, 2.101, 2.093, 2.086, 2.08,
  2.074, 2.069, 2.064, 2.06, 2.056, 2.052, 2.048, 2.045, 2.042,
];

/** The t quantile for a 95% two-sided interval with `df` degrees of freedom. */
export function tQuantile975(df: number): number {
  if (df < 1) return NaN;
  if (df <= 30) return T975[df - 1];
  if (df <= 60) return 2.042 - ((df - 30) / 30) * (2.042 - 2.0);
  if (df <= 120) return 2.0 - ((df - 60) / 60) * (2.0 - 1.98);
  return 1.96;
}

/** Mean and 95% interval of the values (NaN values are skipped). */
export function meanCi(values: ArrayLike<number>): MeanCi {
  const xs: number[] = [];
  for (let i = 0; i < values.length; i++) if (Number.isFinite(values[i])) xs.push(values[i]);
  const n = xs.length;
  if (n === 0) return { n, mean: NaN, sd: NaN, half: NaN, lo: NaN, hi: NaN };
  const mean = xs.reduce((a, b) => a + b, 0) / n;
  if (n < 2) return { n, mean, sd: 0, half: 0, lo: mean, hi: mean };
  const sd = Math.sqrt(xs.reduce((a, b) => a + (b - mean) ** 2, 0) / (n - 1));
  const half = (tQuantile975(n - 1) * sd) / Math.sqrt(n);
  return { n, mean, sd, half, lo: mean - half, hi: mean + half };
}

/**
 * The same interval clipped at zero when every value is non-negative (counts, shares):
 * a t interval from few replications can dip below zero, which no count can.
 */
export function meanCiNonNegative(values: ArrayLike<number>): MeanCi {
  const ci = meanCi(values);
  let nonNegative = true;
  for (let i = 0; i < values.length; i++) if (values[i] < 0) nonNegative = false;
  return nonNegative && ci.lo < 0 ? { ...ci, lo: 0 } : ci;
}

/**
 * Formats a number for people: a few significant digits, thousands separators; not a
 * number (an undefined ratio) as "n/a". The model's `formatQuantity`, which also writes
 * `doorstep compare`'s table; a measure's value goes through `formatMeasure` (its unit).
 */
export const fmt: (x: number, digits?: number) => string = formatQuantity;
