/**
 * Parsing a calibration file, in the browser or in Node.
 *
 *   text ──1 readYaml──> document ──2 CalibrationSchema──> shape ──3 base──> Scenario
 *        ──4 each parameter exists, its prior is uniform/int/values and fits it
 *        ──5 each target names a summary metric (when the host lists them)
 *        ──6 the method's sizes are given and consistent──> Calibration | diagnostics
 *
 * Same diagnostics and format as scenarios and sweeps; every problem at once.
 */
import type { AbcPlan, Prior, Priors, Targets } from "../core/index.ts";
import { type CalibrationMethod, CalibrationSchema, PRIOR_KINDS } from "./calibration-schema.ts";
import type { Diagnostic } from "./diagnostic.ts";
import { sortDiagnostics } from "./diagnostic.ts";
import { resolveReference } from "./extends.ts";
import { baseName } from "./file-path.ts";
import { messages } from "./messages.ts";
import { parseScenario, type ParseOptions } from "./parse-scenario.ts";
import { checkVaryEntry, locator } from "./parse-sweep.ts";
import type { Scenario } from "./schema.ts";
import { paramAt } from "./schema-walk.ts";
import { closestName } from "./suggest.ts";
import { VARY_KINDS, type VarySpec } from "./sweep-schema.ts";
import { readYaml } from "./yaml-source.ts";
import { issuesToDiagnostics, type Locator } from "./zod-issues.ts";

/** A validated calibration, its base scenario loaded. */
export interface Calibration {
  name: string;
  description: string;
  base: Scenario;
  /** Where the base came from (a path, or `preset:<name>`). */
  baseFile: string;
  /** Dotted parameter path -> its prior, as written. */
  parameters: Record<string, VarySpec>;
  /** The same priors for the ABC core. */
  priors: Priors;
  targets: Targets;
  method: CalibrationMethod;
  replications: number;
  seed: number;
  /** Sets kept per generation, sets run per generation, generations (rejection: 1). */
  plan: AbcPlan;
}

/** A calibration, or every problem found. */
export type CalibrationResult = { ok: true; calibration: Calibration } | { ok: false; diagnostics: Diagnostic[] };

/** Options: those of scenarios, plus the summary metric names targets may use (unchecked when absent). */
export interface CalibrationParseOptions extends ParseOptions {
  metrics?: readonly string[];
}

/** A prior for the core from a checked `parameters:` entry. */
function toPrior(spec: VarySpec): Prior {
  if (spec.uniform) return { kind: "uniform", ...spec.uniform };
  if (spec.int) return { kind: "int", ...spec.int };
  return { kind: "values", values: spec.values ?? [] };
}

/** Problems of one prior beyond what a sweep checks: its kind, an empty interval, a uniform prior on a whole number. */
function checkPrior(path: string, spec: VarySpec, loc: Locator): Diagnostic[] {
  const kind = VARY_KINDS.find((k) => spec[k] !== undefined)!;
  const at = ["parameters", path, kind];
  const here = (code: string, message: string): Diagnostic => ({ code, message, path: at, ...loc(at, "key") });
  if (!(PRIOR_KINDS as readonly string[]).includes(kind)) return [here("prior-kind", messages.priorKind(kind))];
  const bounds = spec.uniform ?? spec.int;
  if (bounds && (spec.uniform ? !(bounds.min < bounds.max) : !(bounds.min <= bounds.max)))
    return [here("out-of-range", messages.emptyPrior(kind, bounds.min, bounds.max))];
  if (spec.uniform && paramAt(path)?.kind === "integer") return [here("prior-kind", messages.integerPrior(path))];
  return [];
}

/**
 * Parses and validates a calibration file, loading its base scenario (a preset name, or a
 * path relative to the file read through `opts.readFile`).
 *
 * @example
 * const r = parseCalibration(text, { fileName: "scenarios/calibrations/x.yaml", readFile, metrics });
 * if (r.ok) await runAbc(r.calibration.plan, evaluate);
 */
