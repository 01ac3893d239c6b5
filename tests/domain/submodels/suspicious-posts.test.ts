import { describe, it, expect } from "vitest";
import { createRng } from "../../../sim/core/index.ts";
import { decideSuspiciousPost, suspicionRates, suspiciousPostProbability } from "../../../sim/domain/submodels/suspicious-posts.ts";

const GROUPS = ["a", "b", "c"];

describe("suspicious posts", () => {
  it("multiplies the base rate by the group's bias (missing groups: 1)", () => {
    const params = { suspiciousPostProbability: 0.01, suspiciousBias: { b: 3, c: 2 } };
    expect(suspiciousPostProbability("a", false, params)).toBeCloseTo(0.01);
    expect(suspiciousPostProbability("b", false, params)).toBeCloseTo(0.03);
    expect(suspiciousPostProbability("c", true, params)).toBeCloseTo(0.02);
    expect(suspiciousPostProbability("c", true, { ...params, offenderMultiplier: 4 })).toBeCloseTo(0.08);
    expect(suspiciousPostProbability("b", false, { ...params, suspiciousPostProbability: 0.5 })).toBe(1);
  });

  it("produces the configured ratio between groups over many sightings", () => {
    const params = { suspiciousPostProbability: 0.05, suspiciousBias: { a: 1, b: 3, c: 1.5 } };
    const rates = suspicionRates(GROUPS, params);
    const rng = createRng(42);
    const N = 60_000;
    const posts = [0, 0, 0];
    for (let i = 0; i < N; i++) for (let g = 0; g < 3; g++) if (decideSuspiciousPost(rates, g, false, rng)) posts[g]++;
    // Expected 3,000 posts about a: the ratio b/a has sd ~ 0.07; a broken bias (1 or 9) fails.
    expect(posts[1] / posts[0]).toBeGreaterThan(2.75);
    expect(posts[1] / posts[0]).toBeLessThan(3.25);
    expect(posts[2] / posts[0]).toBeGreaterThan(1.35);
    expect(posts[2] / posts[0]).toBeLessThan(1.65);
    expect(Math.abs(posts[0] / N - 0.05)).toBeLessThan(5 * Math.sqrt((0.05 * 0.95) / N));
  });

  it("has no gap between groups when the bias is equal", () => {
    const rates = suspicionRates(GROUPS, { suspiciousPostProbability: 0.01, suspiciousBias: {} });
    expect(rates[0]).toBe(rates[2]);
    expect(rates[2]).toBe(rates[4]);
  });

  it("uses the offender rate for offenders", () => {
    const rates = suspicionRates(GROUPS, { suspiciousPostProbability: 0.2, suspiciousBias: {}, offenderMultiplier: 0 });
    const rng = createRng(1);
    for (let i = 0; i < 1000; i++) expect(decideSuspiciousPost(rates, 1, true, rng)).toBe(false);
    expect(() => decideSuspiciousPost(rates, 3, false, rng)).toThrow(/group index 3/);
  });
});
