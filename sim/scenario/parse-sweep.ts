/**
 * Parsing a sweep file, in the browser or in Node.
 *
 *   text ──1 readYaml──> document ──2 SweepSchema──> shape ──3 base──> Scenario
 *        ──4 each vary path exists and each value fits that parameter──> Sweep | diagnostics
 *
 * Same diagnostics and format as scenarios; every problem at once.
 */
import type { z } from "zod";
import type { ParamValue, RunPlan } from "../core/index.ts";
import type { Diagnostic } from "./diagnostic.ts";
import { sortDiagnostics } from "./diagnostic.ts";
import { resolveReference } from "./extends.ts";
import { applyParamsChecked } from "./apply-params.ts";
import { baseName } from "./file-path.ts";
import { messages } from "./messages.ts";
import { parseScenario, type ParseOptions } from "./parse-scenario.ts";
import { paramAt, paramPaths, type ParamInfo } from "./schema-walk.ts";
import { SECTIONS, type Scenario } from "./schema.ts";
import { closestName } from "./suggest.ts";
import { MAX_SWEEP_RUNS, planSize } from "./plan-size.ts";
import { sweepRunPlan } from "./sweep-cells.ts";
import { checkSampler, loadDesign } from "./sampler-checks.ts";
import { SweepSchema, VARY_KINDS, type SamplerName, type VarySpec } from "./sweep-schema.ts";
import { locate, readYaml, type YamlSource } from "./yaml-source.ts";
import { issuesToDiagnostics, type Locator } from "./zod-issues.ts";

type Segment = string | number;

/** A validated sweep, its base scenario loaded. */
export interface Sweep {
  name: string;
  description: string;
  /** The base scenario, fully resolved, with the sweep's `set:` values applied. */
  base: Scenario;
  /** Where the base came from (a path, or `preset:<name>`). */
  baseFile: string;
  /**
   * Dotted parameter path -> how it varies. For `sampler: design`, each column of the
   * design file with the list of its values (in order of first appearance).
   */
  vary: Record<string, VarySpec>;
  sampler: SamplerName;
  samples?: number;
  trajectories?: number;
  levels?: number;
  candidates?: number;
  calcSecondOrder?: boolean;
  /** `sampler: design`: the design file (resolved) and its rows. */
  design?: { file: string; rows: Record<string, ParamValue>[] };
  replications: number;
  seed: number;
  /**
   * The runs (cells × replications), counted at once and built one at a time; see
   * `sweepRunPlan`. Each call makes a new plan (random, lhs, morris and sobol plans keep
   * their draws once a cell was asked for).
   */
  plan(): RunPlan;
}

/** A sweep, or every problem found. */
export type SweepResult = { ok: true; sweep: Sweep } | { ok: false; diagnostics: Diagnostic[] };

/** Diagnostics positions in `source`. */
export function locator(source: YamlSource): Locator {
  return (path, target) => ({ file: source.file, ...pickPos(locate(source, path, target)) });
}

function pickPos(p: { line: number; column: number }) {
  return { line: p.line, column: p.column };
}

/** Checks one value against a parameter; diagnostics point at `at`. */
function checkValue(info: ParamInfo, value: unknown, at: Segment[], loc: Locator): Diagnostic[] {
  const parsed = (info.schema as z.ZodType).safeParse(value);
  if (parsed.success) return [];
  return issuesToDiagnostics(parsed.error.issues, value, (p, t) => loc([...at, ...p], t), info.schema).map((d) => ({
    ...d,
    path: [...at, ...d.path],
  }));
}

const NUMERIC = new Set(["number", "integer"]);

/**
 * Every problem with one `vary:` entry: unknown path, wrong kind for the sampler, values
 * that do not fit. `root` is the key the entries sit under (a calibration's `parameters`).
 */
export function checkVaryEntry(path: string, spec: VarySpec, sampler: string, loc: Locator, root = "vary"): Diagnostic[] {
  const at: Segment[] = [root, path];
  const segs = path.split(".");
  const here = (code: string, message: string, p: Segment[] = at, target: "key" | "value" = "value"): Diagnostic => ({
    code,
    message,
    path: p,
    ...loc(p, target),
  });
  const info = segs[0] in SECTIONS ? paramAt(segs) : undefined;
  if (!info) {
    const known = paramPaths().map((p) => p.path);
    return [here("unknown-param", messages.unknownParam(path, closestName(path, known)), at, "key")];
  }
  if (info.kind === "map" || info.kind === "other") {
    const example = paramPaths().find((p) => p.path.startsWith(path + "."))?.path;
    return [here("not-a-param", messages.notAParam(path, example), at, "key")];
  }
  const out: Diagnostic[] = [];
  const kind = VARY_KINDS.find((k) => spec[k] !== undefined)!;
  if (sampler === "grid" && kind !== "values" && kind !== "range") {
    out.push(here("sampler-mismatch", messages.samplerMismatch(kind, sampler), [...at, kind], "key"));
  }
  const numeric = NUMERIC.has(info.kind);
  if (!numeric && kind !== "values" && kind !== "choice") {
    out.push(here("wrong-type", messages.notNumeric(kind, info.kind), [...at, kind], "key"));
    return out;
  }
  const check = (v: unknown, p: Segment[]) => out.push(...checkValue(info, v, [...at, ...p], loc));
  if (spec.values) spec.values.forEach((v, i) => check(v, ["values", i]));
  if (spec.choice) spec.choice.forEach((v, i) => check(v, ["choice", i]));
  if (spec.range) {
    check(spec.range.from, ["range", "from"]);
    check(spec.range.to, ["range", "to"]);
  }
  if (spec.uniform) {
    check(spec.uniform.min, ["uniform", "min"]);
    check(spec.uniform.max, ["uniform", "max"]);
  }
  if (spec.int) {
    check(spec.int.min, ["int", "min"]);
    check(spec.int.max, ["int", "max"]);
  }
  if (spec.normal) check(spec.normal.mean, ["normal", "mean"]);
  return out;
}

