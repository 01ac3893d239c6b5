/** An owner's chance of sharing footage: each reason moves it, and with none it is the channel's base. */
import { describe, expect, it } from "vitest";
import { shareProbability, type OwnerSituation } from "../../../sim/domain/submodels/owner-sharing.ts";
import { residentsSection } from "../../../sim/scenario/sections/residents.ts";

const r = residentsSection.parse({});
const params = (base: number) => ({
  base,
  shareOddsRatioEngaged: r.shareOddsRatioEngaged,
  shareOddsRatioPerFearDoubling: r.shareOddsRatioPerFearDoubling,
  shareOddsRatioPromotion: r.shareOddsRatioPromotion,
  shareOddsRatioFullCoaching: r.shareOddsRatioFullCoaching,
});
const plain: OwnerSituation = { engaged: false, relativeFear: 1, promoted: false, coachingEffort: 0 };
const odds = (q: number) => q / (1 - q);

describe("owner sharing", () => {
  it("is the channel's base with no reason to share more", () => {
    expect(shareProbability(params(0.02), plain)).toBeCloseTo(0.02, 12);
    expect(shareProbability(params(0.3), plain)).toBeCloseTo(0.3, 12);
  });

  it("rises with engagement, fear, promotion and coaching, each by its odds ratio", () => {
    const base = shareProbability(params(0.02), plain);
    const ratio = (s: Partial<OwnerSituation>) => odds(shareProbability(params(0.02), { ...plain, ...s })) / odds(base);
    expect(ratio({ engaged: true })).toBeCloseTo(r.shareOddsRatioEngaged, 9);
    expect(ratio({ relativeFear: 2 })).toBeCloseTo(r.shareOddsRatioPerFearDoubling, 9);
    expect(ratio({ relativeFear: 0.5 })).toBeCloseTo(1 / r.shareOddsRatioPerFearDoubling, 9);
    expect(ratio({ promoted: true })).toBeCloseTo(r.shareOddsRatioPromotion, 9);
    expect(ratio({ coachingEffort: 1 })).toBeCloseTo(r.shareOddsRatioFullCoaching, 9);
    expect(ratio({ coachingEffort: 0.5 })).toBeCloseTo(Math.sqrt(r.shareOddsRatioFullCoaching), 9);
    for (const s of [{ engaged: true }, { relativeFear: 2 }, { promoted: true }, { coachingEffort: 1 }]) expect(ratio(s)).toBeGreaterThan(1);
  });

  it("stays a probability at the edges", () => {
    const all = { engaged: true, relativeFear: 50, promoted: true, coachingEffort: 1 };
    expect(shareProbability(params(0.9), all)).toBeLessThan(1);
    expect(shareProbability(params(0), all)).toBe(0);
    expect(shareProbability(params(1), plain)).toBe(1);
  });
});
