/** The Katz log interval of a ratio of two rates, against values worked by hand. */
import { describe, expect, it } from "vitest";
import { createRng, rateRatio } from "../../sim/core/index.ts";

describe("rateRatio", () => {
  it("gives the ratio and Katz's interval exp(ln RR +- z sqrt(1/a - 1/n1 + 1/b - 1/n2))", () => {
    const r = rateRatio(30, 100, 10, 100)!;
    const se = Math.sqrt(1 / 30 - 1 / 100 + 1 / 10 - 1 / 100);
    expect(r.ratio).toBeCloseTo(3, 12);
    expect(r.low).toBeCloseTo(3 * Math.exp(-1.959964 * se), 5);
    expect(r.high).toBeCloseTo(3 * Math.exp(1.959964 * se), 5);
    // A 90% interval is narrower.
    const r90 = rateRatio(30, 100, 10, 100, 0.9)!;
    expect(r90.low).toBeGreaterThan(r.low);
    expect(r90.high).toBeLessThan(r.high);
  });

  it("is null when either group has no events or fewer units than events", () => {
    expect(rateRatio(3, 100, 0, 100)).toBeNull();
    expect(rateRatio(0, 100, 3, 100)).toBeNull();
    expect(rateRatio(3, 0, 3, 100)).toBeNull();
    expect(rateRatio(5, 4, 3, 100)).toBeNull();
  });

  it("covers the true ratio about 95% of the time (binomial draws, fixed seed)", () => {
    // 2,000 simulated pairs of Binomial(200, 0.1) and Binomial(200, 0.05): true ratio 2.
    const rng = createRng(7);
    const binom = (n: number, p: number) => {
      let k = 0;
      for (let i = 0; i < n; i++) if (rng.bernoulli(p)) k++;
      return k;
    };
    let covered = 0;
    let defined = 0;
    for (let i = 0; i < 2000; i++) {
      const r = rateRatio(binom(200, 0.1), 200, binom(200, 0.05), 200);
      if (!r) continue;
      defined++;
      if (r.low <= 2 && 2 <= r.high) covered++;
    }
    // Katz is close to nominal here; 0.92-0.985 allows for its small-sample bias and ~0.5% sampling error.
    expect(covered / defined).toBeGreaterThan(0.92);
    expect(covered / defined).toBeLessThan(0.985);
  });
});
