/**
 * Summaries of a weighted sample (an ABC posterior population): weighted quantiles, and
 * per parameter the median with a central interval, or the most probable value.
 */
import type { ParamValue } from "./samplers.ts";

/**
 * The p-quantile of weighted values: each value sits at the middle of its share of the
 * cumulative weight and the quantile interpolates linearly between them (clamped at the
 * ends); with equal weights this is Hyndman and Fan's type 5.
 *
 * @example
 * ```ts
 * weightedQuantile([1, 2, 3], [1, 1, 1], 0.5); // 2
 * ```
 */
export function weightedQuantile(values: readonly number[], weights: readonly number[], p: number): number {
  if (values.length === 0 || values.length !== weights.length)
    throw new RangeError("weightedQuantile: needs as many weights as values, at least one");
  const order = values.map((_, i) => i).sort((a, b) => values[a] - values[b] || a - b);
  const total = weights.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new RangeError("weightedQuantile: the weights sum to 0");
  let cum = 0;
  let prevAt = 0;
  let prevValue = values[order[0]];
  for (let k = 0; k < order.length; k++) {
    const i = order[k];
    const at = (cum + weights[i] / 2) / total;
    cum += weights[i];
    if (p <= at) {
      if (k === 0 || at === prevAt) return values[i];
      return prevValue + ((values[i] - prevValue) * (p - prevAt)) / (at - prevAt);
    }
    prevAt = at;
    prevValue = values[i];
  }
  return prevValue;
}

/** A parameter's posterior: median and central interval for numbers, the mode for other values. */
export type ParamSummary =
  | { kind: "numeric"; median: number; lower: number; upper: number }
  | { kind: "categorical"; mode: ParamValue; probability: number };

/**
 * Summarises each parameter of a weighted population; `level` is the interval's
 * coverage (0.9: from the 5% to the 95% quantile).
 *
 * @example
 * ```ts
 * summarisePopulation(["mu"], particles, 0.9).mu; // { kind: "numeric", median, lower, upper }
 * ```
 */
export function summarisePopulation(
  names: readonly string[],
  population: readonly { params: Record<string, ParamValue>; weight: number }[],
  level: number,
): Record<string, ParamSummary> {
  const weights = population.map((p) => p.weight);
  const out: Record<string, ParamSummary> = {};
  for (const name of names) {
    const values = population.map((p) => p.params[name]);
    if (values.every((v) => typeof v === "number")) {
      const xs = values as number[];
      out[name] = {
        kind: "numeric",
        median: weightedQuantile(xs, weights, 0.5),
        lower: weightedQuantile(xs, weights, (1 - level) / 2),
        upper: weightedQuantile(xs, weights, (1 + level) / 2),
      };
      continue;
    }
    const mass = new Map<ParamValue, number>();
    values.forEach((v, i) => mass.set(v, (mass.get(v) ?? 0) + weights[i]));
    let mode = values[0];
    for (const [v, m] of mass) if (m > (mass.get(mode) ?? 0)) mode = v;
    const total = weights.reduce((a, b) => a + b, 0);
    out[name] = { kind: "categorical", mode, probability: (mass.get(mode) ?? 0) / total };
  }
  return out;
}
