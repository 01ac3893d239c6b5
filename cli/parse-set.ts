/** `--set path=value`: a parameter override, typed the way YAML would read the value. */
import type { ParamValue } from "../sim/node.ts";
import { CliError } from "./cli-error.ts";
import { EXIT } from "./exit-codes.ts";

/**
 * Parses `["cameras.adoption=0.3", "policy.name=portal-partnership"]` into a params map.
 * Numbers and `true`/`false` become numbers and booleans; anything else stays a string.
 *
 * @example
 * ```ts
 * parseSets(["run.days=30"]); // { "run.days": 30 }
 * ```
 */
export function parseSets(sets: readonly string[]): Record<string, ParamValue> {
  // No prototype: `--set __proto__=1` must be a key like any other (and refused as unknown), not vanish.
  const out: Record<string, ParamValue> = Object.create(null);
  for (const s of sets) {
    const eq = s.indexOf("=");
    if (eq <= 0) throw new CliError(`--set expects path=value (e.g. --set run.days=30), got "${s}"`, EXIT.usage);
    const path = s.slice(0, eq).trim();
    const raw = s.slice(eq + 1).trim();
    out[path] = raw === "true" ? true : raw === "false" ? false : raw !== "" && Number.isFinite(Number(raw)) ? Number(raw) : raw;
  }
  return out;
}
