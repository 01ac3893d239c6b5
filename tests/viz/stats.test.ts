import { describe, it, expect } from "vitest";
import { meanCi, meanCiNonNegative, tQuantile975, fmt } from "../../viz/shared/stats.ts";
import { compare, commonMetrics, verdict } from "../../viz/compare/compare-stats.ts";

describe("meanCi", () => {
  it("gives the t interval of the mean", () => {
    const ci = meanCi([1, 2, 3, 4, 5]);
    expect(ci.mean).toBe(3);
    expect(ci.sd).toBeCloseTo(Math.sqrt(2.5), 10);
    expect(ci.half).toBeCloseTo((2.776 * Math.sqrt(2.5)) / Math.sqrt(5), 10);
    expect(ci.lo).toBeCloseTo(3 - ci.half, 10);
  });
  it("has no width for one value and is NaN for none", () => {
    expect(meanCi([7])).toMatchObject({ n: 1, mean: 7, half: 0, lo: 7, hi: 7 });
    expect(Number.isNaN(meanCi([]).mean)).toBe(true);
  });
  it("skips non-finite values", () => {
    expect(meanCi([1, NaN, 3]).n).toBe(2);
  });
  it("uses t quantiles that shrink towards 1.96", () => {
    expect(tQuantile975(1)).toBe(12.706);
    expect(tQuantile975(30)).toBe(2.042);
    expect(tQuantile975(1000)).toBe(1.96);
  });
  it("clips at zero only when no value is negative", () => {
    expect(meanCiNonNegative([0, 0, 5]).lo).toBe(0);
    expect(meanCiNonNegative([-1, 0, 5]).lo).toBeLessThan(0);
  });
  it("formats numbers for people", () => {
    expect(fmt(12345.6)).toBe("12,346");
    expect(fmt(0.012345)).toBe("0.0123");
    expect(fmt(NaN)).toBe("n/a");
  });
});

describe("policy comparison", () => {
  const runs = [
    {
      policy: "none",
      summaries: [
        { a: 10, b: 1 },
        { a: 20, b: 2 },
        { a: 30, b: 3 },
      ],
    },
    {
      policy: "portal",
      summaries: [
        { a: 12, b: 1 },
        { a: 22, b: 2 },
        { a: 33, b: 3 },
      ],
    },
  ];
  it("pairs replications: a constant shift has a tight interval despite spread", () => {
    const [a] = compare(runs, ["a"]);
    expect(a.byPolicy[0].ci.mean).toBe(20);
    expect(a.diffs[0].ci.mean).toBeCloseTo(7 / 3, 10);
    expect(a.diffs[0].ci.lo).toBeGreaterThan(0);
    expect(verdict(a.diffs[0].ci)).toBe("more");
  });
  it("calls identical results no clear difference", () => {
    const [b] = compare(runs, ["b"]);
    expect(verdict(b.diffs[0].ci)).toBe("same");
  });
  it("lists metrics every run has, without the day column", () => {
    expect(
      commonMetrics([
        { policy: "x", summaries: [{ day: 3, a: 1 }] },
        { policy: "y", summaries: [{ a: 2, c: 1 }] },
      ]),
    ).toEqual(["a"]);
  });
});
