/**
 * ABC maths (sim/core/abc.ts, abc-prior.ts, weighted-quantile.ts) on models with known
 * posteriors. Tolerances are stated per test; seeds are fixed, so a pass is repeatable,
 * and each tolerance is several standard errors wide yet far narrower than the error a
 * broken mechanism makes (named in each test).
 */
import { describe, expect, it } from "vitest";
import { kernelDensity, perturb, priorDensity, type Priors } from "../../sim/core/abc-prior.ts";
import {
  createRng,
  normalCdf,
  proposeGeneration,
  runAbc,
  selectPopulation,
  summarisePopulation,
  targetDistance,
  weightedQuantile,
  type Particle,
} from "../../sim/core/index.ts";

describe("targetDistance", () => {
  it("is the norm of misses in sd units and of range gaps in range widths", () => {
    expect(targetDistance({ a: 12, b: 0.5 }, { a: { value: 10, sd: 1 }, b: { min: 0, max: 1 } })).toBeCloseTo(2, 12);
    expect(targetDistance({ a: 13, b: 3 }, { a: { value: 10, sd: 1 }, b: { min: 0, max: 1 } })).toBeCloseTo(Math.hypot(3, 2), 12);
    expect(targetDistance({ a: NaN }, { a: { value: 10, sd: 1 } })).toBe(Infinity);
    expect(targetDistance({}, { a: { value: 10, sd: 1 } })).toBe(Infinity);
  });
});

describe("normalCdf", () => {
  it("matches tabulated values to 1e-7", () => {
    expect(normalCdf(0)).toBeCloseTo(0.5, 7);
    expect(normalCdf(1.959963985)).toBeCloseTo(0.975, 7);
    expect(normalCdf(-1)).toBeCloseTo(0.158655254, 7);
    expect(normalCdf(3)).toBeCloseTo(0.998650102, 7);
  });
});

describe("the perturbation kernel", () => {
  const priors: Priors = {
    x: { kind: "uniform", min: 0, max: 1 },
    n: { kind: "int", min: 0, max: 4 },
    c: { kind: "values", values: ["a", "b", "c"] },
  };
  const from = { x: 0.1, n: 0, c: "a" };
  const scales = { x: 0.3, n: 1.5 };

  it("is a density on the prior's support: it integrates (sums) to 1 at the edge of the support", () => {
    let integral = 0;
    const steps = 20000;
    for (let i = 0; i < steps; i++) integral += kernelDensity(priors, from, { ...from, x: (i + 0.5) / steps }, scales) / steps;
    // The x factor integrates to 1; the n and c factors are those of keeping n = 0 and c = "a".
    const keepN = kernelDensity({ n: priors.n }, from, from, scales);
    const keepC = kernelDensity({ c: priors.c }, from, from, scales);
    expect(integral / (keepN * keepC)).toBeCloseTo(1, 4);
    let mass = 0;
    for (let n = 0; n <= 4; n++) mass += kernelDensity({ n: priors.n }, from, { n }, scales);
    expect(mass).toBeCloseTo(1, 10);
  });

  it("draws what its density says (chi-square over the whole numbers; the mean of the truncated step)", () => {
    const rng = createRng(5);
    const counts = [0, 0, 0, 0, 0];
    let sumX = 0;
    const N = 20000;
    for (let i = 0; i < N; i++) {
      const p = perturb(priors, from, scales, rng);
      counts[p.n as number]++;
      sumX += p.x as number;
      expect(priorDensity(priors, p)).toBeGreaterThan(0);
    }
    let chi = 0;
    for (let n = 0; n <= 4; n++) {
      const e = N * kernelDensity({ n: priors.n }, from, { n }, scales);
      chi += (counts[n] - e) ** 2 / e;
    }
    expect(chi).toBeLessThan(18.5); // chi-square, 4 degrees of freedom, alpha = 0.001
    let mean = 0;
    const steps = 20000;
    for (let i = 0; i < steps; i++) {
      const x = (i + 0.5) / steps;
      mean += (x * kernelDensity({ x: priors.x }, from, { x }, scales)) / steps;
    }
    // sd of the sample mean is below 0.3 / sqrt(N) = 0.002; 0.008 is four of them.
    expect(Math.abs(sumX / N - mean)).toBeLessThan(0.008);
  });
});

describe("weightedQuantile", () => {
  it("interpolates between the midpoints of the cumulative weights", () => {
    expect(weightedQuantile([3, 1, 2], [1, 1, 1], 0.5)).toBe(2);
    expect(weightedQuantile([1, 2], [1, 3], 0.5)).toBeCloseTo(1 + (0.5 - 1 / 8) / (5 / 8 - 1 / 8), 12);
    expect(weightedQuantile([1, 2, 3], [1, 1, 1], 0)).toBe(1);
    expect(weightedQuantile([1, 2, 3], [1, 1, 1], 1)).toBe(3);
  });
});

