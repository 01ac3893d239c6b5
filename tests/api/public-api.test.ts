// Pins the public API: adding or removing an export is a deliberate act (see CHANGELOG).
// Hosts (viz/, cli/) and workers/ reach the model only through sim/index.ts and sim/node.ts
// (dependency-cruiser enforces it), so this list is everything they use of it.
import { describe, expect, it } from "vitest";
import * as api from "../../sim/index.ts";
import * as nodeApi from "../../sim/node.ts";

/** The runtime names of sim/index.ts, grouped as its header groups them. */
const PUBLIC_NAMES = [
  // scenarios: the dashboard's knobs and policy picker, `doorstep validate` and `schema`
  "parseScenario",
  "defaultScenario",
  "applyParams",
  "checkParam", // one limit for CLI flags, dashboard links and inputs
  "paramPaths",
  "POLICY_BUNDLES",
  "POLICY_NAMES",
  "validateText",
  "exportJsonSchema",
  "changeSchedule", // a timeline's dated changes as `doorstep run` records them in manifest.json
  // diagnostics: formatted at the edge, with the offending line in the dashboard
  "formatDiagnostic",
  "formatDiagnosticWithSource",
  // running: the engine creates simulations; `doorstep run` writes daily.csv
  "createSimulation",
  "runScenario",
  "dailyCsv",
  "casesCsv", // `doorstep run` writes cases.csv and arrests.csv; the Explore page downloads them
  "arrestsCsv",
  "HEADLINE_METRICS", // the measures the dashboard and `doorstep compare` show first
  // display: one look per unit on every dashboard page and in `doorstep compare`'s table
  "summaryUnit",
  "metricDisplay",
  "formatMetricValue",
  "formatQuantity",
  // sweeps: `doorstep sweep` and `compare` plan runs with hashed seeds
  "parseSweep",
  "planRuns",
  "runSeed",
  // sensitivity: `doorstep sensitivity` analyses Morris and Sobol' sweeps and test functions
  "sweepSensitivity",
  "analyseTestFunction",
  "SENSITIVITY_COLUMNS",
  "TEST_FUNCTIONS",
  // summary: the disparities and the by-group counts hosts show beside them
  "DISPARITIES",
  "PATTERNS",
  "disparityCounts",
  // statistics: `doorstep compare` builds Student's t intervals on it
  "logGamma",
  // replications until precise: compare --precision and the Compare page's "run until clear"
  "replicationsFor",
  "nextReplications",
  // calibration: `doorstep calibrate` parses the file and runs ABC generations on the pool
  "parseCalibration",
  "runAbc",
  "abcRunSeed",
  "targetDistance",
  "summarisePopulation",
  // models built from registered parts: the shipped registry, and defineModel for more parts
  "defineModel",
  "SHIPPED_MODEL",
  "PARTS",
  "domainPart",
  "count",
  "level",
];

describe("public API", () => {
  it("exports exactly these runtime names", () => {
    expect(Object.keys(api).sort()).toEqual([...PUBLIC_NAMES].sort());
    expect(Object.keys(nodeApi).sort()).toEqual(
      [...Object.keys(api), "loadScenarioFile", "loadSweepFile", "loadCalibrationFile", "validateFile"].sort(),
    );
  });

  it("runs a small scenario end to end, deterministically", () => {
    const loaded = api.parseScenario("neighbourhood: { households: 60 }\nrun: { days: 3, warmupDays: 0 }\n", { fileName: "tiny.yaml" });
    if (!loaded.ok) throw new Error(loaded.diagnostics.map(api.formatDiagnostic).join("\n"));
    const a = api.runScenario(loaded.scenario, { seed: 5 });
    const b = api.runScenario(loaded.scenario, { seed: 5 });
    expect(a.daily).toHaveLength(3);
    expect(JSON.stringify(a)).toEqual(JSON.stringify(b));
    expect(a.metrics.map((m) => m.name)).toContain("packages_delivered");
    expect(a.summary.packages_delivered).toBeGreaterThan(0);
  });

  it("reports a bad scenario as diagnostics with a position", () => {
    const r = api.parseScenario("run:\n  dayz: 3\n", { fileName: "bad.yaml" });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(api.formatDiagnostic(r.diagnostics[0])).toMatch(/^bad\.yaml:2:3\s+run\.dayz\s+/);
  });
});
