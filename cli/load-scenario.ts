/**
 * Reading a scenario file for a command: every problem becomes a `CliError` whose
 * message is one line per diagnostic (`file:line:column  path  message`), exit code 1.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { applyParams, formatDiagnostic, parseScenario, type Diagnostic, type ParamValue, type Scenario } from "../sim/node.ts";
import { CliError } from "./cli-error.ts";
import { EXIT } from "./exit-codes.ts";

/** The text of a file the user named, or a one-line `CliError`. */
export function readUserFile(path: string, what: string): string {
  if (!existsSync(path)) throw new CliError(`cannot read ${what} "${path}": no such file`, EXIT.invalid);
  if (statSync(path).isDirectory()) throw new CliError(`cannot read ${what} "${path}": it is a directory`, EXIT.invalid);
  try {
    return readFileSync(path, "utf8");
  } catch (e) {
    throw new CliError(`cannot read ${what} "${path}": ${(e as Error).message}`, EXIT.invalid);
  }
}

/** Throws the diagnostics as one `CliError`, one line each. */
export function failWithDiagnostics(diagnostics: readonly Diagnostic[]): never {
  throw new CliError(diagnostics.map(formatDiagnostic).join("\n"), EXIT.invalid);
}

/** Reads `extends: ./other.yaml` relative to the file being loaded; undefined when missing. */
export function readFileOrUndefined(path: string): string | undefined {
  try {
    return readFileSync(path, "utf8");
  } catch {
    return undefined;
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
