/**
 * The ratio of two rates (events per unit at risk) with Katz's log interval: the standard
 * interval for a risk ratio (Katz, Baptista, Azen and Pike 1978). Hand-written because no
 * maintained npm package offers it; it is four lines on `normalQuantile`.
 */
import { normalQuantile } from "./special-functions.ts";

/** A ratio of two rates and its interval. */
export interface RateRatio {
  /** (a / n1) / (b / n2). */
  ratio: number;
  low: number;
  high: number;
}

/**
 * Ratio of the rate a / n1 to the rate b / n2 with its Katz log interval:
 * exp(ln(ratio) ± z · sqrt(1/a − 1/n1 + 1/b − 1/n2)). Needs events in both groups
 * (a, b > 0) and units at risk (n1 ≥ a, n2 ≥ b); otherwise the ratio is undefined and the
 * result is null.
 *
 * @example
 * ```ts
 * rateRatio(30, 100, 10, 100); // { ratio: 3, low: 1.55..., high: 5.8... }
 * rateRatio(3, 100, 0, 100);   // null: no events in the second group
 * ```
 */
export function rateRatio(a: number, n1: number, b: number, n2: number, level = 0.95): RateRatio | null {
  if (!(a > 0 && b > 0 && n1 >= a && n2 >= b)) return null;
  const ratio = a / n1 / (b / n2);
  const se = Math.sqrt(Math.max(0, 1 / a - 1 / n1 + 1 / b - 1 / n2));
  const z = normalQuantile(1 - (1 - level) / 2);
  return { ratio, low: ratio * Math.exp(-z * se), high: ratio * Math.exp(z * se) };
}
