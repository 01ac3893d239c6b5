/**
 * Doorstep's public API: the one door through which hosts (the dashboard, the CLI) and
 * the engine in `workers/` reach the model (see docs/architecture.md; dependency-cruiser
 * enforces it). Browser-safe: nothing here reaches a Node built-in; the Node-only file
 * loaders live in `sim/node.ts`. Grouped by what a host does with them:
 *
 * ```
 *   scenarios    parseScenario, defaultScenario, applyParams, checkParam, paramPaths,
 *                POLICY_BUNDLES, POLICY_NAMES, validateText, exportJsonSchema,
 *                changeSchedule (a timeline's dated changes, for manifests)
 *   diagnostics  formatDiagnostic, formatDiagnosticWithSource
 *   running      createSimulation, runScenario, dailyCsv, casesCsv, arrestsCsv, HEADLINE_METRICS
 *   display      summaryUnit, metricDisplay, formatMetricValue, formatQuantity (one look per unit)
 *   sweeps       parseSweep, planRuns, runSeed
 *   sensitivity  sweepSensitivity, analyseTestFunction, SENSITIVITY_COLUMNS, TEST_FUNCTIONS
 *   statistics   logGamma, replicationsFor, nextReplications
 *   calibration  parseCalibration, runAbc, abcRunSeed, targetDistance, summarisePopulation
 * ```
 *
 * @example
 * import { parseScenario, runScenario } from "doorstep/sim/index.ts";
 * const loaded = parseScenario("policy: { name: portal-partnership }\nrun: { days: 30 }", { fileName: "mine.yaml" });
 * if (loaded.ok) console.log(runScenario(loaded.scenario, { seed: 1 }).summary.packages_stolen);
 */
import { createSimulation, type SimulationOptions } from "./domain/simulation.ts";
import type { DailyRow, MetricInfo } from "./domain/simulation-api.ts";
import type { Summary } from "./domain/simulation-api.ts";
import type { Scenario } from "./scenario/schema.ts";

// Scenarios: parse, default, override, describe, validate any file, export the JSON Schema.
export {
  parseScenario,
  defaultScenario,
  applyParams,
  checkParam,
  paramPaths,
  POLICY_BUNDLES,
  POLICY_NAMES,
  validateText,
  exportJsonSchema,
  changeSchedule,
  type Scenario,
  type ScheduledChange,
  type ScenarioResult,
  type ParamValue,
  type ParamInfo,
  type ParamCheck,
  type PolicyName,
} from "./scenario/index.ts";

// Diagnostics: errors as data, formatted once at the edge.
export { formatDiagnostic, formatDiagnosticWithSource, type Diagnostic } from "./scenario/index.ts";

// Running: the simulation contract, its snapshots for the map, daily.csv text.
export { createSimulation, type SimulationOptions } from "./domain/simulation.ts";
export type {
  DailyRow,
  MetricInfo,
  MapLayout,
  MapState,
  MapEvent,
  MapEventKind,
  CameraView,
  PersonKind,
  Simulation,
  CaseRow,
  ArrestRow,
  RunRecords,
  Summary,
} from "./domain/simulation-api.ts";
// The published figures a run is held against: calibration targets and validation patterns (`doorstep patterns`).
export { PATTERNS, type Pattern } from "./domain/patterns.ts";
// The disparities of the summary and the by-group counts behind them (hosts show the counts).
export { DISPARITIES, disparityCounts, type DisparityDef, type GroupCounts } from "./domain/submodels/summarise.ts";
export { toCsv as dailyCsv } from "./domain/submodels/daily-csv.ts";
export { casesCsv, arrestsCsv } from "./domain/submodels/records-csv.ts";
export { HEADLINE_METRICS } from "./domain/headline-metrics.ts";
// How a measure reads for people: its unit (derived keys included) and its value by that unit.
export { summaryUnit } from "./domain/submodels/summary-units.ts";
export { metricDisplay, formatMetricValue, formatQuantity, type MetricDisplay, type FormatOptions } from "./domain/metric-display.ts";

// Sweeps: parse a sweep file, plan its runs with seeds hashed from (sweep, cell, replication).
export { parseSweep, type Sweep, type SweepResult } from "./scenario/index.ts";
export { planRuns, runSeed, type RunSpec, type RunPlan, type Runner, type BatchRow } from "./core/index.ts";

// Sensitivity: Morris and Sobol' indices of a finished sweep, or of a test function with known answers.
export { sweepSensitivity, type SweepSensitivity, type SweepRun } from "./scenario/index.ts";
export {
  analyseTestFunction,
  SENSITIVITY_COLUMNS,
  TEST_FUNCTIONS,
  type SensitivityRow,
  type SecondOrderRow,
  type SensitivityMethod,
} from "./core/index.ts";

// Statistics: the log-gamma function hosts build intervals on (Student's t).
export { logGamma } from "./core/index.ts";

// Replications until precise: how far the next batch of replications should go.
export { replicationsFor, nextReplications } from "./core/index.ts";

// Calibration: parse a calibration file; ABC (rejection, SMC) against its summary targets.
export { parseCalibration, type Calibration, type CalibrationResult } from "./scenario/index.ts";
export {
  runAbc,
  abcRunSeed,
  targetDistance,
  summarisePopulation,
  type AbcPlan,
  type AbcGeneration,
  type Particle,
  type ParamSummary,
  type ParamSet,
  type Targets,
} from "./core/index.ts";

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
  summary: Summary;
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
