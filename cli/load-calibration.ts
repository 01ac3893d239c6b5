/** Reading a calibration file for a command; problems become a `CliError`, one line per diagnostic. */
import { parseCalibration, type Calibration } from "../sim/node.ts";
import { failWithDiagnostics, readFileOrUndefined, readUserFile } from "./load-scenario.ts";

/**
 * `metrics`, when given, are the summary metrics of the model (targets must name one of them).
 *
 * @example
 * ```ts
 * const calibration = loadCalibrationForCli("scenarios/calibrations/adoption.yaml", metrics);
 * ```
 */
export function loadCalibrationForCli(path: string, metrics?: readonly string[]): Calibration {
  const text = readUserFile(path, "calibration file");
  const parsed = parseCalibration(text, { fileName: path, readFile: readFileOrUndefined, ...(metrics ? { metrics } : {}) });
  if (!parsed.ok) failWithDiagnostics(parsed.diagnostics);
  return parsed.calibration;
}
