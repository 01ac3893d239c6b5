/**
 * Police incidents in the app feed come from two places, each only where the policy has
 * it: the company reposting reported thefts from the department's call log
 * (`policy.callLogAlerts`, `posts_police_calllog`) and the department posting through its
 * portal (`policy.portal`, `posts_police_portal`, including a publicised sting's
 * announcement). `posts_police` is their sum.
 */
import { describe, expect, it } from "vitest";
import type { PolicySwitches } from "../../../sim/scenario/policy-bundles.ts";
import { POLICY_BUNDLES } from "../../../sim/scenario/policy-bundles.ts";
import { runHarness, total, type HarnessOptions } from "./harness.ts";

/** Busy offenders and residents who always report, so that a few weeks bring dozens of reports. */
const params = {
  thieves: { perThousandHouseholds: 40, activeDaysPerWeek: 4, prowlsPerActiveDay: 4 },
  residents: { reportProbability: 1 },
  platform: { policeCallPostShare: 1, policePortalPostShare: 1 },
};
const run = (switches: Partial<PolicySwitches>, o: Partial<HarnessOptions> = {}) =>
  runHarness({ days: 42, seed: 4, policy: "none", switches, params, world: { side: 20 }, ...o });

describe("police posts in the app", () => {
  it("call-log alerts are reposted only with policy.callLogAlerts, one per reported theft at share 1", () => {
    const on = run({ callLogAlerts: true });
    const reported = total(on.rows, "thefts_reported");
    expect(reported).toBeGreaterThan(10);
    expect(total(on.rows, "posts_police_calllog")).toBe(reported);
    expect(on.events.filter((e) => e.type === "police-post-published" && e.by === "call-log").length).toBe(reported);
    const off = run({ callLogAlerts: false });
    expect(total(off.rows, "thefts_reported")).toBeGreaterThan(10);
    expect(total(off.rows, "posts_police_calllog")).toBe(0);
    expect(total(off.rows, "posts_police")).toBe(0);
  });

  it("the department posts through its portal only where the policy has the portal", () => {
    const portal = run({ portal: true });
    const reported = total(portal.rows, "thefts_reported");
    expect(total(portal.rows, "posts_police_portal")).toBe(reported);
    expect(total(portal.rows, "posts_police_calllog")).toBe(0);
    const none = run({ portal: false });
    expect(total(none.rows, "posts_police_portal")).toBe(0);
  });

  it("posts_police is the sum of the company's reposts and the department's posts", () => {
    const both = run(
      { portal: true, callLogAlerts: true },
      { params: { ...params, platform: { policeCallPostShare: 0.5, policePortalPostShare: 0.3 } } },
    );
    const calllog = total(both.rows, "posts_police_calllog");
    const portal = total(both.rows, "posts_police_portal");
    expect(calllog).toBeGreaterThan(0);
    expect(portal).toBeGreaterThan(0);
    expect(total(both.rows, "posts_police")).toBe(calllog + portal);
  });

  it("a publicised sting is announced in the app only through a portal", () => {
    const sting = { enabled: true, startDay: 7, durationDays: 14, baits: 3, trackers: 3, publicised: true };
    const quiet = { ...params, thieves: { perThousandHouseholds: 0 }, sting };
    const withPortal = run({ portal: true }, { params: quiet });
    expect(total(withPortal.rows, "posts_police_portal")).toBe(1);
    const without = run({ portal: false }, { params: quiet });
    expect(total(without.rows, "sting_baits_placed")).toBeGreaterThan(0);
    expect(total(without.rows, "posts_police")).toBe(0);
  });

  it("the bundles with the department's partnership (the portal) are the ones with call-log alerts", () => {
    for (const [name, b] of Object.entries(POLICY_BUNDLES)) expect(b.switches.callLogAlerts, name).toBe(b.switches.portal);
  });
});
