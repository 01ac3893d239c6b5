/** Student's t quantiles and the intervals `doorstep compare` prints. */
import { describe, expect, it } from "vitest";
import { meanInterval, meanOfDefined, pairedDifference, pairedDifferenceOfDefined } from "../../../cli/stats/mean-interval.ts";
import { tCdf, tQuantile } from "../../../cli/stats/t-distribution.ts";

describe("t distribution", () => {
  it("matches tabulated 97.5% quantiles", () => {
    expect(tQuantile(0.975, 1)).toBeCloseTo(12.7062047, 5);
    expect(tQuantile(0.975, 2)).toBeCloseTo(4.3026527, 6);
    expect(tQuantile(0.975, 9)).toBeCloseTo(2.2621572, 6);
    expect(tQuantile(0.975, 30)).toBeCloseTo(2.0422725, 6);
    expect(tQuantile(0.975, 1000)).toBeCloseTo(1.9623391, 6);
    expect(tQuantile(0.025, 9)).toBeCloseTo(-2.2621572, 6);
  });

  it("has a CDF that is symmetric and inverts the quantile", () => {
    expect(tCdf(0, 5)).toBeCloseTo(0.5, 12);
    expect(tCdf(-1.3, 7) + tCdf(1.3, 7)).toBeCloseTo(1, 12);
    expect(tCdf(tQuantile(0.9, 4), 4)).toBeCloseTo(0.9, 9);
  });
});

describe("intervals", () => {
  it("gives mean ± t * s / sqrt(n)", () => {
    const m = meanInterval([1, 2, 3]);
    expect(m.mean).toBe(2);
    expect(m.hi - 2).toBeCloseTo(4.3026527 / Math.sqrt(3), 6);
    expect(m.lo).toBeCloseTo(2 - (m.hi - 2), 12);
  });

  it("has no interval for one replication", () => {
    expect(meanInterval([5])).toMatchObject({ n: 1, mean: 5 });
    expect(meanInterval([5]).lo).toBeNaN();
  });

  it("pairs differences by seed: a constant shift has a zero-width interval", () => {
    const a = [10, 14, 9, 20];
    const d = pairedDifference(
      a,
      a.map((x) => x + 2),
    );
    expect(d).toEqual({ n: 4, mean: 2, lo: 2, hi: 2 });
  });
});

describe("means of ratios that are undefined in some runs", () => {
  it("leave the undefined runs out instead of counting them as 0", () => {
    const m = meanOfDefined([0.5, null, 0.7, null]);
    expect(m.n).toBe(2);
    expect(m.mean).toBeCloseTo(0.6, 12);
    const none = meanOfDefined([null, null]);
    expect(none.n).toBe(0);
    expect(Number.isNaN(none.mean)).toBe(true);
  });

  it("pair only the seeds at which both runs have the value", () => {
    const d = pairedDifferenceOfDefined([1, null, 3, 4], [2, 5, null, 6]);
    expect(d.n).toBe(2);
    expect(d.mean).toBeCloseTo((1 + 2) / 2, 12);
  });
});
