/**
 * One entry point for `doorstep validate` and the dashboard's file check: decides whether
 * a YAML text is a scenario, a sweep (a top-level `vary:` key) or a calibration (a
 * top-level `targets:` key) and returns every diagnostic (none when the file is valid).
 */
import { isPlainObject } from "./deep-merge.ts";
import type { Diagnostic } from "./diagnostic.ts";
import { parseCalibration } from "./parse-calibration.ts";
import { parseScenario, type ParseOptions } from "./parse-scenario.ts";
import { parseSweep } from "./parse-sweep.ts";
import { readYaml } from "./yaml-source.ts";

/**
 * What kind of file a text is: a sweep when its top level has `vary:` (or `base:` and
 * `sampler:`, as a design sweep has no `vary:`), a calibration when it has `targets:`,
 * else a scenario.
 */
export function fileKind(text: string, fileName = "file.yaml"): "scenario" | "sweep" | "calibration" {
  const r = readYaml(text, fileName);
  if (!r.ok || !isPlainObject(r.source.value)) return "scenario";
  const v = r.source.value;
  if ("vary" in v || ("base" in v && "sampler" in v)) return "sweep";
  return "targets" in v ? "calibration" : "scenario";
}

/**
 * Every problem in a scenario or sweep text; `[]` when it is valid.
 *
 * @example
 * for (const d of validateText(text, { fileName })) console.error(formatDiagnostic(d));
 */
export function validateText(text: string, opts: ParseOptions = {}): Diagnostic[] {
  const kind = fileKind(text, opts.fileName);
  const r = kind === "sweep" ? parseSweep(text, opts) : kind === "calibration" ? parseCalibration(text, opts) : parseScenario(text, opts);
  return r.ok ? [] : r.diagnostics;
}
