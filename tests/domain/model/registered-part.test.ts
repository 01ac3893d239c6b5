/**
 * A part registered from the test folder alone (`tests/fixtures/parts/package-lockers.ts`)
 * shows up everywhere the shipped parts do: its parameters in the JSON Schema and the
 * parameter reference, its metrics in the catalogue and in the daily.csv the CLI writes,
 * its label in the dashboard's metric labels, its row in the ODD parts table, and its
 * behaviour in the results (parcels in lockers cannot be stolen).
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { runFolderFiles, writeRunFolder, type RunManifest } from "../../../cli/run-folder.ts";
import { defineModel, SHIPPED_MODEL } from "../../../sim/domain/define-model.ts";
import { renderPartsTable, renderMetricTable } from "../../../sim/domain/model-doc.ts";
import { PARTS } from "../../../sim/domain/parts.ts";
import type { DailyRow, Simulation } from "../../../sim/domain/simulation-api.ts";
import { metricLabel } from "../../../viz/shared/metric-labels.ts";
import { lockersPart } from "../../fixtures/parts/package-lockers.ts";

const model = defineModel([...PARTS, lockersPart]);

/** A small, busy town: enough thefts in two weeks to compare. */
function scenarioText(lockers: string): string {
  return [
    "name: lockers-test",
    "neighbourhood: { households: 400 }",
    "thieves: { perThousandHouseholds: 20, activeDaysPerWeek: 7 }",
    "run: { days: 14, warmupDays: 0, seed: 5 }",
    `lockers: ${lockers}`,
    "",
  ].join("\n");
}

function run(sim: Simulation): DailyRow[] {
  while (!sim.isDone()) sim.stepDay();
  return sim.daily();
}

const total = (rows: DailyRow[], name: string) => rows.reduce((a, r) => a + (r[name] ?? 0), 0);

function parsed(lockers: string) {
  const r = model.parseScenario(scenarioText(lockers), { fileName: "lockers.yaml" });
  if (!r.ok) throw new Error(r.diagnostics.map((d) => d.message).join("\n"));
  return r.scenario;
}

describe("a part registered from the test folder", () => {
  const dir = mkdtempSync(join(tmpdir(), "doorstep-lockers-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("puts its section in the scenario schema, the JSON Schema and PARAMETERS.md; the shipped model has none", () => {
    const props = (model.jsonSchema().properties as Record<string, { properties?: Record<string, { description?: string }> }>).lockers;
    expect(props.properties?.initialShare?.description).toMatch(/parcel locker at the start/);
    expect(props.properties?.adoptionPerYear).toBeDefined();
    expect((SHIPPED_MODEL.jsonSchema().properties as Record<string, unknown>).lockers).toBeUndefined();
    expect(model.parametersDoc()).toContain("## `lockers`");
    expect(model.parametersDoc()).toContain("| `adoptionPerYear` |");
    const bad = model.parseScenario("lockers: { initialShar: 1 }\n", { fileName: "bad.yaml" });
    expect(bad.ok).toBe(false);
    expect(SHIPPED_MODEL.parseScenario("lockers: { initialShare: 1 }\n").ok).toBe(false);
    expect(model.defaultScenario()).toHaveProperty("lockers", { initialShare: 0, adoptionPerYear: 0 });
  });

  it("puts its metrics in the catalogue with their labels, in daily.csv as the CLI writes it, and in the ODD tables", () => {
    const sim = model.createSimulation(parsed("{ initialShare: 0.5 }"));
    const rows = run(sim);
    const catalogue = sim.metrics();
    const info = catalogue.find((m) => m.name === "lockers_adopted");
    expect(info).toMatchObject({ unit: "households", kind: "level", label: "Households with a parcel locker" });
    expect(metricLabel("lockers_adopted", info)).toBe("Households with a parcel locker");
    // The shipped columns keep their places; the new part's columns follow them.
    const shipped = SHIPPED_MODEL.metricCatalogue(sim.layout().groups).map((m) => m.name);
    expect(catalogue.map((m) => m.name)).toEqual([...shipped, "lockers_adopted", "packages_locked"]);
    writeRunFolder(dir, runFolderFiles({ command: "run" } as RunManifest, rows, catalogue, sim.summary(), sim.records()));
    const [header, ...lines] = readFileSync(join(dir, "daily.csv"), "utf8").trimEnd().split("\n");
    const cols = header.split(",");
    expect(cols).toEqual(catalogue.map((m) => m.name));
    const adopted = lines.map((l) => Number(l.split(",")[cols.indexOf("lockers_adopted")]));
    expect(adopted[0]).toBeGreaterThan(120);
    expect(adopted[0]).toBeLessThan(280);
    expect(renderPartsTable(model.parts)).toContain("| `lockers` | `lockers:` | `lockers_adopted`, `packages_locked` | `locker-adopted` |");
    expect(renderMetricTable(model.parts)).toContain("| `packages_locked` | count | packages |");
  });

  it("changes the results as declared: with a locker at every house no real parcel is stolen; with none, the shipped results are untouched", () => {
    const none = run(model.createSimulation(parsed("{ initialShare: 0 }")));
    const all = run(model.createSimulation(parsed("{ initialShare: 1 }")));
    const shipped = run(SHIPPED_MODEL.createSimulation(parsed("{ initialShare: 0 }")));
    expect(total(none, "packages_stolen")).toBeGreaterThan(10);
    expect(total(all, "packages_stolen")).toBe(0);
    expect(total(all, "packages_locked")).toBe(total(all, "packages_delivered"));
    // Conservation still holds with lockers: delivered = collected + stolen + waiting.
    expect(total(all, "packages_delivered")).toBe(total(all, "packages_collected") + all.at(-1)!.packages_waiting);
    // An idle extra part shifts nothing: its own stream, handlers that do nothing.
    const strip = (rows: DailyRow[]) => rows.map(({ lockers_adopted: _a, packages_locked: _p, ...rest }) => rest);
    expect(strip(none)).toEqual(shipped);
  });
});
