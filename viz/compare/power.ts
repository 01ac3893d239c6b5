/**
 * Honesty about power in a comparison: how many replications a difference that is not yet
 * clear would need at the spread observed so far, and whether a clear difference is big
 * enough to matter. The smallest meaningful difference of each measure is documented in
 * docs/dashboard.md: 10% of the reference policy's mean for counts, and fixed amounts for
 * levels and shares (below).
 */
import { tQuantile975, type MeanCi } from "../shared/stats.ts";

/** Replications beyond which the answer is "more than this many" (a browser run is minutes). */
export const MAX_SUGGESTED_REPLICATIONS = 10_000;

/**
 * Replications per policy for the 95% interval of a paired difference with this mean and
 * spread to exclude zero; null when no difference was seen at all (mean 0), or the runs
 * are too few to estimate a spread.
 */
export function replicationsToTell(ci: MeanCi): number | null {
  if (ci.n < 2 || !Number.isFinite(ci.mean) || !Number.isFinite(ci.sd)) return null;
  const m = Math.abs(ci.mean);
  if (m === 0) return null;
  if (ci.sd === 0) return ci.n;
  // Normal approximation first, then the t quantile of that many runs pushes it up a little.
  let n = Math.max(2, Math.ceil(((1.96 * ci.sd) / m) ** 2));
  while (n <= MAX_SUGGESTED_REPLICATIONS && (tQuantile975(n - 1) * ci.sd) / Math.sqrt(n) >= m) n++;
  return Math.max(n, ci.n + 1);
}

/** Fixed smallest meaningful differences of levels and shares, in the measure's own unit. */
const ABSOLUTE: Record<string, number> = {
  // thefts per 1,000 households per 30 days: one theft more or less a month in a town of 1,000.
  perceived_crime: 1,
  actual_crime: 1,
  // one percentage point of households.
  camera_adoption: 0.01,
};
/** Relative to the reference's mean, for every other measure. */
export const RELATIVE_MEANINGFUL = 0.1;

/** The smallest difference of `metric` that matters, given the reference policy's mean. */
export function smallestMeaningfulDifference(metric: string, referenceMean: number, unit = ""): number {
  if (metric in ABSOLUTE) return ABSOLUTE[metric];
  if (/fraction|share/i.test(unit)) return 0.02;
  return RELATIVE_MEANINGFUL * Math.abs(referenceMean);
}

export type Reading = "clear" | "negligible" | "not-enough-runs" | "no-difference" | "undefined";

/**
 * How to read a paired difference: clear (interval excludes zero and reaches a meaningful
 * size), negligible (clear, but the whole interval is within the meaningful size), not
 * enough runs (interval includes zero but a difference was seen), no difference (identical
 * in every run, or the interval lies within the meaningful size around zero), undefined
 * (a ratio with nothing to divide by in every run: "n/a", left out of the summary).
 */
export function readDifference(ci: MeanCi, meaningful: number): Reading {
  if (!Number.isFinite(ci.mean)) return "undefined";
  const within = ci.lo > -meaningful && ci.hi < meaningful;
  if (ci.lo > 0 || ci.hi < 0) return within ? "negligible" : "clear";
  if (ci.sd === 0 && ci.mean === 0) return "no-difference";
  return within && meaningful > 0 ? "no-difference" : "not-enough-runs";
}
