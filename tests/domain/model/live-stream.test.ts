/**
 * 911 live-streams counted: cameras around a live call about a theft in progress stream to
 * police when the policy allows it; the streams, their camera-minutes and the innocent
 * people in view are counted, and all are zero when the switch is off or a warrant is
 * required.
 */
import { describe, expect, it } from "vitest";
import type { PolicySwitches } from "../../../sim/scenario/policy-bundles.ts";
import { runHarness, total } from "./harness.ts";

/** Busy offenders and residents who are home, watch live and call, so live calls happen in a few weeks. */
const params = {
  thieves: { perThousandHouseholds: 40, activeDaysPerWeek: 5, prowlsPerActiveDay: 4 },
  residents: { lookProbability: 1, confrontProbability: 0, callOnLiveTheftProbability: 1 },
  platform: { liveStreamRadiusM: 60, liveStreamMinutes: 30 },
};
const run = (switches: Partial<PolicySwitches>) => runHarness({ days: 42, seed: 2, policy: "none", switches, params, world: { passersPerDay: 200 } });

describe("911 live-streams", () => {
  it("are counted with their camera-minutes and the innocent people in view when the policy allows them", () => {
    const r = run({ liveStream911: true, warrantRequired: false });
    const started = r.events.filter((e) => e.type === "live-stream-started");
    expect(started.length).toBeGreaterThan(0);
    expect(total(r.rows, "live_streams")).toBe(started.length);
    const cameraMinutes = started.reduce((a, e) => a + (e.type === "live-stream-started" ? e.cameras : 0), 0) * 30;
    expect(total(r.rows, "live_stream_minutes")).toBe(cameraMinutes);
    expect(total(r.rows, "innocents_live_streamed")).toBeGreaterThan(0);
  });

  it("are zero with the switch off or a warrant required", () => {
    for (const switches of [
      { liveStream911: false, warrantRequired: false },
      { liveStream911: true, warrantRequired: true },
    ]) {
      const r = run(switches);
      expect(total(r.rows, "live_streams")).toBe(0);
      expect(total(r.rows, "live_stream_minutes")).toBe(0);
      expect(total(r.rows, "innocents_live_streamed")).toBe(0);
    }
  });
});
