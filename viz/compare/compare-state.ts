/**
 * Compare's view state and its URL form:
 * `#/compare?base=baseline&policies=none,portal-partnership&reps=5&seed=1&days=60&until=1&max=40&set.<path>=value&run=1`
 * (or `yaml=<base64url>&file=my.yaml` for a scenario carried in from Explore). Values the
 * page cannot use (out of range, or names of no scenario or policy) are reported in
 * `problems` and replaced by defaults.
 */
import { POLICY_NAMES } from "../../sim/index.ts";
import { DEFAULT_SCENARIO_ID, LIBRARY } from "../shared/library.ts";
import type { ParamValue } from "../shared/schema-params.ts";
import { checkedNumberParam, choiceParam, encodeText, overridesFromParams, rangedIntParam, textParam, writeRoute } from "../shared/url-state.ts";

/** The base-scenario choice that stands for a scenario carried in from Explore. */
/**
 * Most replications per policy "run until clear" goes to by default: enough to settle most
 * headline differences of the default town (docs/dashboard.md gives the time it takes),
 * few enough that a comparison stays within minutes in a browser.
 */
export const DEFAULT_MAX_REPLICATIONS = 20;

export const CUSTOM_BASE = "__custom";

export interface CompareState {
  /** A library scenario id, or CUSTOM_BASE for `custom`. */
  base: string;
  /** A scenario of the user's own carried in the link (`yaml=` and `file=`), if any. */
  custom: { text: string; name: string } | null;
  policies: string[];
  reps: number;
  seed: number;
  days: number | null;
  /** Add replications until every headline difference is clear, up to `maxReps`. */
  until: boolean;
  maxReps: number;
  /** Parameter changes applied to the base scenario (`set.<path>=value` in the URL). */
  overrides: Map<string, ParamValue>;
}

/** The policies a link names: the known ones, up to four; any left out is reported. */
function policiesParam(p: URLSearchParams, problems: string[]): string[] {
  const fallback = ["none", "portal-partnership"];
  const v = p.get("policies");
  if (v === null || v === "") return fallback;
  const names = v.split(",");
  const known = names.filter((x) => (POLICY_NAMES as readonly string[]).includes(x));
  const unknown = names.filter((x) => !known.includes(x));
  if (unknown.length) {
    const listed = unknown.length > 6 ? `${unknown.slice(0, 6).join(", ")}, …` : unknown.join(", ");
    problems.push(`The link's policies ${listed.slice(0, 120)} are not policies and were left out; the policies are ${POLICY_NAMES.join(", ")}.`);
  }
  if (known.length > 4) problems.push(`The link names ${known.length} policies; Compare takes up to four, so the first four were kept.`);
  if (known.length === 0) {
    problems.push(`No policy in the link is known, so Compare shows ${fallback.join(" and ")}.`);
    return fallback;
  }
  return known.slice(0, 4);
}

export function readState(p: URLSearchParams, problems: string[]): CompareState {
  const text = textParam(p, "yaml", problems);
  const custom = text === null ? null : { text, name: p.get("file") ?? "pasted.yaml" };
  const ids = LIBRARY.length ? LIBRARY.map((e) => e.id) : [DEFAULT_SCENARIO_ID];
  const base = custom ? null : choiceParam(p, "base", ids, problems);
  return {
    base: custom ? CUSTOM_BASE : (base ?? DEFAULT_SCENARIO_ID),
    custom,
    policies: policiesParam(p, problems),
    reps: rangedIntParam(p, "reps", 2, 100, problems) ?? 5,
    seed: checkedNumberParam(p, "seed", "run.seed", problems) ?? 1,
    // Comparisons run many replications: a shorter default run keeps them to minutes.
    days: p.get("days") === "" ? null : (checkedNumberParam(p, "days", "run.days", problems) ?? 60),
    // On unless the link says until=0: a fixed handful of runs rarely tells policies apart.
    until: p.get("until") !== "0",
    maxReps: rangedIntParam(p, "max", 2, 200, problems) ?? DEFAULT_MAX_REPLICATIONS,
    overrides: overridesFromParams(p),
  };
}

export function writeState(s: CompareState, ran: boolean): void {
  const p = new URLSearchParams();
  if (s.base === CUSTOM_BASE && s.custom) {
    p.set("yaml", encodeText(s.custom.text));
    p.set("file", s.custom.name);
  } else if (s.base) p.set("base", s.base);
  p.set("policies", s.policies.join(","));
  p.set("reps", String(s.reps));
  p.set("seed", String(s.seed));
  p.set("days", s.days === null ? "" : String(s.days));
  p.set("until", s.until ? "1" : "0");
  if (s.until) p.set("max", String(s.maxReps));
  for (const [k, v] of s.overrides) p.set(`set.${k}`, String(v));
  if (ran) p.set("run", "1");
  writeRoute("compare", p);
}
