/**
 * What the printed report of a finished comparison states: the base scenario, the policies
 * in order, replications, seed, days and changes, and the files and command that reproduce
 * it with the CLI.
 */
import type { Scenario } from "../../sim/index.ts";
import { findScenario } from "../shared/library.ts";
import type { ReportFacts } from "../shared/report-view.ts";
import { compareRecipe } from "../shared/reproduce.ts";
import { CUSTOM_BASE, type CompareState } from "./compare-state.ts";

/** The report of a comparison of `state` (a copy taken when it finished) that ran `reps` replications. */
export function compareReportFacts(state: CompareState, reps: number, scenario: Scenario): ReportFacts {
  const own = state.base === CUSTOM_BASE ? state.custom : null;
  const recipe = compareRecipe({
    base: own ? `./${own.name}` : state.base,
    policies: state.policies,
    replications: reps,
    seed: state.seed,
    days: state.days,
    overrides: state.overrides,
  });
  const facts: [string, string][] = [
    ["Neighbourhood (base scenario)", own ? own.name : (findScenario(state.base)?.title ?? state.base)],
    ["Policies", `${state.policies.join(", ")} (the first is the reference)`],
    ["Replications per policy", state.until ? `${reps} (run until the differences were clear, at most ${state.maxReps})` : String(reps)],
    ["Seed", String(state.seed)],
    ["Days per run after the warm-up", state.days === null ? "the scenario's own" : String(state.days)],
  ];
  if (state.overrides.size) facts.push(["Changed parameters", [...state.overrides].map(([k, v]) => `${k} = ${v}`).join("; ")]);
  return {
    title: `Comparison of ${state.policies.length} partnership policies`,
    facts,
    scenario,
    files: own ? [{ name: own.name, text: own.text }, ...recipe.files] : recipe.files,
    command: recipe.command,
  };
}
