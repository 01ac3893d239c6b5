/**
 * The "suspicious person" post: when a camera owner looks at a clip of a stranger, do
 * they post the stranger to the app as suspicious? The chance is a base rate times a
 * bias by the stranger's demographic group (motherboard-2019-suspicious-posts in
 * docs/sources.md: most people reported as "suspicious" were people of colour), and optionally times a factor
 * for strangers who really are offenders (how well residents tell them apart). Since
 * almost everyone seen is innocent, most such posts are about innocent people.
 *
 * API (for the model engineer; parameters live in the `residents:` section):
 * ```ts
 * const rates = suspicionRates(layout.groups, {
 *   suspiciousPostProbability: scenario.residents.suspiciousPostProbability,
 *   suspiciousBias: scenario.residents.suspiciousBias,          // group -> multiplier, missing = 1
 *   offenderMultiplier: 1,   // optional: a future residents param; 1 = offenders look like anyone else
 * });
 * if (decideSuspiciousPost(rates, group, isOffender, rng)) {
 *   rec.incGroup("posts_suspicious", group);
 *   if (!isOffender) rec.incGroup("posts_suspicious_innocent", group);
 * }
 * suspiciousPostProbability(groupName, isOffender, params)   // the pure probability
 * ```
 */
import type { Rng } from "../../core/index.ts";

/** What the decision depends on. */
export interface SuspicionParams {
  /** Base probability per stranger seen in a clip the owner looked at (`residents.suspiciousPostProbability`). */
  suspiciousPostProbability: number;
  /** Multiplier by the stranger's group (`residents.suspiciousBias`); groups left out: 1. */
  suspiciousBias: Readonly<Record<string, number>>;
  /** Multiplier for strangers who are offenders; 1 (the default) when residents cannot tell. */
  offenderMultiplier?: number;
}

/**
 * Probability that a resident posts the stranger as suspicious, capped at 1.
 *
 * @example
 * suspiciousPostProbability("b", false, { suspiciousPostProbability: 0.002, suspiciousBias: { b: 3 } }); // 0.006
 */
export function suspiciousPostProbability(group: string, isOffender: boolean, params: SuspicionParams): number {
  const bias = params.suspiciousBias[group] ?? 1;
  const offender = isOffender ? (params.offenderMultiplier ?? 1) : 1;
  return Math.min(1, Math.max(0, params.suspiciousPostProbability * bias * offender));
}

/** Probabilities by group index: [2g] for an innocent stranger of group g, [2g + 1] for an offender. */
export type SuspicionRates = Float64Array;

/**
 * The probabilities for every group, computed once (group index as in MapLayout.houseGroup).
 *
 * @example
 * const rates = suspicionRates(["a", "b", "c"], scenario.residents);
 */
export function suspicionRates(groups: readonly string[], params: SuspicionParams): SuspicionRates {
  const rates = new Float64Array(2 * groups.length);
  groups.forEach((g, i) => {
    rates[2 * i] = suspiciousPostProbability(g, false, params);
    rates[2 * i + 1] = suspiciousPostProbability(g, true, params);
  });
  return rates;
}

/**
 * Whether the resident posts this stranger (one random number).
 *
 * @example
 * if (decideSuspiciousPost(rates, 1, false, rng)) rec.incGroup("posts_suspicious", 1);
 */
export function decideSuspiciousPost(rates: SuspicionRates, group: number, isOffender: boolean, rng: Rng): boolean {
  const i = 2 * group + (isOffender ? 1 : 0);
  if (!Number.isInteger(group) || group < 0 || i >= rates.length) {
    throw new Error(`suspicious posts: group index ${group} is outside 0..${rates.length / 2 - 1}.`);
  }
  return rng.next() < rates[i];
}
