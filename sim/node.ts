/**
 * The Node-only part of the public API: loading scenario and sweep files from disk
 * (with `extends:` resolved relative to each file). Everything else is in `sim/index.ts`.
 */
export { loadScenarioFile, loadSweepFile, validateFile } from "./scenario/load-file.ts";
export * from "./index.ts";
