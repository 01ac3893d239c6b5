/**
 * "Run until the differences are clear": which headline differences are still open after
 * a batch of replications. A difference is settled when it reads as clear, as too small to
 * matter, or as no difference that matters (its interval lies within the measure's
 * smallest meaningful difference around 0; power.ts), or is undefined in every run;
 * otherwise it is open, and the replications that would make its interval narrower than
 * its distance from 0 at the observed variance are `replicationsFor(n, half-width, |mean|)`.
 */
import { replicationsFor } from "../../sim/index.ts";
import type { MetricComparison } from "./compare-stats.ts";
import { readDifference } from "./power.ts";

export interface OpenDifference {
  metric: string;
  policy: string;
  /** Replications per policy the observed variance calls for (Infinity when the mean is 0). */
  needed: number;
}

/** The open differences among `metrics`; `meaningful(c)` is the smallest difference of `c` that matters. */
export function openDifferences(
  comps: readonly MetricComparison[],
  metrics: readonly string[],
  meaningful: (c: MetricComparison) => number,
): OpenDifference[] {
  const out: OpenDifference[] = [];
  for (const c of comps) {
    if (!metrics.includes(c.metric)) continue;
    for (const d of c.diffs) {
      if (readDifference(d.ci, meaningful(c)) !== "not-enough-runs") continue;
      out.push({ metric: c.metric, policy: d.policy, needed: replicationsFor(d.ci.n, d.ci.half, Math.abs(d.ci.mean)) });
    }
  }
  return out;
}
