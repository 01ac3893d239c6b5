/**
 * Other agencies: clips passed on under data sharing reach agencies that search the faces
 * in them and may act on the people identified, rightly or after a false match. Zero
 * without data sharing; with it, actions happen and false matches fall more on the group
 * with the highest false-match rate when every face is searched.
 */
import { describe, expect, it } from "vitest";
import type { PolicySwitches } from "../../../sim/scenario/policy-bundles.ts";
import { runHarness, total } from "./harness.ts";

const busy = {
  thieves: { perThousandHouseholds: 40, activeDaysPerWeek: 5, prowlsPerActiveDay: 4 },
  residents: { reportProbability: 1, requestShareProbability: 0.5 },
  platform: { otherAgencyShareProbability: 1, otherAgencyActionProbability: 1, otherAgencyGalleryShare: 0.2 },
};
const run = (switches: Partial<PolicySwitches>) =>
  runHarness({ days: 35, seed: 4, policy: "portal-partnership", switches, params: busy, world: { passersPerDay: 100 } });
const groupsTotal = (rows: ReturnType<typeof run>["rows"], name: string) => ["a", "b", "c"].reduce((a, g) => a + total(rows, `${name}__${g}`), 0);

describe("other agencies", () => {
  it("act on people in shared footage, some after a false match, only when data sharing is allowed", () => {
    const on = run({ dataSharing: true });
    expect(total(on.rows, "clips_shared_other_agencies")).toBeGreaterThan(0);
    const actions = total(on.rows, "other_agency_actions");
    const wrongful = total(on.rows, "other_agency_actions_wrongful");
    expect(actions).toBeGreaterThan(0);
    expect(wrongful).toBeGreaterThan(0);
    expect(wrongful).toBeLessThanOrEqual(actions);
    expect(groupsTotal(on.rows, "other_agency_actions")).toBe(actions);
    expect(groupsTotal(on.rows, "other_agency_actions_wrongful")).toBe(wrongful);

    const off = run({ dataSharing: false });
    expect(total(off.rows, "clips_shared_other_agencies")).toBe(0);
    expect(total(off.rows, "other_agency_actions")).toBe(0);
    expect(total(off.rows, "other_agency_actions_wrongful")).toBe(0);
  });

  it("do not shift the police's own face searches", () => {
    // The agencies draw from their own stream: police face searches and arrests are the same
    // whether or not clips reach other agencies (footage sharing draws from its own stream too).
    const sharing = runHarness({
      days: 35,
      seed: 4,
      policy: "portal-partnership",
      switches: { dataSharing: true, faceRecognition: true },
      params: busy,
    });
    const closed = runHarness({
      days: 35,
      seed: 4,
      policy: "portal-partnership",
      switches: { dataSharing: false, faceRecognition: true },
      params: busy,
    });
    expect(total(sharing.rows, "other_agency_actions")).toBeGreaterThan(0);
    expect(total(sharing.rows, "fr_searches")).toBeGreaterThan(0);
    for (const m of ["fr_searches", "fr_false_matches", "arrests", "arrests_wrongful"]) expect(total(sharing.rows, m)).toBe(total(closed.rows, m));
  });
});
