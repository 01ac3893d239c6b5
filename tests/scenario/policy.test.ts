/** Partnership policies: complete bundles, overrides, and the resolved `scenario.policy`. */
import { describe, expect, it } from "vitest";
import {
  defaultScenario,
  parseScenario,
  POLICY_BUNDLES,
  POLICY_NAMES,
  POLICY_SWITCH_NAMES,
  POLICY_SWITCHES,
  resolvePolicy,
} from "../../sim/scenario/index.ts";
import { checkSource } from "../../sim/scenario/param.ts";

describe("policy bundles", () => {
  it("include the bundles the scenarios need", () => {
    for (const n of [
      "none",
      "portal-partnership",
      "direct-requests",
      "warrant-required",
      "portal-with-warrant-for-direct",
      "face-recognition",
      "full-partnership",
      "camera-giveaway",
      "community-alert-ads",
    ]) {
      expect(POLICY_NAMES).toContain(n);
    }
  });

  it("each sets every switch, and every switch is documented with a source", () => {
    for (const n of POLICY_NAMES) expect(Object.keys(POLICY_BUNDLES[n].switches).sort()).toEqual([...POLICY_SWITCH_NAMES].sort());
    for (const k of POLICY_SWITCH_NAMES) {
      expect(POLICY_SWITCHES[k].description.length).toBeGreaterThan(20);
      // keys of docs/sources.md or an assumption; tests/scenario/sources.test.ts checks the keys exist
      expect(() => checkSource(POLICY_SWITCHES[k].source)).not.toThrow();
    }
  });

  it("retention defaults to the documented 60 days", () => {
    expect(resolvePolicy("none").retentionDays).toBe(60);
  });

  it("resolvePolicy applies overrides on top of the bundle", () => {
    expect(resolvePolicy("portal-partnership", { retentionDays: 30, dataSharing: true })).toEqual({
      ...POLICY_BUNDLES["portal-partnership"].switches,
      name: "portal-partnership",
      retentionDays: 30,
      dataSharing: true,
    });
  });

  it("a loaded scenario holds the fully resolved policy", () => {
    const r = parseScenario("policy: { name: portal-partnership, retentionDays: 30 }\n");
    expect(r.ok && r.scenario.policy).toEqual(resolvePolicy("portal-partnership", { retentionDays: 30 }));
    expect(defaultScenario().policy).toEqual(resolvePolicy("none"));
  });

  it("a resolved scenario parses back to itself", () => {
    const s = defaultScenario();
    const r = parseScenario(JSON.stringify(s));
    expect(r.ok && r.scenario).toEqual(s);
  });
});
