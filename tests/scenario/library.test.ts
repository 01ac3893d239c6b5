/** Every shipped scenario and sweep validates, round-trips, and matches its preset copy. */
import { describe, expect, it } from "vitest";
import { basename } from "node:path";
import { readFileSync } from "node:fs";
import { stringify } from "yaml";
import { loadCalibrationFile, loadScenarioFile, loadSweepFile } from "../../sim/scenario/load-file.ts";
import { formatDiagnostic, parseScenario, presetNames, applyParams, defaultScenario, type Scenario } from "../../sim/scenario/index.ts";
import { runScenario } from "../../sim/index.ts";
import { SCENARIOS, cellsOf, yamlFiles } from "./helpers.ts";

function mustLoad(path: string): Scenario {
  const r = loadScenarioFile(path);
  if (!r.ok) throw new Error(r.diagnostics.map(formatDiagnostic).join("\n"));
  return r.scenario;
}

const scenarioFiles = yamlFiles(SCENARIOS);

describe("shipped scenarios", () => {
  it("include the library the issue asks for", () => {
    const names = scenarioFiles.map((f) => basename(f, ".yaml"));
    for (const n of [
      "baseline",
      "portal-partnership",
      "direct-requests",
      "warrant-required",
      "portal-with-warrant-for-direct",
      "face-recognition",
      "free-camera-giveaway",
      "bait-package-sting",
      "community-alert-ads",
    ]) {
      expect(names).toContain(n);
    }
  });

  it.each(scenarioFiles)("%s validates and round-trips through YAML", (file) => {
    const s = mustLoad(file);
    expect(s.name).toBe(basename(file, ".yaml"));
    const again = parseScenario(stringify(s), { fileName: "roundtrip.yaml" });
    expect(again.ok && again.scenario).toEqual(s);
  });

  it.each(scenarioFiles)("%s starts with the schema comment and a comment block citing docs/sources.md", (file) => {
    const text = readFileSync(file, "utf8");
    expect(text.startsWith("# yaml-language-server: $schema=./scenario.schema.json\n")).toBe(true);
    expect(text).toMatch(/^# Figures \(keys of docs\/sources\.md\):$/m);
  });

  it("are all bundled as presets, and a preset loads like its file", () => {
    expect(presetNames()).toEqual(scenarioFiles.map((f) => basename(f, ".yaml")));
    for (const name of presetNames()) {
      // name and description are not inherited through extends; everything else is.
      const viaPreset = parseScenario(`extends: ${name}\nname: ${name}\n`, { fileName: `${name}.yaml` });
      expect(viaPreset.ok && viaPreset.scenario).toEqual({ ...mustLoad(`${SCENARIOS}/${name}.yaml`), description: "" });
    }
  });

  it("set what their names promise", () => {
    const load = (n: string) => mustLoad(`${SCENARIOS}/${n}.yaml`);
    expect(load("baseline").policy.portal).toBe(false);
    expect(load("portal-partnership").policy).toMatchObject({ portal: true, directRequests: false });
    expect(load("direct-requests").policy).toMatchObject({ directRequests: true, warrantRequired: false, emergencyRequests: true });
    expect(load("warrant-required").policy).toMatchObject({ portal: false, directRequests: true, warrantRequired: true, emergencyRequests: false });
    expect(load("portal-with-warrant-for-direct").policy).toMatchObject({
      portal: true,
      directRequests: true,
      warrantRequired: true,
      emergencyRequests: false,
    });
    expect(load("face-recognition").policy.faceRecognition).toBe(true);
    expect(load("free-camera-giveaway").policy.cameraGiveaway).toBe(true);
    expect(load("bait-package-sting").sting).toMatchObject({ enabled: true, baits: 25, trackers: 15 });
    expect(load("community-alert-ads").policy).toMatchObject({ alertAds: true, alertVetting: false });
  });
});

describe("shipped sweeps", () => {
  const sweepFiles = yamlFiles(`${SCENARIOS}/sweeps`);
  it.each(sweepFiles)("%s validates, and every cell applies to the base", (file) => {
    expect(readFileSync(file, "utf8").startsWith("# yaml-language-server: $schema=../sweep.schema.json\n")).toBe(true);
    const r = loadSweepFile(file);
    if (!r.ok) throw new Error(r.diagnostics.map(formatDiagnostic).join("\n"));
    const cells = cellsOf(r.sweep.plan());
    expect(cells.length).toBeGreaterThan(1);
    for (const c of cells) applyParams(r.sweep.base, c.params);
  });

  it("policy-x-adoption crosses five bundles with five adoption levels", () => {
    const r = loadSweepFile(`${SCENARIOS}/sweeps/policy-x-adoption.yaml`);
    if (!r.ok) throw new Error("did not load");
    const cells = cellsOf(r.sweep.plan());
    expect(cells).toHaveLength(25);
    expect(new Set(cells.map((c) => c.params["policy.name"])).size).toBe(5);
    expect([...new Set(cells.map((c) => c.params["residents.initialCameraShare"]))]).toEqual([0.05, 0.15, 0.25, 0.35, 0.45]);
    const full = applyParams(r.sweep.base, cells[cells.length - 1].params);
    expect(full.policy).toMatchObject({ name: "full-partnership", faceRecognition: true, dataSharing: true });
    expect(full.residents.initialCameraShare).toBe(0.45);
  });
});

describe("shipped calibrations", () => {
  it.each(yamlFiles(`${SCENARIOS}/calibrations`))(
    "%s validates against the model's summary metrics, and its priors' ends apply to the base",
    (file) => {
      expect(readFileSync(file, "utf8").startsWith("# yaml-language-server: $schema=../calibration.schema.json\n")).toBe(true);
      const metrics = Object.keys(runScenario(defaultScenario(), { days: 1, seed: 1 }).summary);
      const r = loadCalibrationFile(file, metrics);
      if (!r.ok) throw new Error(r.diagnostics.map(formatDiagnostic).join("\n"));
      for (const [path, prior] of Object.entries(r.calibration.priors)) {
        const ends = prior.kind === "values" ? prior.values : [prior.min, prior.max];
        for (const v of ends) applyParams(r.calibration.base, { [path]: v });
      }
    },
  );
});
