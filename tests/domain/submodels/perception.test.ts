import { describe, it, expect } from "vitest";
import { createRng } from "../../../sim/core/index.ts";
import { perceptionSection } from "../../../sim/scenario/sections/perception.ts";
import { createTrendWindow } from "../../../sim/domain/submodels/crime-trend.ts";
import { actualCrimeIndex, createPerception, createTheftWindow, type PerceptionParams } from "../../../sim/domain/submodels/perception.ts";
import { dayOfYear, seasonFactor } from "../../../sim/domain/submodels/seasonality.ts";

const defaults = (): PerceptionParams => perceptionSection.parse({});
/** Every household's local area holds 300 households: one theft counted is 30,000 / 300 = 100 per 1,000 per 30 days. */
const areas = (n: number) => new Float64Array(n).fill(300);
const rng = () => createRng(7);

describe("perception: the perceived level", () => {
  it("starts every household at the start level", () => {
    const p = createPerception(defaults(), areas(5), rng());
    expect(p.mean()).toBe(defaults().priorLevel);
    expect(p.relativeLevel(4)).toBe(1);
  });

  it("is an estimate of the rate of what a household sees: the mean daily signal at steady state", () => {
    // One post a day in an area of 300 households reads as 3.3 thefts per 1,000 households a day,
    // 100 per 30 days. Exactly: L = k L + (1 - k) S has the fixed point L = S.
    const params = { ...defaults(), crimePostWeight: 1 };
    const p = createPerception(params, areas(1), rng());
    for (let d = 0; d < 2000; d++) {
      p.exposeNear([0], "post-crime");
      p.endDay();
    }
    expect(p.level(0)).toBeCloseTo(100, 6);
  });

  it("has no anchor: quiet days lower the level toward 0, not toward the start level", () => {
    const p = createPerception({ ...defaults(), halfLifeDays: 10 }, areas(1), rng());
    for (let d = 0; d < 10; d++) p.endDay();
    expect(p.level(0)).toBeCloseTo(defaults().priorLevel / 2, 9);
    for (let d = 0; d < 300; d++) p.endDay();
    expect(p.level(0)).toBeLessThan(1e-6);
  });

  it("weighs each kind of exposure by its weight; reassuring news lowers the level", () => {
    const params = defaults();
    const p = createPerception(params, areas(3), rng());
    p.expose(0, "own-loss");
    p.expose(1, "word-of-mouth");
    p.expose(2, "arrest-news");
    p.endDay();
    const k = 0.5 ** (1 / params.halfLifeDays);
    const start = k * params.priorLevel;
    expect(p.level(0)).toBeCloseTo(start + (1 - k) * 100 * params.ownLossWeight, 9);
    expect(p.level(1)).toBeCloseTo(start + (1 - k) * 100 * params.wordOfMouthWeight, 9);
    expect(p.level(2)).toBeLessThan(start);
    expect(p.level(2)).toBeGreaterThanOrEqual(0);
  });

  it("reads the same exposures as more crime in a smaller local area", () => {
    const p = createPerception(defaults(), Float64Array.from([100, 400]), rng());
    p.exposeNear([0, 1], "alert-ad");
    p.endDay();
    expect(p.level(0) - p.level(1)).toBeGreaterThan(0);
  });

  it("settles within the warm-up with the shorter spin-up half-life, and the means split by a flag", () => {
    const p = createPerception(defaults(), areas(2), rng());
    for (let d = 0; d < 40; d++) {
      p.exposeNear([0], "post-crime");
      p.endDay(4); // 10 half-lives
    }
    expect(p.level(0)).toBeCloseTo(100, 0);
    expect(p.level(1)).toBeLessThan(0.01 * defaults().priorLevel);
    expect(p.meanWhere([1, 0], 1)).toBe(p.level(0));
    expect(p.meanWhere([1, 0], 0)).toBe(p.level(1));
    expect(p.meanWhere([1, 1], 0)).toBe(0);
  });

  it("caps the level and rejects unknown households", () => {
    const p = createPerception({ ...defaults(), maxLevel: 50 }, areas(2), rng());
    p.expose(0, "own-loss", 100);
    p.endDay();
    expect(p.level(0)).toBe(50);
    expect(() => p.expose(2, "own-loss")).toThrow(/household 2/);
  });
});

