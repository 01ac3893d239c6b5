import { describe, expect, it } from "vitest";
import { applyParams, defaultScenario, parseScenario } from "../../sim/index.ts";
import { compareRecipe, runCommand, shellWord } from "../../viz/shared/reproduce.ts";
import { differencesFromDefaults } from "../../viz/shared/scenario-differences.ts";

describe("commands that reproduce a view", () => {
  it("quotes only what the shell would split or expand", () => {
    expect(shellWord("scenarios/baseline.yaml")).toBe("scenarios/baseline.yaml");
    expect(shellWord("my town.yaml")).toBe("'my town.yaml'");
    expect(shellWord("it's $HOME")).toBe(`'it'"'"'s $HOME'`);
  });
  it("writes one file per policy that loads as the base with that policy", () => {
    const r = compareRecipe({
      base: "baseline",
      policies: ["none", "portal-partnership"],
      replications: 5,
      seed: 3,
      days: 60,
      overrides: new Map([["neighbourhood.households", 300]]),
    });
    expect(r.command).toBe(
      "npx doorstep compare none.yaml portal-partnership.yaml --replications 5 --seed 3 --days 60 --set neighbourhood.households=300",
    );
    const portal = parseScenario(r.files[1].text, { fileName: r.files[1].name });
    const base = parseScenario("extends: baseline\n", { fileName: "b.yaml" });
    if (!portal.ok || !base.ok) throw new Error("recipe files do not load");
    // Names come from the file names; everything the model reads must be the same.
    const unnamed = (s: object) => ({ ...s, name: "", description: "" });
    expect(unnamed(portal.scenario)).toEqual(unnamed(applyParams(base.scenario, { "policy.name": "portal-partnership" })));
  });
  it("leaves out days when the scenario's own length is used", () => {
    expect(runCommand({ scenarioFile: "scenario.yaml", seed: 7, days: null, overrides: new Map() })).toBe("npx doorstep run scenario.yaml --seed 7");
  });
});

describe("settings that differ from the defaults", () => {
  it("is empty for the default scenario and lists each change with its source", () => {
    expect(differencesFromDefaults(defaultScenario())).toEqual([]);
    const changed = applyParams(defaultScenario(), { "neighbourhood.households": 300, "residents.initialCameraShare": 0.4 });
    const diffs = differencesFromDefaults(changed);
    expect(diffs.map((d) => d.path)).toEqual(["neighbourhood.households", "residents.initialCameraShare"]);
    const share = diffs[1];
    expect(share.value).toBe(0.4);
    expect(share.source).toContain("parks-2025-video-doorbells");
    expect(share.assumption).toBe(false);
    expect(diffs[0].assumption).toBe(true);
  });
});
