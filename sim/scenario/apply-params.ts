/**
 * Applying sweep parameters to a scenario: set each dotted path, then validate again so
 * a sweep cell is exactly as trustworthy as a scenario file.
 */
import type { ParamValue } from "../core/index.ts";
import { isPlainObject } from "./deep-merge.ts";
import { formatPath } from "./diagnostic.ts";
import { messages } from "./messages.ts";
import { paramAt, paramPaths } from "./schema-walk.ts";
import { ScenarioSchema, type Scenario } from "./schema.ts";
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

/**
 * A copy of `scenario` with `params` (dotted path -> value) applied and validated again.
 * Setting `policy.name` selects that bundle afresh: every switch takes the bundle's value
 * unless the same `params` also set it. Throws an `Error` listing every problem when a
 * path does not exist or a value does not fit (sweep files are checked before this runs).
 *
 * @example
 * applyParams(defaultScenario(), { "policy.name": "portal-partnership", "run.days": 30 })
 */
export function applyParams(scenario: Scenario, params: Record<string, ParamValue>): Scenario {
  const data = structuredClone(scenario) as unknown as Record<string, unknown>;
  const problems: string[] = [];
  if ("policy.name" in params) data.policy = { name: params["policy.name"] };
  for (const [path, value] of Object.entries(params)) {
    const segs = path.split(".");
    if (paramAt(segs) === undefined) {
      const known = paramPaths().map((p) => p.path);
      problems.push(messages.unknownParam(path, closestName(path, known)));
      continue;
    }
    setPath(data, segs, value);
  }
  if (problems.length === 0) {
    const r = ScenarioSchema.safeParse(data);
    if (r.success) return r.data;
    const noPosition = () => ({ file: "", line: 0, column: 0 });
    for (const d of issuesToDiagnostics(r.error.issues, data, noPosition, ScenarioSchema)) {
      problems.push(`${formatPath(d.path)}  ${d.message}`);
    }
  }
  throw new Error(`cannot apply parameters to scenario "${scenario.name}":\n  ${problems.join("\n  ")}`);
}
