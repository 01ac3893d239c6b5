import { describe, it, expect } from "vitest";
import { createRng } from "../../../sim/core/index.ts";
import { adReach, expectedAdReach, postViewers, type HousesNear } from "../../../sim/domain/submodels/alert-reach.ts";

/** Houses on a line, 10 m apart: house i at x = 10 i. */
const HOUSES = 2000;
const housesNear: HousesNear = (x, _y, r) => {
  const out: number[] = [];
  for (let i = 0; i < HOUSES; i++) if (Math.abs(i * 10 - x) <= r) out.push(i);
  return out;
};

describe("post viewers", () => {
  it("are the app users within the radius, author excluded", () => {
    const viewers = postViewers(100, 0, { radiusM: 30, isAppUser: (h) => h % 2 === 0, exclude: 10 }, housesNear);
    expect(viewers).toEqual([8, 12]);
    expect(postViewers(100, 0, { radiusM: 10 }, housesNear)).toEqual([9, 10, 11]);
  });
});

describe("ad reach", () => {
  const options = { radiusM: 10_000, reachShare: 0.4, sharesPerView: 108 / 13274 };

  it("shows the ad to the configured share and counts shares per view", () => {
    const rng = createRng(9);
    let views = 0;
    let shares = 0;
    const runs = 20;
    for (let i = 0; i < runs; i++) {
      const ad = adReach(10_000, 0, options, housesNear, rng);
      views += ad.households.length;
      shares += ad.shares;
      for (let k = 1; k < ad.households.length; k++) expect(ad.households[k]).toBeGreaterThan(ad.households[k - 1]);
    }
    const inRadius = housesNear(10_000, 0, options.radiusM).length * runs;
    const exp = expectedAdReach(inRadius, options);
    expect(Math.abs(views - exp.views)).toBeLessThan(5 * Math.sqrt(inRadius * 0.4 * 0.6));
    expect(Math.abs(shares - exp.shares)).toBeLessThan(5 * Math.sqrt(exp.shares));
    expect(shares).toBeGreaterThan(0);
  });

  it("reproduces the documented ad: 13,274 views give ~108 shares", () => {
    const exp = expectedAdReach(13274 / 0.4, options);
    expect(exp.views).toBeCloseTo(13274);
    expect(exp.shares).toBeCloseTo(108);
  });

  it("reaches nobody with a zero share", () => {
    const ad = adReach(0, 0, { ...options, reachShare: 0 }, housesNear, createRng(1));
    expect(ad).toEqual({ households: [], shares: 0 });
  });
});
