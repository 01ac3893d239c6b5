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

/** What kind of file a text is: a sweep when its top level has `vary:` (or `base:` and `sampler:`), else a scenario. */
export function fileKind(text: string, fileName = "file.yaml"): "scenario" | "sweep" {
  const r = readYaml(text, fileName);
  if (!r.ok || !isPlainObject(r.source.value)) return "scenario";
  const v = r.source.value;
  // A design sweep has no `vary:`; `base:` with `sampler:` is a sweep's alone.
  return "vary" in v || ("base" in v && "sampler" in v) ? "sweep" : "scenario";
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
