/**
 * The shipped `ring-timeline.yaml` replays the published history of footage requests: each
 * era's channel shows in the daily rows and only there — portal requests before the
 * request tool ended, none after it, vendor requests (posted in the feed, clips held by
 * the vendor) in the last era; warrants to the company in every era.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSimulation } from "../../sim/domain/simulation.ts";
import { applyParams } from "../../sim/scenario/index.ts";
import { loadScenarioFile } from "../../sim/scenario/load-file.ts";

const file = join(import.meta.dirname, "../../scenarios/ring-timeline.yaml");

describe("ring-timeline.yaml", () => {
  const loaded = loadScenarioFile(file);
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("; "));
  // A smaller, busier town than the shipped one, so each 120-day era has requests of its own.
  const sc = applyParams(loaded.scenario, {
    "neighbourhood.households": 400,
    "run.warmupDays": 10,
    "thieves.perThousandHouseholds": 40,
    "residents.reportProbability": 1,
  });
  const sim = createSimulation(sc);
  while (!sim.isDone()) sim.stepDay();
  const rows = sim.daily();
  const warmup = sc.run.warmupDays;
  /** Sum of a column over the days [from, to) after the warm-up. */
  const era = (name: string, from: number, to: number) =>
    rows.filter((r) => r.day >= warmup + from && r.day < warmup + to).reduce((a, r) => a + r[name], 0);

  it("names the three eras on its timeline", () => {
    expect(sc.policy.name).toBe("portal-partnership");
    expect(sc.timeline.map((t) => [t.day, t.set["policy.name"]])).toEqual([
      [120, "none"],
      [240, "vendor-requests"],
    ]);
  });

  it("shows portal requests only in the portal era", () => {
    expect(era("footage_requests_portal", -warmup, 120)).toBeGreaterThan(0);
    expect(era("footage_requests_portal", 120, 360)).toBe(0);
  });

  it("shows no requests to owners after the request tool ended, and vendor requests only from 2025", () => {
    expect(era("footage_requests_vendor", -warmup, 240)).toBe(0);
    expect(era("vendor_request_reach", -warmup, 240)).toBe(0);
    expect(era("clips_held_by_vendor", -warmup, 240)).toBe(0);
    expect(era("footage_requests_vendor", 240, 360)).toBeGreaterThan(0);
    expect(era("vendor_request_reach", 240, 360)).toBeGreaterThan(0);
    expect(rows.at(-1)!.clips_held_by_vendor).toBeGreaterThan(0);
  });

  it("keeps warrants to the company in every era", () => {
    for (const [from, to] of [
      [0, 120],
      [120, 240],
      [240, 360],
    ]) {
      expect(era("footage_requests_warrant", from, to), `days ${from}-${to}`).toBeGreaterThan(0);
    }
  });
});
