import { describe, expect, it } from "vitest";
import { meanCi } from "../../viz/shared/stats.ts";
import { readDifference, replicationsToTell, smallestMeaningfulDifference } from "../../viz/compare/power.ts";

describe("replications needed to tell a difference", () => {
  it("grows with the spread and shrinks with the size of the difference", () => {
    const noisy = meanCi([3, -1, 4, 0, 2]);
    const n = replicationsToTell(noisy);
    expect(n).not.toBeNull();
    // With that many runs the interval half-width (same spread) would fall below the mean.
    const half = (1.96 * noisy.sd) / Math.sqrt(n ?? 1);
    expect(half).toBeLessThan(Math.abs(noisy.mean) * 1.1);
    expect(replicationsToTell(meanCi([6, -2, 8, 0, 4]))).toBeGreaterThanOrEqual(n ?? 0);
    expect(replicationsToTell(meanCi([30, 26, 32, 28, 24]))).toBeLessThan(n ?? 0);
  });
  it("cannot say when no difference was seen or runs are too few", () => {
    expect(replicationsToTell(meanCi([1, -1, 1, -1]))).toBeNull();
    expect(replicationsToTell(meanCi([2]))).toBeNull();
  });
});

describe("reading a difference", () => {
  it("tells clear, negligible, not enough runs and no difference apart", () => {
    expect(readDifference(meanCi([10, 12, 11, 9, 13]), 2)).toBe("clear");
    expect(readDifference(meanCi([0.1, 0.12, 0.11, 0.09, 0.13]), 2)).toBe("negligible");
    expect(readDifference(meanCi([5, -3, 8, -6, 2]), 2)).toBe("not-enough-runs");
    expect(readDifference(meanCi([0, 0, 0, 0]), 2)).toBe("no-difference");
    expect(readDifference(meanCi([0.1, -0.1, 0.05, -0.05]), 2)).toBe("no-difference");
    expect(readDifference(meanCi([Number.NaN, Number.NaN]), 2)).toBe("undefined");
  });
  it("uses fixed amounts for levels and shares, 10% of the reference for counts", () => {
    expect(smallestMeaningfulDifference("perceived_crime", 15)).toBe(1);
    expect(smallestMeaningfulDifference("camera_adoption", 0.2)).toBe(0.01);
    expect(smallestMeaningfulDifference("clearance_rate", 0.3, "fraction of thefts")).toBe(0.02);
    expect(smallestMeaningfulDifference("packages_stolen", 40)).toBe(4);
  });
});
