import { describe, expect, it } from "vitest";
import { createRng, hashSeed, logGamma, type Rng } from "../../sim/core/index.ts";
import { chiCritical, chiSquare, histogram, ksCritical, ksStatistic, moments, normalCdf } from "./stats.ts";

const N = 20000;

function draws(n: number, f: () => number): number[] {
  const out = new Array<number>(n);
  for (let i = 0; i < n; i++) out[i] = f();
  return out;
}

function poissonPmf(k: number, lambda: number): number {
  return Math.exp(k * Math.log(lambda) - lambda - logGamma(k + 1));
}

/** Chi-square of integer draws against a pmf over 0..maxK (the tail beyond joins the last bin). */
function discreteFit(xs: number[], pmf: (k: number) => number, maxK: number): { stat: number; crit: number } {
  const obs = histogram(xs, maxK + 1);
  const exp: number[] = [];
  let cum = 0;
  for (let k = 0; k < maxK; k++) {
    const p = pmf(k);
    exp.push(p * xs.length);
    cum += p;
  }
  exp.push((1 - cum) * xs.length);
  const { stat, df } = chiSquare(obs, exp);
  return { stat, crit: chiCritical(df) };
}

describe("createRng: seeding and streams", () => {
  it("same seed gives the same sequence; different seeds differ", () => {
    const r1 = createRng(123);
    const r2 = createRng(123);
    const r3 = createRng(124);
    const s1 = draws(100, () => r1.next());
    const s2 = draws(100, () => r2.next());
    const s3 = draws(100, () => r3.next());
    expect(s1).toEqual(s2);
    expect(s1).not.toEqual(s3);
    expect(s1.every((x) => x >= 0 && x < 1)).toBe(true);
  });

  it("string seeds are hashed and reproducible", () => {
    expect(createRng("alpha").seed).toBe(hashSeed("alpha"));
    expect(createRng("alpha").next()).toBe(createRng("alpha").next());
    expect(createRng(7).seed).toBe(7);
    expect(createRng(-1).seed).toBe(hashSeed(-1));
  });

  it("streams do not depend on the order they are created in, nor on parent draws", () => {
    const a = createRng(99);
    const ta = a.stream("thieves");
    const da = a.stream("deliveries");
    const b = createRng(99);
    b.next();
    b.next(); // drawing from the parent must not shift children
    const db = b.stream("deliveries");
    b.stream("unrelated");
    const tb = b.stream("thieves");
    expect(draws(50, () => ta.next())).toEqual(draws(50, () => tb.next()));
    expect(draws(50, () => da.next())).toEqual(draws(50, () => db.next()));
  });

  it("stream(name) is cached, nested streams are seeded by hashing, and siblings differ", () => {
    const r = createRng(5);
    expect(r.stream("x")).toBe(r.stream("x"));
    expect(r.stream("x").seed).toBe(hashSeed(5, "x"));
    expect(r.stream("x").stream("y").seed).toBe(hashSeed(hashSeed(5, "x"), "y"));
    const x = draws(20, () => r.stream("x").next());
    const y = draws(20, () => r.stream("y").next());
    expect(x).not.toEqual(y);
  });

  it("rejects invalid arguments with a message", () => {
    const r = createRng(1);
    expect(() => r.int(3, 3)).toThrow(/hi > lo/);
    expect(() => r.exponential(0)).toThrow(/rate > 0/);
    expect(() => r.poisson(-1)).toThrow(/lambda >= 0/);
    expect(() => r.weightedIndex([0, 0])).toThrow(/sum to 0/);
    expect(() => r.weightedIndex([1, -1])).toThrow(/>= 0/);
    expect(() => r.choice([])).toThrow(/empty/);
    expect(() => r.sample([1, 2], 3)).toThrow(/k must be/);
  });
});

