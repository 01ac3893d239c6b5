/**
 * The lessons teach with one run per variant, so each must show what it asks about: at its
 * own days and seed, the footage lesson has clips handed over without consent under direct
 * requests (and none under the portal only), and the misidentification lesson has enough
 * face searches to compare groups, with more wrongful arrests at the looser threshold.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import type { Summary } from "../../sim/domain/simulation-api.ts";
import { createSimulation } from "../../sim/domain/simulation.ts";
import { applyParams, parseScenario } from "../../sim/scenario/index.ts";
import { LESSONS } from "../../viz/learn/lessons.ts";

/** Summaries of a lesson's variants, run as the Learn page runs them (scenario seed, lesson days). */
function lessonSummaries(id: string): Summary[] {
  const lesson = LESSONS.find((l) => l.id === id);
  if (!lesson) throw new Error(`no lesson ${id}`);
  return lesson.variants.map((v) => {
    const file = new URL(`../../scenarios/${v.scenario}.yaml`, import.meta.url);
    const parsed = parseScenario(readFileSync(file, "utf8"), { fileName: `${v.scenario}.yaml` });
    if (!parsed.ok) throw new Error(`${v.scenario}: ${parsed.diagnostics.map((d) => d.message).join("; ")}`);
    const sim = createSimulation(applyParams(parsed.scenario, v.set ?? {}), { days: lesson.days });
    while (!sim.isDone()) sim.stepDay();
    return sim.summary();
  });
}

describe("lesson outcomes", () => {
  it("footage: direct requests hand clips over without consent, the portal alone never does", () => {
    const [portal, direct] = lessonSummaries("footage");
    expect(portal.clips_obtained).toBeGreaterThan(20);
    expect(portal.clips_obtained_without_consent).toBe(0);
    expect(direct.clips_obtained_without_consent).toBeGreaterThanOrEqual(5);
    expect(direct.innocents_in_shared_footage).toBeGreaterThan(0);
  }, 300_000);

  it("misidentified: enough face searches to compare groups; the looser threshold arrests more innocent people", () => {
    const [strict, loose] = lessonSummaries("misidentified");
    for (const s of [strict, loose]) expect(s.fr_searches).toBeGreaterThanOrEqual(20);
    const falseMatches = (s: Summary) => (s.fr_false_matches__a ?? 0) + (s.fr_false_matches__b ?? 0) + (s.fr_false_matches__c ?? 0);
    expect(falseMatches(loose)).toBeGreaterThan(falseMatches(strict));
    expect(loose.arrests_wrongful).toBeGreaterThan(strict.arrests_wrongful ?? 0);
  }, 300_000);
});