export function parseCalibration(text: string, opts: CalibrationParseOptions = {}): CalibrationResult {
  const file = opts.fileName ?? "calibration.yaml";
  const read = readYaml(text, file);
  if (!read.ok) return read;
  const source = read.source;
  const loc = locator(source);
  const shape = CalibrationSchema.safeParse(source.value);
  if (!shape.success) {
    return { ok: false, diagnostics: sortDiagnostics(issuesToDiagnostics(shape.error.issues, source.value, loc, CalibrationSchema)) };
  }
  const s = shape.data;
  const out: Diagnostic[] = [];
  const at = (code: string, message: string, path: (string | number)[], target: "key" | "value" = "key"): Diagnostic => ({
    code,
    message,
    path,
    ...loc(path, target),
  });

  // 4. parameters
  for (const [path, spec] of Object.entries(s.parameters)) {
    const problems = checkVaryEntry(path, spec, "random", loc, "parameters");
    out.push(...(problems.length > 0 ? problems : checkPrior(path, spec, loc)));
  }
  // 5. targets
  if (opts.metrics) {
    for (const name of Object.keys(s.targets)) {
      if (!opts.metrics.includes(name))
        out.push(at("unknown-metric", messages.unknownMetric(name, closestName(name, opts.metrics)), ["targets", name]));
    }
  }
  // 6. method and sizes
  const rejection = s.method === "abc-rejection";
  const own = rejection ? ["samples"] : ["particles"];
  const foreign = rejection ? ["particles"] : ["samples"];
  for (const key of own)
    if (s[key as "samples" | "particles"] === undefined) out.push(at("missing-key", messages.methodNeeds(s.method, key), ["method"], "value"));
  for (const key of foreign) {
    if (s[key as "samples" | "particles"] !== undefined)
      out.push(at("method-mismatch", messages.methodMismatch(key, s.method, rejection ? "abc-smc" : "abc-rejection"), [key]));
  }
  if (rejection && (source.value as Record<string, unknown>).generations !== undefined) {
    out.push(at("method-mismatch", messages.methodMismatch("generations", s.method, "abc-smc"), ["generations"]));
  }
  const fraction = s.acceptFraction ?? (rejection ? 0.1 : 0.5);
  const kept = rejection ? Math.round((s.samples ?? 0) * fraction) : (s.particles ?? 0);
  if (rejection && s.samples !== undefined && kept < 1)
    out.push(at("out-of-range", messages.tooFewKept(s.samples, fraction), ["acceptFraction"], "value"));

  let base: Scenario | undefined;
  let baseFile = "";
  const ref = resolveReference(s.base, file, opts.readFile, "base");
  if (!ref.ok) out.push(at(ref.code, ref.message, ["base"], "value"));
  else {
    baseFile = ref.file;
    const r = parseScenario(ref.text, { fileName: ref.file, readFile: opts.readFile });
    if (r.ok) base = r.scenario;
    else out.push(...r.diagnostics);
  }
  if (out.length > 0 || !base) return { ok: false, diagnostics: sortDiagnostics(out) };

  const priors: Priors = {};
  for (const [path, spec] of Object.entries(s.parameters)) priors[path] = toPrior(spec);
  const targets: Targets = {};
  for (const [name, t] of Object.entries(s.targets))
    targets[name] = t.sd !== undefined ? { value: t.value!, sd: t.sd } : { min: t.min!, max: t.max! };
  const proposals = rejection ? s.samples! : Math.ceil(kept / fraction);
  return {
    ok: true,
    calibration: {
      name: s.name ?? baseName(file),
      description: s.description,
      base,
      baseFile,
      parameters: s.parameters,
      priors,
      targets,
      method: s.method,
      replications: s.replications,
      seed: s.seed,
      plan: { priors, particles: kept, proposals, generations: rejection ? 1 : s.generations, seed: s.seed },
    },
  };
}
