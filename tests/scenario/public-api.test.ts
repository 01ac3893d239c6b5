/**
 * The public surface of sim/scenario: the export list is pinned, and the browser entry
 * (index.ts) reaches no Node built-in through any import, direct or indirect.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import * as api from "../../sim/scenario/index.ts";
import * as nodeApi from "../../sim/scenario/load-file.ts";
import { ROOT } from "./helpers.ts";

/** Every module reachable from `entry` through relative imports, with its bare imports. */
function importGraph(entry: string): Map<string, string[]> {
  const seen = new Map<string, string[]>();
  const visit = (file: string) => {
    if (seen.has(file)) return;
    const src = readFileSync(file, "utf8");
    const specs = [...src.matchAll(/^\s*(?:import|export)\s[^;]*?from\s+"([^"]+)"/gm)].map((m) => m[1]);
    seen.set(
      file,
      specs.filter((s) => !s.startsWith(".")),
    );
    for (const s of specs) if (s.startsWith(".")) visit(resolve(dirname(file), s));
  };
  visit(entry);
  return seen;
}

describe("sim/scenario public API", () => {
  it("exports exactly these names", () => {
    expect(Object.keys(api).sort()).toEqual(
      [
        "DIAGNOSTIC_CODES",
        "POLICY_BUNDLES",
        "POLICY_NAMES",
        "POLICY_SWITCHES",
        "POLICY_SWITCH_NAMES",
        "SECTIONS",
        "ScenarioSchema",
        "SweepSchema",
        "FIXED_AT_START",
        "FIXED_SECTIONS",
        "VARY_KINDS",
        "VarySpecSchema",
        "applyParams",
        "applyParamsChecked",
        "changeSchedule",
        "checkParam",
        "checkTimeline",
        "defaultScenario",
        "diagnosticSource",
        "exportJsonSchema",
        "exportSweepJsonSchema",
        "exportCalibrationJsonSchema",
        "CalibrationSchema",
        "CALIBRATION_METHODS",
        "parseCalibration",
        "fileKind",
        "formatDiagnostic",
        "formatDiagnosticWithSource",
        "formatPath",
        "linspace",
        "messages",
        "readDesign",
        "sweepSensitivity",
        "paramAt",
        "paramPaths",
        "parseScenario",
        "parseSweep",
        "presetNames",
        "presetText",
        "renderParametersDoc",
        "resolvePolicy",
        "sweepCells",
        "sweepRunPlan",
        "timelineSchema",
        "validateText",
      ].sort(),
    );
    expect(Object.keys(nodeApi).sort()).toEqual(["loadCalibrationFile", "loadScenarioFile", "loadSweepFile", "readTextFile", "validateFile"]);
  });

  it("the browser entry imports no Node built-ins, only zod, yaml and seedrandom", () => {
    const graph = importGraph(join(ROOT, "sim/scenario/index.ts"));
    const bare = new Set([...graph.values()].flat());
    expect([...bare].sort()).toEqual(["seedrandom", "yaml", "zod"]);
    expect([...graph.keys()].some((f) => f.endsWith("load-file.ts"))).toBe(false);
  });
});
