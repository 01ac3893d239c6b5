/**
 * Applying sweep parameters to a scenario: set each dotted path, then validate again so
 * a sweep cell is exactly as trustworthy as a scenario file.
 */
import type { ParamValue } from "../core/index.ts";
import { isPlainObject } from "./deep-merge.ts";
import { formatPath } from "./diagnostic.ts";
import { messages } from "./messages.ts";
import { paramAt, paramPaths } from "./schema-walk.ts";
import { ScenarioSchema, type AnyScenarioSchema, type Scenario } from "./schema.ts";
import { closestName } from "./suggest.ts";
import { issuesToDiagnostics } from "./zod-issues.ts";

/** A value a sweep may give a parameter (the core's batch type). */
export type { ParamValue };

/** Sets `value` at dotted `path` in `target`, creating maps on the way. */
function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let cur = target;
  for (const seg of path.slice(0, -1)) {
    if (!isPlainObject(cur[seg])) cur[seg] = {};
    cur = cur[seg] as Record<string, unknown>;
  }
  cur[path[path.length - 1]] = value;
}

/** A problem found applying parameters: the dotted path it concerns, a diagnostic code and message. */
export interface ParamProblem {
  path: string;
  code: string;
  message: string;
}

/**
 * A copy of `scenario` with `params` (dotted path -> value) applied and validated again,
 * or every problem found. Setting `policy.name` selects that bundle afresh: every switch
 * takes the bundle's value unless the same `params` also set it.
 *
 * @example
 * const r = applyParamsChecked(defaultScenario(), { "policy.name": "portal-partnership" });
 * if (r.ok) r.scenario.policy.portal; // true
 */
export function applyParamsChecked(
  scenario: Scenario,
  params: Record<string, ParamValue>,
  schema: AnyScenarioSchema = ScenarioSchema,
): { ok: true; scenario: Scenario } | { ok: false; problems: ParamProblem[] } {
  const data = structuredClone(scenario) as unknown as Record<string, unknown>;
  const problems: ParamProblem[] = [];
  if ("policy.name" in params) data.policy = { name: params["policy.name"] };
  for (const [path, value] of Object.entries(params)) {
    const segs = path.split(".");
    if (paramAt(segs, schema) === undefined) {
      const known = paramPaths(schema).map((p) => p.path);
      problems.push({ path, code: "unknown-param", message: messages.unknownParam(path, closestName(path, known)) });
      continue;
    }
    setPath(data, segs, value);
  }
  if (problems.length > 0) return { ok: false, problems };
  const r = schema.safeParse(data);
  if (r.success) return { ok: true, scenario: r.data as Scenario };
  const noPosition = () => ({ file: "", line: 0, column: 0 });
  for (const d of issuesToDiagnostics(r.error.issues, data, noPosition, schema)) {
    problems.push({ path: formatPath(d.path), code: d.code, message: d.message });
  }
  return { ok: false, problems };
}

/**
 * A copy of `scenario` with `params` (dotted path -> value) applied and validated again.
 * Throws an `Error` listing every problem when a path does not exist or a value does not
 * fit (sweep files are checked before this runs). See {@link applyParamsChecked}.
 *
 * @example
 * applyParams(defaultScenario(), { "policy.name": "portal-partnership", "run.days": 30 })
 */
export function applyParams(scenario: Scenario, params: Record<string, ParamValue>, schema: AnyScenarioSchema = ScenarioSchema): Scenario {
  const r = applyParamsChecked(scenario, params, schema);
  if (r.ok) return r.scenario;
  const lines = r.problems.map((p) => (p.code === "unknown-param" ? p.message : `${p.path}  ${p.message}`));
  throw new Error(`cannot apply parameters to scenario "${scenario.name}":\n  ${lines.join("\n  ")}`);
}