/** Problems with one `set:` entry: an unknown path, or a value that does not fit the parameter. */
function checkSetEntry(path: string, value: unknown, loc: Locator): Diagnostic[] {
  const segs = path.split(".");
  const info = segs[0] in SECTIONS ? paramAt(segs) : undefined;
  if (!info || info.kind === "map" || info.kind === "other") {
    const known = paramPaths().map((p) => p.path);
    return [
      { code: "unknown-param", message: messages.unknownParam(path, closestName(path, known)), path: ["set", path], ...loc(["set", path], "key") },
    ];
  }
  return checkValue(info, value, ["set", path], loc);
}

/** A design's columns as `values` lists, so that tables and manifests treat it like any sweep. */
function designVary(rows: readonly Record<string, ParamValue>[]): Record<string, VarySpec> {
  const vary: Record<string, VarySpec> = {};
  for (const path of Object.keys(rows[0] ?? {})) vary[path] = { values: [...new Set(rows.map((r) => r[path]))] };
  return vary;
}

/**
 * Parses and validates a sweep file, loading its base scenario (a preset name, or a path
 * relative to the sweep file read through `opts.readFile`).
 *
 * @example
 * const r = parseSweep(text, { fileName: "scenarios/sweeps/x.yaml", readFile });
 * if (r.ok) for (const run of r.sweep.plan().runs()) applyParams(r.sweep.base, run.params);
 */
export function parseSweep(text: string, opts: ParseOptions = {}): SweepResult {
  const file = opts.fileName ?? "sweep.yaml";
  const read = readYaml(text, file);
  if (!read.ok) return read;
  const source = read.source;
  const loc = locator(source);
  const shape = SweepSchema.safeParse(source.value);
  if (!shape.success) {
    return { ok: false, diagnostics: sortDiagnostics(issuesToDiagnostics(shape.error.issues, source.value, loc, SweepSchema)) };
  }
  const s = shape.data;
  const out: Diagnostic[] = [];
  if ((s.sampler === "random" || s.sampler === "lhs" || s.sampler === "sobol") && s.samples === undefined) {
    out.push({ code: "samples-required", message: messages.samplesRequired(s.sampler), path: ["sampler"], ...loc(["sampler"], "value") });
  }
  out.push(...checkSampler(s, loc));
  for (const [path, spec] of Object.entries(s.vary ?? {})) out.push(...checkVaryEntry(path, spec, s.sampler, loc));
  for (const [path, value] of Object.entries(s.set ?? {})) out.push(...checkSetEntry(path, value, loc));
  let design: Sweep["design"];
  if (s.sampler === "design" && s.design !== undefined) {
    const d = loadDesign(s.design, file, opts.readFile, loc);
    if (d.ok) design = { file: d.file, rows: d.design.rows };
    else out.push(...d.diagnostics);
  }
  const size = planSize({ ...s, vary: s.vary ?? {}, designRows: design?.rows.length });
  if (size.runs > MAX_SWEEP_RUNS) {
    const at: Segment[] =
      s.replications > 1 ? ["replications"] : s.sampler === "grid" ? ["vary"] : s.sampler === "morris" ? ["trajectories"] : ["samples"];
    out.push({ code: "plan-too-large", message: messages.planTooLarge(size.cells, s.replications, MAX_SWEEP_RUNS), path: at, ...loc(at, "value") });
  }

  let base: Scenario | undefined;
  let baseFile = "";
  const ref = resolveReference(s.base, file, opts.readFile, "base");
  if (!ref.ok) out.push({ code: ref.code, message: ref.message, path: ["base"], ...loc(["base"], "value") });
  else {
    baseFile = ref.file;
    const r = parseScenario(ref.text, { fileName: ref.file, readFile: opts.readFile });
    if (r.ok && s.set && out.length === 0) {
      const applied = applyParamsChecked(r.scenario, s.set);
      if (applied.ok) base = applied.scenario;
      else for (const p of applied.problems) out.push({ code: p.code, message: p.message, path: ["set", p.path], ...loc(["set", p.path], "value") });
    } else if (r.ok) base = r.scenario;
    else out.push(...r.diagnostics);
  }
  if (out.length > 0 || !base) return { ok: false, diagnostics: sortDiagnostics(out) };

  const sweep: Sweep = {
    name: s.name ?? baseName(file),
    description: s.description,
    base,
    baseFile,
    vary: s.vary ?? designVary(design?.rows ?? []),
    sampler: s.sampler,
    ...(s.samples !== undefined ? { samples: s.samples } : {}),
    ...(s.sampler === "morris"
      ? { trajectories: s.trajectories, levels: s.levels ?? 4, ...(s.candidates !== undefined ? { candidates: s.candidates } : {}) }
      : {}),
    ...(s.sampler === "sobol" ? { calcSecondOrder: s.calcSecondOrder ?? false } : {}),
    ...(design ? { design } : {}),
    replications: s.replications,
    seed: s.seed,
    plan: () => sweepRunPlan({ ...sweep, ...(design ? { designRows: design.rows } : {}) }),
  };
  return { ok: true, sweep };
}
