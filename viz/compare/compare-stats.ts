/**
 * The numbers of a policy comparison: per policy and metric the mean of the replication
 * summaries with a 95% interval, and per non-reference policy the paired difference from
 * the reference (replication r of every policy ran with the same seed, so differences are
 * taken run by run: common random numbers make them much tighter). A ratio that is
 * undefined in a run (null in its summary) is left out of that policy's mean and out of
 * the differences at that seed; with no defined value the mean is NaN, shown as "n/a".
 */
import type { Summary } from "../../sim/index.ts";
import { meanCi, meanCiNonNegative, type MeanCi } from "../shared/stats.ts";

export interface PolicyRuns {
  policy: string;
  /** One summary per replication, in replication order. */
  summaries: Summary[];
}

export interface MetricComparison {
  metric: string;
  byPolicy: { policy: string; ci: MeanCi }[];
  /** Differences (policy − reference) for every policy after the first. */
  diffs: { policy: string; ci: MeanCi }[];
}

/** Metric names present in every run, in the order of the first summary. */
export function commonMetrics(runs: PolicyRuns[]): string[] {
  const first = runs[0]?.summaries[0];
  if (!first) return [];
  return Object.keys(first).filter((k) => k !== "day" && runs.every((r) => r.summaries.every((s) => typeof s[k] === "number" || s[k] === null)));
}

export function compare(runs: PolicyRuns[], metrics: string[]): MetricComparison[] {
  const ref = runs[0];
  return metrics.map((metric) => {
    const byPolicy = runs.map((r) => ({ policy: r.policy, ci: meanCiNonNegative(r.summaries.map((s) => summaryValue(s, metric))) }));
    const diffs = runs.slice(1).map((r) => {
      const n = Math.min(r.summaries.length, ref.summaries.length);
      const d: number[] = [];
      for (let i = 0; i < n; i++) d.push(summaryValue(r.summaries[i], metric) - summaryValue(ref.summaries[i], metric));
      return { policy: r.policy, ci: meanCi(d) };
    });
    return { metric, byPolicy, diffs };
  });
}

/** A summary value as a number: an undefined ratio (null) is NaN, which the means leave out. */
function summaryValue(s: Summary, metric: string): number {
  return s[metric] ?? Number.NaN;
}

/** "more", "fewer" or "same" (the interval of the difference contains zero). */
export function verdict(ci: MeanCi): "more" | "fewer" | "same" {
  if (!Number.isFinite(ci.mean)) return "same";
  if (ci.lo > 0) return "more";
  if (ci.hi < 0) return "fewer";
  return "same";
}
