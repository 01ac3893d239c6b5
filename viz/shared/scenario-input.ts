/**
 * Turns what the user chose (a library scenario, or YAML they opened or pasted) plus
 * parameter overrides into a validated Scenario, or the diagnostics to show. Parsing runs
 * here (it is quick) so that errors read exactly as the CLI prints them.
 */
import { parseScenario, defaultScenario, applyParams, type Diagnostic, type Scenario } from "../../sim/index.ts";
import type { ParamValue } from "./schema-params.ts";

export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; diagnostics: Diagnostic[]; text: string };

/** Validates `text` (or the built-in default when null) and applies `overrides`. */
export function resolveScenario(text: string | null, fileName: string, overrides: Map<string, ParamValue>): ScenarioResult {
  const res = text === null ? { ok: true as const, scenario: defaultScenario() } : parseScenario(text, { fileName });
  if (!res.ok) return { ok: false, diagnostics: res.diagnostics, text: text ?? "" };
  if (overrides.size === 0) return { ok: true, scenario: res.scenario };
  try {
    return { ok: true, scenario: applyParams(res.scenario, Object.fromEntries(overrides)) };
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      text: "",
      diagnostics: [{ code: "bad-override", message, path: [], file: "URL parameters", line: 0, column: 0 }],
    };
  }
}
