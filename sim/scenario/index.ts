/**
 * The scenario API (browser-safe): schema, parsing with positioned diagnostics, presets,
 * policies, sweeps, JSON Schema and parameter docs. Node-only file loaders live in
 * `load-file.ts`.
 */
export { ScenarioSchema, SECTIONS, type AnyScenarioSchema, type Scenario, type ScenarioInput, type SectionName } from "./schema.ts";
export {
  POLICY_BUNDLES,
  POLICY_NAMES,
  POLICY_SWITCHES,
  POLICY_SWITCH_NAMES,
  resolvePolicy,
  type Policy,
  type PolicyName,
  type PolicySwitches,
} from "./policy-bundles.ts";
export { formatDiagnostic, formatDiagnosticWithSource, formatPath, type Diagnostic } from "./diagnostic.ts";
export { diagnosticSource } from "./diagnostic-source.ts";
export { DIAGNOSTIC_CODES, messages, type DiagnosticCode } from "./messages.ts";
export { parseScenario, defaultScenario, type ParseOptions, type ScenarioResult } from "./parse-scenario.ts";
export type { ReadFile } from "./extends.ts";
export { presetNames, presetText } from "./presets.ts";
export { applyParams, type ParamValue } from "./apply-params.ts";
export { paramPaths, paramAt, type ParamInfo } from "./schema-walk.ts";
export { exportJsonSchema, exportSweepJsonSchema, exportCalibrationJsonSchema } from "./json-schema.ts";
export { SweepSchema, VarySpecSchema, VARY_KINDS, type SweepInput, type VarySpec, type VaryKind } from "./sweep-schema.ts";
export { parseSweep, type Sweep, type SweepResult } from "./parse-sweep.ts";
export { sweepCells, sweepRunPlan, linspace, type SweepPlan } from "./sweep-cells.ts";
export { sweepSensitivity, type SensitivitySweep, type SweepRun, type SweepSensitivity, type SweepSensitivityOptions } from "./sweep-sensitivity.ts";
export { readDesign, type DesignTable, type DesignResult } from "./design-file.ts";
export { CalibrationSchema, CALIBRATION_METHODS, type CalibrationInput, type CalibrationMethod } from "./calibration-schema.ts";
export { parseCalibration, type Calibration, type CalibrationResult, type CalibrationParseOptions } from "./parse-calibration.ts";
export { validateText, fileKind } from "./validate-text.ts";
export { renderParametersDoc } from "./params-doc.ts";
export {
  changeSchedule,
  checkTimeline,
  timelineSchema,
  FIXED_SECTIONS,
  FIXED_AT_START,
  type ScheduledChange,
  type TimelineEntry,
} from "./timeline.ts";
export { applyParamsChecked, type ParamProblem } from "./apply-params.ts";
export { checkParam, type ParamCheck } from "./param-limit.ts";
