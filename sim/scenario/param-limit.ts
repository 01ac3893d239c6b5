/**
 * The one check of a single parameter value against the scenario schema, used wherever a
 * value arrives outside a scenario file: CLI flags (`--days`, `--seed`), dashboard links
 * and dashboard inputs. The same range, type and wording as a scenario file, so no door
 * accepts what another refuses.
 */
import type { ParamValue } from "../core/index.ts";
import { applyParamsChecked } from "./apply-params.ts";
import { defaultScenario } from "./parse-scenario.ts";
import type { Scenario } from "./schema.ts";

/** A checked value, or the message saying what was expected and what was found. */
export type ParamCheck = { ok: true; value: ParamValue } | { ok: false; message: string };

let defaults: Scenario | undefined;

/**
 * Checks `value` for the parameter at dotted `path` (e.g. `run.days`): the path must name
 * a parameter and the value must fit its type and range.
 *
 * @example
 * ```ts
 * checkParam("run.days", 1e9); // { ok: false, message: "expected an integer from 1 to 3650, found 1000000000" }
 * ```
 */
export function checkParam(path: string, value: ParamValue): ParamCheck {
  defaults ??= defaultScenario();
  const r = applyParamsChecked(defaults, { [path]: value });
  if (r.ok) return { ok: true, value };
  const p = r.problems.find((x) => x.path === path) ?? r.problems[0];
  return { ok: false, message: p.message };
}
