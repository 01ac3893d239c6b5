/**
 * The registry of the surveillance model: its parts' sections are the scenario's sections,
 * its metrics are the catalogue, and parts read policy switches live (a switch changed
 * between two days acts from the next day on).
 */
import { describe, expect, it } from "vitest";
import type { ModelParams } from "../../../sim/domain/model/params.ts";
import { PARTS, COLUMN_ORDER } from "../../../sim/domain/parts.ts";
import { METRIC_DEFINITIONS } from "../../../sim/domain/metrics.ts";
import { SECTIONS } from "../../../sim/scenario/schema.ts";
import { runHarness, total } from "./harness.ts";

/** The sections of the world and the run, which are not parts. */
const WORLD_SECTIONS = ["run", "neighbourhood", "cameras"];

describe("the part registry", () => {
  it("declares exactly the shipped scenario sections besides the world's, with the same schemas", () => {
    const keys = PARTS.flatMap((p) => (p.section ? [p.section.key] : []));
    expect(new Set(keys).size).toBe(keys.length);
    expect([...WORLD_SECTIONS, ...keys].sort()).toEqual(Object.keys(SECTIONS).sort());
    for (const p of PARTS) if (p.section) expect(SECTIONS[p.section.key as keyof typeof SECTIONS], p.name).toBe(p.section.schema);
    // The parameters the mechanisms read are typed from the same declarations.
    const typed: (keyof ModelParams)[] = [
      "policy",
      "deliveries",
      "thieves",
      "residents",
      "platform",
      "police",
      "sting",
      "alerts",
      "faceRecognition",
      "perception",
      "protest",
    ];
    expect([...typed].sort()).toEqual([...keys].sort());
    // @ts-expect-error the world's sections are not part sections
    const world: keyof ModelParams = "neighbourhood";
    expect(keys).not.toContain(world);
  });

  it("declares every metric once; the catalogue is the published order", () => {
    const declared = PARTS.flatMap((p) => (p.metrics ?? []).map((m) => m.name));
    expect(new Set(declared).size).toBe(declared.length);
    expect(METRIC_DEFINITIONS.map((m) => m.name)).toEqual([...COLUMN_ORDER]);
    expect([...declared].sort()).toEqual([...COLUMN_ORDER].sort());
    for (const m of METRIC_DEFINITIONS) expect(m.label.length, m.name).toBeGreaterThan(3);
  });

  it("reads policy switches live: the portal switched on at day 14 is used from then on, never before", () => {
    const busy = { thieves: { perThousandHouseholds: 40, activeDaysPerWeek: 4, prowlsPerActiveDay: 4 }, residents: { reportProbability: 1 } };
    const r = runHarness({
      days: 35,
      policy: "none",
      params: busy,
      beforeDay: (day, params) => {
        if (day === 14) params.policy.portal = true;
      },
    });
    expect(total(r.rows.slice(0, 14), "footage_requests_portal")).toBe(0);
    expect(total(r.rows.slice(14), "footage_requests_portal")).toBeGreaterThan(0);
  });
});
