/**
 * Protests: a march along the streets is filmed by the doorbell cameras it passes; police
 * request the footage of its route and window through the channels the policy allows and
 * search the faces. Every protest metric is zero without a march and positive with one;
 * under warrant-required nothing is obtained. Runs the real world (frame-level cameras) on
 * a small town.
 */
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSimulation } from "../../../sim/domain/simulation.ts";
import { applyParams } from "../../../sim/scenario/index.ts";
import { loadScenarioFile } from "../../../sim/scenario/load-file.ts";

const METRICS = ["protest_requests", "protesters_recorded", "protesters_in_obtained_footage", "protesters_identified", "protesters_misidentified"];
const BY_GROUP = METRICS.filter((m) => m !== "protest_requests");

/**
 * The shipped scenario on 300 households, the march on day 1 of 3. Every asked owner
 * shares, cameras are 4K (street faces large enough to search) and every marcher has a
 * photo in the gallery, so that each step has something to count.
 */
function run(params: Record<string, unknown> = {}): Record<string, number> {
  const loaded = loadScenarioFile(join(import.meta.dirname, "../../../scenarios/protest-surveillance.yaml"));
  if (!loaded.ok) throw new Error(loaded.diagnostics.map((d) => d.message).join("; "));
  const sc = applyParams(loaded.scenario, {
    "neighbourhood.households": 300,
    "run.warmupDays": 0,
    "run.days": 3,
    "protest.day": 1,
    "residents.initialCameraShare": 0.5,
    "residents.requestShareProbability": 1,
    "cameras.resolutionPx": 4096,
    "police.innocentInGalleryShare": 1,
    ...params,
  });
  const sim = createSimulation(sc, {});
  while (!sim.isDone()) sim.stepDay();
  const totals: Record<string, number> = {};
  for (const row of sim.daily()) for (const [k, v] of Object.entries(row)) totals[k] = (totals[k] ?? 0) + v;
  return totals;
}

describe("protest surveillance", () => {
  const on = run();

  it("films the marchers, requests the route's footage, finds marchers in it and identifies some by face", () => {
    for (const m of METRICS.slice(0, 4)) expect(on[m], m).toBeGreaterThan(0);
    // Requests are portal requests (the policy's only channel here) and are counted there too.
    expect(on.protest_requests).toBeLessThanOrEqual(on.footage_requests_portal);
    expect(on.protesters_in_obtained_footage).toBeLessThanOrEqual(on.protesters_recorded);
    expect(on.protesters_identified + on.protesters_misidentified).toBeLessThanOrEqual(on.protesters_in_obtained_footage);
    for (const m of BY_GROUP)
      expect(
        ["a", "b", "c"].reduce((a, g) => a + on[`${m}__${g}`], 0),
        m,
      ).toBe(on[m]);
  });

  it("films marchers who walk close to the porches: on the centre line most pass outside the motion zones", () => {
    const centre = run({ "protest.spreadM": 0 });
    // At the default set-back the street's centre line lies outside the doorbells' trigger
    // distance: only cameras that see the route up close (at corners) film a marcher there.
    expect(centre.protesters_recorded).toBeLessThan(on.protesters_recorded / 2);
  });

  it("is reproducible: the same seed gives the same counts", () => {
    const again = run();
    for (const m of METRICS) expect(again[m], m).toBe(on[m]);
  });

  it("counts nothing without a march", () => {
    const off = run({ "protest.enabled": false });
    for (const m of METRICS) expect(off[m], m).toBe(0);
  });

  it("obtains none of the march's footage when every request needs a warrant", () => {
    const r = run({ "policy.name": "warrant-required", "policy.faceRecognition": true });
    expect(r.protesters_recorded).toBeGreaterThan(0);
    for (const m of ["protest_requests", "protesters_in_obtained_footage", "protesters_identified", "protesters_misidentified"])
      expect(r[m], m).toBe(0);
  });

  it("claims emergencies along the route only when asked to and the policy allows them", () => {
    const portal = run({ "policy.name": "direct-requests" });
    const claimed = run({ "policy.name": "direct-requests", "protest.claimEmergency": true });
    const refused = run({ "protest.claimEmergency": true }); // portal-partnership: no emergency channel
    // One portal and one emergency request per point of the route; theft cases may add emergencies of their own.
    expect(claimed.protest_requests).toBe(2 * portal.protest_requests);
    expect(claimed.footage_requests_emergency).toBeGreaterThanOrEqual(portal.protest_requests);
    expect(refused.protest_requests).toBe(on.protest_requests);
  });

  it("posts the same requests through a police-tech vendor where that is the route", () => {
    const r = run({ "policy.name": "vendor-requests" });
    // One vendor request per point of the route instead of a portal request.
    expect(r.protest_requests).toBe(on.protest_requests);
    expect(r.footage_requests_vendor).toBeGreaterThanOrEqual(r.protest_requests);
    expect(r.footage_requests_portal).toBe(0);
    expect(r.vendor_request_reach).toBeGreaterThan(0);
    expect(r.protesters_in_obtained_footage).toBeGreaterThan(0);
  });

  it("searches no faces where the policy forbids face recognition", () => {
    const r = run({ "policy.faceRecognition": false });
    expect(r.protesters_in_obtained_footage).toBeGreaterThan(0);
    expect(r.protesters_identified + r.protesters_misidentified).toBe(0);
  });

  it("requests by place and window alone: as many requests whoever and however many march", () => {
    const few = run({ "protest.participantShare": 0.01, "protest.visitors": 5 });
    expect(few.protest_requests).toBe(on.protest_requests);
    expect(few.protesters_recorded).toBeLessThan(on.protesters_recorded);
  });
});