describe("perception: the belief about the trend", () => {
  it("starts from the survey shares (Gallup) and holds them through the warm-up", () => {
    const n = 4000;
    const p = createPerception(defaults(), areas(n), rng());
    // 44% rising at the start: binomial sd over 4,000 households is 0.8 points; 3 points cannot fail by luck.
    expect(p.shareRising()).toBeGreaterThan(0.41);
    expect(p.shareRising()).toBeLessThan(0.47);
    const before = p.shareRising();
    for (let d = 0; d < 30; d++) p.endDay(3);
    expect(p.shareRising()).toBe(before);
  });

  it("turns to 'rising' when exposures grow and to 'falling' when they shrink", () => {
    const params = { ...defaults(), priorShareRising: 0, priorShareFalling: 0 };
    const up = createPerception(params, areas(1), rng());
    const down = createPerception(params, areas(1), rng());
    for (let d = 0; d < 60; d++) {
      // Settle both on one post a day.
      up.exposeNear([0], "post-crime");
      down.exposeNear([0], "post-crime");
      up.endDay(5);
      down.endDay(5);
    }
    expect(up.trend(0)).toBe("stable");
    for (let d = 0; d < 120; d++) {
      up.exposeNear([0], "post-crime", 1 + d / 30); // more posts every month
      down.exposeNear([0], "post-crime", Math.max(0, 1 - d / 60)); // fewer posts, then quiet weeks
      up.endDay();
      down.endDay();
    }
    expect(up.trend(0)).toBe("rising");
    expect(up.shareRising()).toBe(1);
    expect(down.trend(0)).toBe("falling");
    expect(down.shareRising()).toBe(0);
  });

  it("stays 'stable' on a steady flow of exposures", () => {
    const params = { ...defaults(), priorShareRising: 1, priorShareFalling: 0 };
    const p = createPerception(params, areas(1), rng());
    for (let d = 0; d < 400; d++) {
      p.exposeNear([0], "post-crime");
      p.endDay(d < 45 ? 6 : undefined);
    }
    expect(p.trend(0)).toBe("stable");
  });
});

describe("actual crime index", () => {
  it("is thefts per 1,000 households per 30 days", () => {
    expect(actualCrimeIndex(6, 2000, 30)).toBe(3);
    expect(actualCrimeIndex(6, 2000, 15)).toBe(6);
    expect(actualCrimeIndex(6, 0, 30)).toBe(0);
  });

  it("rolls over the last days", () => {
    const w = createTheftWindow(3);
    w.addDay(2);
    w.addDay(4);
    expect(w.days).toBe(2);
    expect(w.index(1000)).toBe((6 * 30) / 2);
    w.addDay(0);
    w.addDay(3);
    expect(w.total).toBe(7);
    expect(w.days).toBe(3);
    expect(w.index(1000)).toBe(70);
  });
});

describe("actual crime trend", () => {
  it("is the least-squares slope over the mean, per year, over the trailing window", () => {
    const w = createTrendWindow(90);
    for (let d = 0; d < 13; d++) w.addDay(5);
    expect(w.ratePerYear()).toBe(0); // fewer than 14 days
    for (let d = 0; d < 200; d++) w.addDay(5);
    expect(w.ratePerYear()).toBeCloseTo(0, 12);
    // The last 90 days fall by 0.1 a day from 10: slope -0.1, mean 5.55.
    for (let d = 0; d < 90; d++) w.addDay(10 - d / 10);
    expect(w.ratePerYear()).toBeCloseTo((-0.1 / 5.55) * 365, 9);
  });

  it("is about ln(1 + r) for counts changing by r a year", () => {
    const w = createTrendWindow(90);
    for (let d = 0; d < 90; d++) w.addDay(100 * 0.6 ** (d / 365));
    expect(w.ratePerYear()).toBeCloseTo(Math.log(0.6), 2);
  });
});

describe("seasonality of deliveries", () => {
  const shape = { seasonality: 0.5, seasonPeakDayOfYear: 350, seasonPeakWidthDays: 15 };
  it("peaks on the peak day and keeps the yearly mean at 1", () => {
    let sum = 0;
    for (let d = 1; d <= 365; d++) sum += seasonFactor(d, shape);
    expect(sum / 365).toBeCloseTo(1, 12);
    expect(seasonFactor(350, shape)).toBeGreaterThan(1.4);
    expect(seasonFactor(170, shape)).toBeLessThan(1);
    expect(seasonFactor(5, shape)).toBeGreaterThan(seasonFactor(30, shape)); // wraps over the new year
    expect(seasonFactor(170, { ...shape, seasonality: 0 })).toBe(1);
  });

  it("places run days in the calendar from the first reported day", () => {
    expect(dayOfYear(14, 14, 1)).toBe(1);
    expect(dayOfYear(0, 14, 1)).toBe(352);
    expect(dayOfYear(14 + 365, 14, 100)).toBe(100);
  });
});
