import { describe, it, expect } from "vitest";
import { perceptionSection } from "../../../sim/scenario/sections/perception.ts";
import { actualCrimeIndex, createPerception, createTheftWindow, type PerceptionParams } from "../../../sim/domain/submodels/perception.ts";

const defaults = (): PerceptionParams => perceptionSection.parse({});

describe("perception", () => {
  it("starts every household at the prior", () => {
    const p = createPerception(defaults(), 5);
    expect(p.mean()).toBe(defaults().priorLevel);
    expect(p.relativeLevel(4)).toBe(1);
  });

  it("rises with exposure, by the kind's weight", () => {
    const params = defaults();
    const p = createPerception(params, 4);
    p.expose(0, "own-loss");
    p.expose(1, "post-crime", 3);
    p.exposeNear([2, 3], "alert-ad");
    expect(p.level(0)).toBe(params.priorLevel + params.ownLossWeight);
    expect(p.level(1)).toBe(params.priorLevel + 3 * params.crimePostWeight);
    expect(p.level(3)).toBe(params.priorLevel + params.alertAdWeight);
    expect(p.meanOver([2, 3])).toBe(params.priorLevel + params.alertAdWeight);
    expect(p.mean()).toBeGreaterThan(params.priorLevel);
  });

  it("accepts the short aliases with the weight of their canonical kind", () => {
    const params = defaults();
    const p = createPerception(params, 4);
    p.expose(0, "notification");
    p.expose(1, "post");
    p.expose(2, "ad");
    p.expose(3, "alert");
    expect(p.level(0)).toBe(params.priorLevel + params.strangerNotificationWeight);
    expect(p.level(1)).toBe(params.priorLevel + params.crimePostWeight);
    expect(p.level(2)).toBe(params.priorLevel + params.alertAdWeight);
    expect(p.level(3)).toBe(params.priorLevel + params.policePostWeight);
    expect(() => p.expose(0, "rumour" as never)).toThrow(/unknown exposure kind/);
  });

  it("halves the gap to the prior every half-life and relaxes to the prior", () => {
    const params = { ...defaults(), halfLifeDays: 10, ownLossWeight: 80 };
    const p = createPerception(params, 1);
    p.expose(0, "own-loss");
    for (let d = 0; d < 10; d++) p.endDay();
    expect(p.level(0) - params.priorLevel).toBeCloseTo(40, 9);
    for (let d = 0; d < 300; d++) p.endDay();
    expect(p.level(0)).toBeCloseTo(params.priorLevel, 6);
  });

  it("settles where daily exposure balances the fading", () => {
    const params = { ...defaults(), halfLifeDays: 20 };
    const p = createPerception(params, 1);
    for (let d = 0; d < 2000; d++) {
      p.expose(0, "post-crime");
      p.endDay();
    }
    const keep = 0.5 ** (1 / 20);
    // Gap after endDay at steady state g = (g + w) * keep.
    const gap = (params.crimePostWeight * keep) / (1 - keep);
    expect(p.level(0) - params.priorLevel).toBeCloseTo(gap, 6);
  });

  it("caps the level and rejects unknown households", () => {
    const params = { ...defaults(), maxLevel: 50 };
    const p = createPerception(params, 2);
    p.expose(0, "own-loss", 100);
    expect(p.level(0)).toBe(50);
    expect(() => p.expose(2, "own-loss")).toThrow(/household 2/);
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