describe("ABC-SMC importance weights", () => {
  it("turn proposals crowded around old particles back into the prior when every proposal is accepted", () => {
    // Previous population: 90% of the weight at 1, 10% at 9. Its moved proposals crowd
    // near 1 (unweighted mean about 2.4); with prior / proposal-density weights the
    // population is the U(0, 10) prior again: mean 5, 5% and 95% quantiles 0.5 and 9.5.
    const priors: Priors = { t: { kind: "uniform", min: 0, max: 10 } };
    const previous: Particle[] = [
      { params: { t: 1 }, distance: 0, weight: 0.9 },
      { params: { t: 9 }, distance: 0, weight: 0.1 },
    ];
    const plan = { priors, particles: 8000, proposals: 8000, generations: 2, seed: 3 };
    const proposals = proposeGeneration(plan, 1, previous);
    const pop = selectPopulation(
      plan,
      proposals,
      proposals.map(() => 0),
      previous,
    );
    const unweighted = proposals.reduce((a, p) => a + (p.t as number), 0) / proposals.length;
    expect(unweighted).toBeLessThan(3.5);
    const s = summarisePopulation(["t"], pop, 0.9).t;
    if (s.kind !== "numeric") throw new Error("numeric expected");
    const mean = pop.reduce((a, p) => a + p.weight * (p.params.t as number), 0);
    // Effective sample size is in the thousands: the weighted mean's sd is below 0.1.
    expect(Math.abs(mean - 5)).toBeLessThan(0.4);
    expect(Math.abs(s.lower - 0.5)).toBeLessThan(0.4);
    expect(Math.abs(s.upper - 9.5)).toBeLessThan(0.4);
  });
});

describe("runAbc on a model with a known posterior", () => {
  // theta ~ U(-5, 5); one observation x ~ N(theta, 1); observed x = 1.2. The exact
  // posterior is N(1.2, 1) (truncation at +-5 is negligible): median 1.2, 90% interval
  // 1.2 -+ 1.645. ABC with a small tolerance widens it slightly.
  const priors: Priors = { theta: { kind: "uniform", min: -5, max: 5 } };
  const targets = { x: { value: 1.2, sd: 1 } };
  const simulate = (gen: number) => async (g: number, sets: Record<string, unknown>[]) => {
    const rng = createRng(1000 * gen + g);
    return sets.map((s) => targetDistance({ x: (s.theta as number) + rng.normal() }, targets));
  };

  it("rejection recovers the posterior median and 90% interval", async () => {
    const gens = await runAbc({ priors, particles: 400, proposals: 20000, generations: 1, seed: 7 }, simulate(1));
    const s = summarisePopulation(["theta"], gens[0].particles, 0.9).theta;
    if (s.kind !== "numeric") throw new Error("numeric expected");
    // With 400 particles the median's sd is about 0.06 and each 5%/95% quantile's about 0.11.
    expect(s.median).toBeGreaterThan(1.2 - 0.25);
    expect(s.median).toBeLessThan(1.2 + 0.25);
    expect(s.lower).toBeGreaterThan(1.2 - 1.645 - 0.45);
    expect(s.lower).toBeLessThan(1.2 - 1.645 + 0.35);
    expect(s.upper).toBeGreaterThan(1.2 + 1.645 - 0.35);
    expect(s.upper).toBeLessThan(1.2 + 1.645 + 0.45);
    expect(gens[0].ess).toBeCloseTo(400, 9);
  });

  it("SMC shrinks the tolerance each generation and recovers the same posterior from far fewer runs", async () => {
    const gens = await runAbc({ priors, particles: 400, proposals: 1600, generations: 4, seed: 7 }, simulate(2));
    for (let g = 1; g < gens.length; g++) expect(gens[g].tolerance).toBeLessThan(gens[g - 1].tolerance);
    const last = gens[gens.length - 1];
    expect(last.ess).toBeGreaterThan(150);
    const s = summarisePopulation(["theta"], last.particles, 0.9).theta;
    if (s.kind !== "numeric") throw new Error("numeric expected");
    expect(Math.abs(s.median - 1.2)).toBeLessThan(0.3);
    expect(Math.abs(s.lower - (1.2 - 1.645))).toBeLessThan(0.45);
    expect(Math.abs(s.upper - (1.2 + 1.645))).toBeLessThan(0.45);
  });

  it("is deterministic for a seed and an evaluator", async () => {
    const plan = { priors, particles: 20, proposals: 60, generations: 3, seed: 9 };
    const a = await runAbc(plan, simulate(3));
    const b = await runAbc(plan, simulate(3));
    expect(JSON.stringify(b)).toBe(JSON.stringify(a));
  });
});
