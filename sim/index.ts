/**
 * Doorstep's public API: a handful of functions and types. Browser-safe (no file system);
 * the Node-only file loaders live in `sim/node.ts`.
 *
 * @example
 * import { parseScenario, runScenario } from "doorstep/sim/index.ts";
 * const loaded = parseScenario("policy: { name: portal-partnership }\nrun: { days: 30 }", { fileName: "mine.yaml" });
 * if (loaded.ok) console.log(runScenario(loaded.scenario, { seed: 1 }).summary.packages_stolen);
 */
import { createSimulation, type SimulationOptions } from "./domain/simulation.ts";
import type { DailyRow, MetricInfo } from "./domain/simulation-api.ts";
import type { Scenario } from "./scenario/schema.ts";

export { createSimulation, type SimulationOptions } from "./domain/simulation.ts";
export type {
  DailyRow,
  MetricInfo,
  MapLayout,
  MapState,
  MapEvent,
  CameraView,
  PersonKind,
  Simulation,
} from "./domain/simulation-api.ts";
export { parseScenario, defaultScenario, type ScenarioResult } from "./scenario/parse-scenario.ts";
export { parseSweep, type Sweep, type SweepResult } from "./scenario/parse-sweep.ts";
export { applyParams } from "./scenario/apply-params.ts";
export { formatDiagnostic, type Diagnostic } from "./scenario/diagnostic.ts";
export type { Scenario } from "./scenario/schema.ts";

// --- Models built from registered parts (issue 15, item 1) ---------------------------
// `defineModel([...PARTS, myPart])` gives { schema, parseScenario, createSimulation,
// metricCatalogue, jsonSchema, parametersDoc }; SHIPPED_MODEL is defineModel(PARTS).
export { defineModel, SHIPPED_MODEL, type DoorstepModel } from "./domain/define-model.ts";
export { PARTS } from "./domain/parts.ts";
export { domainPart, count, level, type DomainPart } from "./domain/model/domain-part.ts";
// --- end of models built from parts ---------------------------------------------------

/** Everything one finished run produced. */
export interface RunResult {
  seed: number;
  metrics: MetricInfo[];
  daily: DailyRow[];
  summary: Record<string, number>;
}

/**
 * Runs `scenario` to its end in this thread and returns its daily rows and summary.
 *
 * @example
 * const { summary } = runScenario(defaultScenario(), { seed: 3, days: 30 });
 */
export function runScenario(scenario: Scenario, opts: SimulationOptions = {}): RunResult {
  const sim = createSimulation(scenario, opts);
  while (!sim.isDone()) sim.stepDay();
  return { seed: sim.seed, metrics: sim.metrics(), daily: sim.daily(), summary: sim.summary() };
}
