/**
 * Reading a scenario file for a command: every problem becomes a `CliError` whose
 * message is one line per diagnostic (`file:line:column  path  message`), exit code 1.
 */
import { existsSync } from "node:fs";
import { applyParams, formatDiagnostic, parseScenario, type Diagnostic, type ParamValue, type Scenario } from "../sim/node.ts";
import { CliError } from "./cli-error.ts";
import { EXIT } from "./exit-codes.ts";
import { readUserFile } from "./read-user-file.ts";

export { readUserFile };

/** Throws the diagnostics as one `CliError`, one line each. */
export function failWithDiagnostics(diagnostics: readonly Diagnostic[]): never {
  throw new CliError(diagnostics.map(formatDiagnostic).join("\n"), EXIT.invalid);
}

/**
 * Reads `extends: ./other.yaml` relative to the file being loaded: undefined when missing;
 * anything else unreadable (a device, too large, not UTF-8) throws, and the loader turns
 * the message into a diagnostic at the `extends:` line.
 */
export function readFileOrUndefined(path: string): string | undefined {
  if (!existsSync(path)) return undefined;
  try {
    return readUserFile(path, "file");
  } catch (e) {
    // The loader words the reference itself; keep only the cause after the path.
    if (e instanceof CliError) throw new Error(e.message.replace(/^cannot read file ".*?": /, ""));
    throw e;
  }
}

/**
 * Loads and validates a scenario file, then applies `--set` overrides (validated again).
 *
 * @example
 * ```ts
 * const scenario = loadScenarioForCli("scenarios/baseline.yaml", { "run.days": 30 });
 * ```
 */
export function loadScenarioForCli(path: string, sets: Record<string, ParamValue> = {}): Scenario {
  const text = readUserFile(path, "scenario file");
  // `extends:` paths arrive already resolved against `path` (relative to the cwd).
  const parsed = parseScenario(text, { fileName: path, readFile: readFileOrUndefined });
  if (!parsed.ok) failWithDiagnostics(parsed.diagnostics);
  if (Object.keys(sets).length === 0) return parsed.scenario;
  try {
    return applyParams(parsed.scenario, sets);
  } catch (e) {
    const lines = (e as Error).message
      .split("\n")
      .map((l) => l.trim())
      .filter(Boolean);
    throw new CliError(
      lines
        .slice(1)
        .map((l) => `${path}: --set ${l}`)
        .join("\n") || lines[0],
      EXIT.invalid,
    );
  }
}
