/**
 * Node-only loaders: read scenario and sweep files from disk (relative `extends:` and
 * `base:` paths are read too). Kept apart from the rest of `sim/scenario` so the browser
 * bundle never imports `node:fs`.
 */
import { closeSync, openSync, readFileSync, readSync, statSync } from "node:fs";
import type { Diagnostic } from "./diagnostic.ts";
import { MAX_FILE_CHARS } from "./limits.ts";
import { messages } from "./messages.ts";
import { parseCalibration, type CalibrationResult } from "./parse-calibration.ts";
import { parseScenario, type ScenarioResult } from "./parse-scenario.ts";
import { parseSweep, type SweepResult } from "./parse-sweep.ts";
import { validateText } from "./validate-text.ts";

/** Bytes enough for more than `MAX_FILE_CHARS` characters in any UTF-8 text. */
const MAX_READ_BYTES = MAX_FILE_CHARS * 4 + 4;

/**
 * Reads a UTF-8 file, or undefined when it does not exist or is not a file. A file larger
 * than the size limit is read only up to a little past it (the parser then reports
 * `too-large`), so a multi-gigabyte file costs no more than a few megabytes.
 */
export function readTextFile(path: string): string | undefined {
  try {
    const st = statSync(path);
    if (!st.isFile()) return undefined;
    if (st.size <= MAX_READ_BYTES) return readFileSync(path, "utf8");
    const buf = Buffer.alloc(MAX_READ_BYTES);
    const fd = openSync(path, "r");
    try {
      readSync(fd, buf, 0, MAX_READ_BYTES, 0);
    } finally {
      closeSync(fd);
    }
    return buf.toString("utf8");
  } catch {
    return undefined;
  }
}

function missing(path: string): { ok: false; diagnostics: Diagnostic[] } {
  return { ok: false, diagnostics: [{ code: "not-found", message: messages.fileNotFound(path), path: [], file: path, line: 1, column: 1 }] };
}

/**
 * Loads and validates a scenario file.
 *
 * @example
 * const r = loadScenarioFile("scenarios/portal-partnership.yaml");
 * if (!r.ok) { r.diagnostics.forEach((d) => console.error(formatDiagnostic(d))); process.exit(1); }
 */
export function loadScenarioFile(path: string): ScenarioResult {
  const text = readTextFile(path);
  return text === undefined ? missing(path) : parseScenario(text, { fileName: path, readFile: readTextFile });
}

/** Loads and validates a sweep file and its base scenario. */
export function loadSweepFile(path: string): SweepResult {
  const text = readTextFile(path);
  return text === undefined ? missing(path) : parseSweep(text, { fileName: path, readFile: readTextFile });
}

/** Loads and validates a calibration file and its base scenario; `metrics` are the summary metrics targets may name. */
export function loadCalibrationFile(path: string, metrics?: readonly string[]): CalibrationResult {
  const text = readTextFile(path);
  return text === undefined ? missing(path) : parseCalibration(text, { fileName: path, readFile: readTextFile, ...(metrics ? { metrics } : {}) });
}

/** Every problem in a scenario, sweep or calibration file (`[]` when valid); `vary:` at the top means sweep. */
export function validateFile(path: string): Diagnostic[] {
  const text = readTextFile(path);
  return text === undefined ? missing(path).diagnostics : validateText(text, { fileName: path, readFile: readTextFile });
}
