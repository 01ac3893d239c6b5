/** Reading a sweep file for a command; problems become a `CliError`, one line per diagnostic. */
import { parseSweep, type Sweep } from "../sim/node.ts";
import { failWithDiagnostics, readFileOrUndefined, readUserFile } from "./load-scenario.ts";

/**
 * @example
 * ```ts
 * const sweep = loadSweepForCli("scenarios/sweeps/adoption.yaml");
 * ```
 */
export function loadSweepForCli(path: string): Sweep {
  const text = readUserFile(path, "sweep file");
  // `base:` paths arrive already resolved against `path` (relative to the cwd).
  const parsed = parseSweep(text, { fileName: path, readFile: readFileOrUndefined });
  if (!parsed.ok) failWithDiagnostics(parsed.diagnostics);
  return parsed.sweep;
}
