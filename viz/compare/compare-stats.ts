/**
 * The numbers of a policy comparison: per policy and metric the mean of the replication
 * summaries with a 95% interval, and per non-reference policy the paired difference from
 * the reference (replication r of every policy ran with the same seed, so differences are
 * taken run by run: common random numbers make them much tighter).
 */
import { meanCi, meanCiNonNegative, type MeanCi } from "../shared/stats.ts";

export interface PolicyRuns {
  policy: string;
  /** One summary per replication, in replication order. */
  summaries: Record<string, number>[];
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
  return Object.keys(first).filter((k) => k !== "day" && runs.every((r) => r.summaries.every((s) => typeof s[k] === "number")));
}

export function compare(runs: PolicyRuns[], metrics: string[]): MetricComparison[] {
  const ref = runs[0];
  return metrics.map((metric) => {
    const byPolicy = runs.map((r) => ({ policy: r.policy, ci: meanCiNonNegative(r.summaries.map((s) => s[metric])) }));
    const diffs = runs.slice(1).map((r) => {
      const n = Math.min(r.summaries.length, ref.summaries.length);
      const d: number[] = [];
      for (let i = 0; i < n; i++) d.push(r.summaries[i][metric] - ref.summaries[i][metric]);
      return { policy: r.policy, ci: meanCi(d) };
    });
    return { metric, byPolicy, diffs };
  });
}

/** "more", "fewer" or "same" (the interval of the difference contains zero). */
export function verdict(ci: MeanCi): "more" | "fewer" | "same" {
  if (!Number.isFinite(ci.mean)) return "same";
  if (ci.lo > 0) return "more";
  if (ci.hi < 0) return "fewer";
  return "same";
}
