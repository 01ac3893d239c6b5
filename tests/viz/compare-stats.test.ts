/** The Compare page's statistics with ratios that are undefined (null) in some runs. */
import { describe, expect, it } from "vitest";
import { commonMetrics, compare } from "../../viz/compare/compare-stats.ts";
import { fmt } from "../../viz/shared/stats.ts";

const runs = [
  {
    policy: "none",
    summaries: [
      { arrests: 1, clearance_rate: null },
      { arrests: 3, clearance_rate: 0.5 },
      { arrests: 2, clearance_rate: 0.3 },
    ],
  },
  {
    policy: "full",
    summaries: [
      { arrests: 4, clearance_rate: 0.6 },
      { arrests: 6, clearance_rate: null },
      { arrests: 5, clearance_rate: 0.5 },
    ],
  },
];

describe("compare with undefined ratios", () => {
  it("keeps a metric that is undefined in some runs", () => {
    expect(commonMetrics(runs)).toEqual(["arrests", "clearance_rate"]);
  });

  it("leaves undefined runs out of the means and of the paired differences (never 0)", () => {
    const [, clearance] = compare(runs, ["arrests", "clearance_rate"]);
    expect(clearance.byPolicy[0].ci.n).toBe(2);
    expect(clearance.byPolicy[0].ci.mean).toBeCloseTo(0.4, 12);
    expect(clearance.byPolicy[1].ci.mean).toBeCloseTo(0.55, 12);
    // Only seed 3 has both: 0.5 - 0.3.
    expect(clearance.diffs[0].ci.n).toBe(1);
    expect(clearance.diffs[0].ci.mean).toBeCloseTo(0.2, 12);
  });

  it("shows n/a when no run defines the ratio", () => {
    const none = [{ policy: "x", summaries: [{ clearance_rate: null }, { clearance_rate: null }] }];
    const [c] = compare(none, ["clearance_rate"]);
    expect(c.byPolicy[0].ci.n).toBe(0);
    expect(fmt(c.byPolicy[0].ci.mean)).toBe("n/a");
  });
});
