/**
 * What a user can do with the scenario Explore shows: save it as a YAML file (with the
 * controls' changes written in), carry it into Compare with everything it has, or print
 * a report of the run.
 */
import { BUILD } from "../shared/build-info.ts";
import { downloadText, slug } from "../shared/download.ts";
import { encodeText, routeHash } from "../shared/url-state.ts";
import { withYamlHeader } from "../shared/yaml-overrides.ts";
import type { Scenario } from "../../sim/index.ts";
import type { ReportFacts } from "../shared/report-view.ts";
import { runCommand } from "../shared/reproduce.ts";
import type { ExploreState } from "./explore-state.ts";

/** The scenario's name for files and headers: the library id or the user's file name. */
export function scenarioOrigin(state: ExploreState): string {
  return state.customText !== null ? state.customName : (state.scenarioId ?? "default");
}

/** Saves `yamlText` (the scenario as the run uses it) with a header saying what it is. */
export function downloadScenarioYaml(state: ExploreState, yamlText: string): void {
  const origin = scenarioOrigin(state);
  const text = withYamlHeader(yamlText, {
    version: BUILD.version,
    commit: BUILD.commit,
    // The user's own clock: this is a label on a saved file, never a model input.
    date: new Date().toISOString().slice(0, 10),
    origin,
    overrides: state.overrides,
  });
  const base = slug(origin.replace(/\.ya?ml$/i, ""));
  downloadText(text, `${base}${state.overrides.size ? "-edited" : ""}.yaml`, "text/yaml");
}

/**
 * The Compare link for this scenario: a library scenario goes as its id plus the changed
 * parameters (short, readable links); a scenario of the user's own goes as its text.
 */
export function compareHash(state: ExploreState, yamlText: string): string {
  const p = new URLSearchParams();
  if (state.customText === null && state.scenarioId) {
    p.set("base", state.scenarioId);
    for (const [k, v] of state.overrides) p.set(`set.${k}`, String(v));
  } else {
    p.set("yaml", encodeText(yamlText));
    p.set("file", state.customName);
  }
  if (state.seed !== null) p.set("seed", String(state.seed));
  return routeHash("compare", p);
}

/** What the report of a finished run states; `info` is the loaded run's seed and length. */
export function exploreReportFacts(
  state: ExploreState,
  name: string,
  scenario: Scenario,
  info: { seed: number; totalDays: number } | null,
): ReportFacts {
  const seed = info?.seed ?? state.seed ?? scenario.run.seed;
  const own = state.customText !== null;
  const file = own ? state.customName : "scenario.yaml";
  const facts: [string, string][] = [
    ["Scenario", name],
    ["Seed", String(seed)],
    ["Days", `${info?.totalDays ?? "?"} simulated, of which ${scenario.run.warmupDays} warm-up`],
  ];
  if (state.overrides.size) facts.push(["Changed parameters", [...state.overrides].map(([k, v]) => `${k} = ${v}`).join("; ")]);
  return {
    title: `One run of ${name}`,
    facts,
    scenario,
    // A library scenario is a built-in preset: a one-line file that extends it reproduces it.
    files: [{ name: file, text: own ? (state.customText ?? "") : `extends: ${state.scenarioId ?? "baseline"}\n` }],
    command: runCommand({ scenarioFile: file, seed, days: state.days, overrides: state.overrides }),
  };
}
