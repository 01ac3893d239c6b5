/**
 * "Run until the differences are clear": which headline differences are still open after
 * a batch of replications. A difference is settled when its 95% interval excludes 0, or
 * when every paired run gave exactly the same value (no difference to find); otherwise it
 * is open, and the replications that would make its interval narrower than its distance
 * from 0 at the observed variance are `replicationsFor(n, half-width, |mean|)`.
 */
import { replicationsFor } from "../../sim/index.ts";
import { type MetricComparison, verdict } from "./compare-stats.ts";

export interface OpenDifference {
  metric: string;
  policy: string;
  /** Replications per policy the observed variance calls for (Infinity when the mean is 0). */
  needed: number;
}

/** The open differences among `metrics`. */
export function openDifferences(comps: readonly MetricComparison[], metrics: readonly string[]): OpenDifference[] {
  const out: OpenDifference[] = [];
  for (const c of comps) {
    if (!metrics.includes(c.metric)) continue;
    for (const d of c.diffs) {
      if (!Number.isFinite(d.ci.mean) || verdict(d.ci) !== "same" || d.ci.sd === 0) continue;
      out.push({ metric: c.metric, policy: d.policy, needed: replicationsFor(d.ci.n, d.ci.half, Math.abs(d.ci.mean)) });
    }
  }
  return out;
}
