/**
 * The Node-only part of the public API: loading scenario and sweep files from disk
 * (with `extends:` resolved relative to each file), plus everything of `sim/index.ts`.
 * Node hosts (the CLI) import this file; the dashboard and the browser Worker import
 * `sim/index.ts`, which reaches no Node built-in (see docs/architecture.md).
 */
export { loadScenarioFile, loadSweepFile, loadCalibrationFile, validateFile } from "./scenario/load-file.ts";
export * from "./index.ts";
