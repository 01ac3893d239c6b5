/**
 * Police promotion of the cameras and the app (`policy.policePromotion`, or a giveaway,
 * which the department runs with its sign-up code): sign-ups through the department's
 * code, more camera purchases, and free cameras from the giveaway — each zero without the
 * switch — and the sign-up rate against its calibration (Chandler, ~10% of households a
 * year).
 */
import { describe, expect, it } from "vitest";
import { DAY } from "../../../sim/domain/model/context.ts";
import type { PolicySwitches } from "../../../sim/scenario/policy-bundles.ts";
import { runHarness, total } from "./harness.ts";

const run = (switches: Partial<PolicySwitches>, residents: Record<string, unknown> = {}, days = 120, side = 20) =>
  runHarness({ days, seed: 6, policy: "portal-partnership", switches, params: { residents }, world: { side } });
/** Cameras bought after the first day (the first day's events include the cameras present at the start). */
const purchases = (r: ReturnType<typeof run>) => r.events.filter((e) => e.type === "camera-adopted" && !e.free && e.time >= DAY).length;

describe("police promotion of the cameras and the app", () => {
  it("brings sign-ups through the department's code only while the department promotes", () => {
    const promoted = run({ policePromotion: true });
    const signups = total(promoted.rows, "app_signups_promoted");
    expect(signups).toBeGreaterThan(0);
    expect(promoted.events.filter((e) => e.type === "app-joined" && e.viaDepartment).length).toBe(signups);
    const plain = run({ policePromotion: false });
    expect(total(plain.rows, "app_signups_promoted")).toBe(0);
    expect(total(plain.rows, "giveaway_cameras")).toBe(0);
    // Without a giveaway, promotion brings no free cameras.
    expect(total(promoted.rows, "giveaway_cameras")).toBe(0);
  });

  it("raises camera purchases by residents.promotionAdoptionBoost", () => {
    // A high purchase rate in a 900-household town so that the difference is many cameras:
    // with a boost of 1 the promoted town buys about 1.9 times as many in 120 days (fewer
    // than twice: the households without a camera run out), ~60 against ~110.
    const residents = { adoptionPerYear: 0.25, promotionAdoptionBoost: 1, fearAdoptionGain: 0 };
    const promoted = purchases(run({ policePromotion: true }, residents, 120, 30));
    const plain = purchases(run({ policePromotion: false }, residents, 120, 30));
    expect(plain).toBeGreaterThan(35);
    expect(promoted).toBeGreaterThan(1.4 * plain);
    expect(promoted).toBeLessThan(2.4 * plain);
  });

  it("signs up about a tenth of the town's households a year at the default rate (Chandler, over about two years)", () => {
    const r = run({ policePromotion: true }, {}, 365);
    const households = r.rows.at(-1)!.households;
    const share = total(r.rows, "app_signups_promoted") / households;
    // 0.15 a year of the households not on the app (~2/3): ~9.5%; with 400 households the
    // count is ~38 with a standard deviation of ~6, so 6-13% cannot fail by luck.
    expect(share).toBeGreaterThan(0.06);
    expect(share).toBeLessThan(0.13);
  });

  it("the giveaway turns sign-ups into free cameras, one per giveawaySignupsPerCamera after the seed", () => {
    const r = run({ cameraGiveaway: true }, { departmentSignupsPerYear: 0.6, giveawaySeedCamerasPer1000Households: 10 });
    const signups = total(r.rows, "app_signups_promoted");
    expect(signups).toBeGreaterThan(20);
    // 10 per 1,000 households: 4 in the 400-household town; then one per 20 sign-ups.
    expect(total(r.rows, "giveaway_cameras")).toBe(4 + Math.floor(signups / 20));
  });
});
