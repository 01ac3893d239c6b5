/**
 * Footage requests routed through a police-technology vendor: posted publicly in the feed
 * (neighbours see them), answered by the owners in the area, stored by the vendor for its
 * own retention, and received by the agency without the owners' identities. Every metric
 * of the route is zero when the switch is off.
 */
import { describe, expect, it } from "vitest";
import { DAY } from "../../../sim/domain/model/context.ts";
import type { SurveillanceModel } from "../../../sim/domain/model/model.ts";
import type { ClipView } from "../../../sim/domain/model/ports.ts";
import { vendorRequestsPart } from "../../../sim/domain/model/vendor-requests.ts";
import type { PolicyName } from "../../../sim/scenario/policy-bundles.ts";
import { runHarness, total } from "./harness.ts";

const VENDOR_METRICS = ["footage_requests_vendor", "vendor_request_reach", "clips_held_by_vendor"];

/** Busy offenders, victims who always report, owners who always share, no call-log posts. */
const busy = (platform: Record<string, unknown> = {}, perception: Record<string, unknown> = {}) => ({
  thieves: { perThousandHouseholds: 40, activeDaysPerWeek: 4, prowlsPerActiveDay: 4 },
  residents: { reportProbability: 1, requestShareProbability: 0.5 },
  platform: { policeCallPostShare: 0, ...platform },
  perception,
});
const run = (policy: PolicyName, platform: Record<string, unknown> = {}, perception: Record<string, unknown> = {}) =>
  runHarness({ days: 40, seed: 3, policy, params: busy(platform, perception), world: { passersPerDay: 60 } });

describe("vendor requests", () => {
  it("are zero, with nothing held by a vendor, when the switch is off", () => {
    for (const policy of ["none", "portal-partnership"] as const) {
      const r = run(policy);
      for (const m of VENDOR_METRICS) expect(total(r.rows, m), `${policy} ${m}`).toBe(0);
      expect(r.events.some((e) => e.type === "footage-requested" && e.channel === "vendor")).toBe(false);
    }
  });

  it("are posted in the feed, answered by owners, and what they share is held by the vendor and obtained by police", () => {
    const r = run("vendor-requests");
    const requests = total(r.rows, "footage_requests_vendor");
    expect(requests).toBeGreaterThan(0);
    expect(total(r.rows, "footage_requests_portal")).toBe(0);
    // Each post is seen by the app users around the theft: more households than requests.
    expect(total(r.rows, "vendor_request_reach")).toBeGreaterThan(requests);
    const obtained = r.events.filter((e) => e.type === "clip-obtained" && e.channel === "vendor");
    expect(obtained.length).toBeGreaterThan(0);
    // Nothing expires within the 40 days of a one-year retention: the vendor holds every clip owners shared.
    const shared = new Set(obtained.map((e) => (e.type === "clip-obtained" ? e.clip : -1)));
    expect(r.rows.at(-1)!.clips_held_by_vendor).toBeGreaterThanOrEqual(shared.size);
  });

  it("the vendor keeps shared clips only for its own retention", () => {
    const none = run("vendor-requests", { vendorRetentionDays: 0 });
    expect(total(none.rows, "footage_requests_vendor")).toBeGreaterThan(0);
    expect(none.events.some((e) => e.type === "clip-obtained" && e.channel === "vendor")).toBe(true);
    expect(total(none.rows, "clips_held_by_vendor")).toBe(0);
    // Same seed, same requests and answers: only how long the vendor keeps them differs.
    const short = run("vendor-requests", { vendorRetentionDays: 14 });
    const year = run("vendor-requests", { vendorRetentionDays: 365 });
    expect(short.rows.at(-1)!.clips_held_by_vendor).toBeGreaterThan(0);
    expect(short.rows.at(-1)!.clips_held_by_vendor).toBeLessThan(year.rows.at(-1)!.clips_held_by_vendor);
  });

  it("request posts are a police post for the neighbours who see them", () => {
    // Only police posts move beliefs, and call-log posts are off: vendor request posts are the only police posts.
    const only = (policePostWeight: number) => ({
      ownLossWeight: 0,
      wordOfMouthWeight: 0,
      strangerNotificationWeight: 0,
      crimePostWeight: 0,
      suspiciousPostWeight: 0,
      alertAdWeight: 0,
      arrestNewsWeight: 0,
      policePostWeight,
    });
    const quiet = run("vendor-requests", {}, only(0));
    const heard = run("vendor-requests", {}, only(2));
    expect(total(heard.rows, "posts_police")).toBe(0);
    const last = (r: typeof quiet) => r.rows.at(-1)!.perceived_crime_app_users;
    expect(last(heard)).toBeGreaterThan(last(quiet) + 1);
  });

  it("the agency receives shared clips without the owners' identities", () => {
    const received: ClipView[] = [];
    let model: SurveillanceModel | undefined;
    const r = runHarness({
      days: 10,
      seed: 4,
      policy: "vendor-requests",
      params: { residents: { requestShareProbability: 1, requestDeclineProbability: 0 } },
      world: { passersPerDay: 200, cameraShare: 0.8 },
      beforeDay: (day) => {
        if (day !== 5) return;
        const vendor = model!.use(vendorRequestsPart);
        for (let house = 0; house < 144; house += 12) {
          vendor.request({ caseId: -1, house, t0: 0, t1: 5 * DAY }, (clips) => received.push(...clips));
        }
      },
      setup: (m) => {
        model = m;
      },
    });
    expect(total(r.rows, "footage_requests_vendor")).toBeGreaterThan(0);
    expect(received.length).toBeGreaterThan(0);
    for (const c of received) expect(c.house).toBe(-1);
  });
});
