/**
 * One entry point for `doorstep validate` and the dashboard's file check: decides whether
 * a YAML text is a scenario or a sweep (a top-level `vary:` key means sweep) and returns
 * every diagnostic (none when the file is valid).
 */
import { isPlainObject } from "./deep-merge.ts";
import type { Diagnostic } from "./diagnostic.ts";
import { parseScenario, type ParseOptions } from "./parse-scenario.ts";
import { parseSweep } from "./parse-sweep.ts";
import { readYaml } from "./yaml-source.ts";

/** What kind of file a text is: a sweep when its top level has `vary:`, else a scenario. */
export function fileKind(text: string, fileName = "file.yaml"): "scenario" | "sweep" {
  const r = readYaml(text, fileName);
  return r.ok && isPlainObject(r.source.value) && "vary" in r.source.value ? "sweep" : "scenario";
}

/**
 * Every problem in a scenario or sweep text; `[]` when it is valid.
 *
 * @example
 * for (const d of validateText(text, { fileName })) console.error(formatDiagnostic(d));
 */
export function validateText(text: string, opts: ParseOptions = {}): Diagnostic[] {
  const r = fileKind(text, opts.fileName) === "sweep" ? parseSweep(text, opts) : parseScenario(text, opts);
  return r.ok ? [] : r.diagnostics;
}