describe("Rng distributions: moments and goodness of fit (alpha = 0.001, fixed seeds)", () => {
  it("next / uniform: KS against U(a, b) and mean/variance", () => {
    const r = createRng(11);
    const xs = draws(N, () => r.uniform(-2, 3));
    expect(ksStatistic(xs, (x) => Math.min(1, Math.max(0, (x + 2) / 5)))).toBeLessThan(ksCritical(N));
    const { mean, variance } = moments(xs);
    expect(Math.abs(mean - 0.5)).toBeLessThan(5 * Math.sqrt(25 / 12 / N));
    expect(variance).toBeCloseTo(25 / 12, 1);
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(-2);
    expect(Math.max(...xs)).toBeLessThan(3);
  });

  it("int: chi-square uniform over [lo, hi), hi never drawn", () => {
    const r = createRng(12);
    const xs = draws(N, () => r.int(-3, 7));
    expect(Math.min(...xs)).toBe(-3);
    expect(Math.max(...xs)).toBe(6);
    const obs = histogram(
      xs.map((x) => x + 3),
      10,
    );
    const { stat, df } = chiSquare(obs, new Array(10).fill(N / 10));
    expect(stat).toBeLessThan(chiCritical(df));
    // large ranges use 53-bit draws and stay in range
    const big = draws(1000, () => r.int(0, 2 ** 40));
    expect(big.every((x) => Number.isInteger(x) && x >= 0 && x < 2 ** 40)).toBe(true);
    expect(moments(big).mean / 2 ** 40).toBeCloseTo(0.5, 1);
  });

  it("normal: KS against N(mean, sd) and moments; a wrong sd fails the same test", () => {
    const r = createRng(13);
    const xs = draws(N, () => r.normal(10, 2));
    const cdf = (x: number) => normalCdf((x - 10) / 2);
    expect(ksStatistic(xs, cdf)).toBeLessThan(ksCritical(N));
    const { mean, variance } = moments(xs);
    expect(Math.abs(mean - 10)).toBeLessThan(5 * (2 / Math.sqrt(N)));
    expect(Math.abs(variance - 4)).toBeLessThan(0.25);
    // power check: a sampler with sd 2.1 instead of 2 is rejected
    const wrong = draws(N, () => r.normal(10, 2.1));
    expect(ksStatistic(wrong, cdf)).toBeGreaterThan(ksCritical(N));
    expect(createRng(1).normal()).toBe(createRng(1).normal());
  });

  it("lognormal: log of draws is N(mu, sigma); mean matches exp(mu + sigma^2/2)", () => {
    const r = createRng(14);
    const xs = draws(N, () => r.lognormal(1, 0.5));
    expect(xs.every((x) => x > 0)).toBe(true);
    expect(ksStatistic(xs, (x) => normalCdf((Math.log(x) - 1) / 0.5))).toBeLessThan(ksCritical(N));
    const expectedMean = Math.exp(1 + 0.125);
    const sd = Math.sqrt((Math.exp(0.25) - 1) * Math.exp(2 + 0.25));
    expect(Math.abs(moments(xs).mean - expectedMean)).toBeLessThan(5 * (sd / Math.sqrt(N)));
  });

  it("exponential: KS against 1 - exp(-rate x), mean 1/rate; a wrong rate fails", () => {
    const r = createRng(15);
    const rate = 0.25;
    const xs = draws(N, () => r.exponential(rate));
    const cdf = (x: number) => 1 - Math.exp(-rate * x);
    expect(ksStatistic(xs, cdf)).toBeLessThan(ksCritical(N));
    expect(Math.abs(moments(xs).mean - 4)).toBeLessThan(5 * (4 / Math.sqrt(N)));
    const wrong = draws(N, () => r.exponential(rate * 1.05));
    expect(ksStatistic(wrong, cdf)).toBeGreaterThan(ksCritical(N));
  });

  for (const lambda of [0.3, 3.5, 9.99, 10, 27.5, 400, 12345]) {
    it(`poisson(${lambda}): chi-square against the pmf, mean and variance = lambda`, () => {
      const r = createRng(hashSeed("poisson", lambda));
      const xs = draws(N, () => r.poisson(lambda));
      expect(xs.every((x) => Number.isInteger(x) && x >= 0)).toBe(true);
      const lo = Math.max(0, Math.floor(lambda - 6 * Math.sqrt(lambda)));
      const hi = Math.ceil(lambda + 6 * Math.sqrt(lambda) + 5);
      // chi-square over [lo, hi] with the two tails folded into the end bins
      const obs: number[] = [];
      const exp: number[] = [];
      let cumBelow = 0;
      for (let k = 0; k < lo; k++) cumBelow += poissonPmf(k, lambda);
      let cum = cumBelow;
      for (let k = lo; k <= hi; k++) {
        obs.push(xs.filter((x) => x === k || (k === lo && x < lo) || (k === hi && x > hi)).length);
        const p = poissonPmf(k, lambda) + (k === lo ? cumBelow : 0);
        cum += poissonPmf(k, lambda);
        exp.push((k === hi ? p + Math.max(0, 1 - cum) : p) * N);
      }
      const { stat, df } = chiSquare(obs, exp);
      expect(stat).toBeLessThan(chiCritical(df));
      const { mean, variance } = moments(xs);
      expect(Math.abs(mean - lambda)).toBeLessThan(5 * Math.sqrt(lambda / N));
      expect(Math.abs(variance / lambda - 1)).toBeLessThan(0.06);
    });
  }

  it("poisson: a sampler off by a shifted mean fails the same chi-square test", () => {
    const r = createRng(16);
    const lambda = 50;
    const xs = draws(N, () => r.poisson(lambda * 1.03));
    const { stat, crit } = discreteFit(xs, (k) => poissonPmf(k, lambda), 120);
    expect(stat).toBeGreaterThan(crit);
    const ok = draws(N, () => r.poisson(lambda));
    const good = discreteFit(ok, (k) => poissonPmf(k, lambda), 120);
    expect(good.stat).toBeLessThan(good.crit);
  });

  it("bernoulli: frequency within 5 standard errors and chi-square on two bins", () => {
    const r = createRng(17);
    const p = 0.3;
    const xs = draws(N, () => (r.bernoulli(p) ? 1 : 0));
    const hits = xs.reduce((a, b) => a + b, 0);
    expect(Math.abs(hits / N - p)).toBeLessThan(5 * Math.sqrt((p * (1 - p)) / N));
    const { stat } = chiSquare([N - hits, hits], [N * (1 - p), N * p]);
    expect(stat).toBeLessThan(chiCritical(1));
    expect(createRng(1).bernoulli(0)).toBe(false);
    expect(createRng(1).bernoulli(1)).toBe(true);
  });

  it("weightedIndex: chi-square against normalised weights; zero weights never drawn", () => {
    const r = createRng(18);
    const w = [0.5, 0, 2, 1.5, 0, 6];
    const total = 10;
    const xs = draws(N, () => r.weightedIndex(w));
    const obs = histogram(xs, w.length);
    expect(obs[1]).toBe(0);
    expect(obs[4]).toBe(0);
    const nz = [0, 2, 3, 5];
    const { stat, df } = chiSquare(
      nz.map((i) => obs[i]),
      nz.map((i) => (w[i] / total) * N),
    );
    expect(stat).toBeLessThan(chiCritical(df));
    expect(r.weightedIndex(new Float64Array([0, 0, 3]))).toBe(2);
  });

  it("choice: chi-square uniform over items", () => {
    const r = createRng(19);
    const items = ["a", "b", "c", "d", "e"];
    const xs = draws(N, () => items.indexOf(r.choice(items)));
    const { stat, df } = chiSquare(histogram(xs, 5), new Array(5).fill(N / 5));
    expect(stat).toBeLessThan(chiCritical(df));
  });

  it("shuffle: in place, a permutation, all 24 orders of 4 items equally likely", () => {
    const r = createRng(20);
    const arr = [1, 2, 3, 4, 5, 6];
    const same = r.shuffle(arr);
    expect(same).toBe(arr);
    expect([...arr].sort()).toEqual([1, 2, 3, 4, 5, 6]);
    const counts = new Map<string, number>();
    for (let i = 0; i < 24000; i++) {
      const key = r.shuffle(["a", "b", "c", "d"]).join("");
      counts.set(key, (counts.get(key) ?? 0) + 1);
    }
    expect(counts.size).toBe(24);
    const { stat, df } = chiSquare([...counts.values()], new Array(24).fill(1000));
    expect(stat).toBeLessThan(chiCritical(df));
  });

  it("sample: k distinct items, input untouched, every item equally likely to be included", () => {
    const r = createRng(21);
    const items = Array.from({ length: 10 }, (_, i) => i);
    const inclusion = new Array(10).fill(0);
    for (let t = 0; t < 10000; t++) {
      const s = r.sample(items, 3);
      expect(new Set(s).size).toBe(3);
      for (const x of s) inclusion[x]++;
    }
    expect(items).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    const { stat, df } = chiSquare(inclusion, new Array(10).fill(3000));
    expect(stat).toBeLessThan(chiCritical(df));
    expect(r.sample(items, 0)).toEqual([]);
    expect([...r.sample(items, 10)].sort((a, b) => a - b)).toEqual(items);
  });

  it("consecutive draws are not correlated (lag-1 serial correlation near 0)", () => {
    const r: Rng = createRng(22);
    const xs = draws(N, () => r.next());
    let s = 0;
    for (let i = 1; i < N; i++) s += (xs[i] - 0.5) * (xs[i - 1] - 0.5);
    const corr = s / (N - 1) / (1 / 12);
    expect(Math.abs(corr)).toBeLessThan(5 / Math.sqrt(N));
  });
});
