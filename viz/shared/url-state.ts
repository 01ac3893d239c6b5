/**
 * The view state in the URL hash: `#/<page>?key=value&...`. Pages write their whole state
 * here on every change (replaceState: no history spam, no hashchange loop), so a copied
 * link restores the same view and, since the seed is part of it, the same numbers.
 */

import { checkParam } from "../../sim/index.ts";

export type PageName = "explore" | "compare" | "sweeps" | "sensitivity" | "learn";
export const PAGES: PageName[] = ["explore", "compare", "sweeps", "sensitivity", "learn"];

export interface Route {
  page: PageName;
  params: URLSearchParams;
  /** The page a link asked for when there is no such page (it gets Explore), else null. */
  unknownPage: string | null;
}

/** Reads the current route; empty hashes and pages that do not exist go to Explore. */
export function readRoute(hash: string = location.hash): Route {
  const body = hash.replace(/^#\/?/, "");
  const q = body.indexOf("?");
  const name = q >= 0 ? body.slice(0, q) : body;
  const params = new URLSearchParams(q >= 0 ? body.slice(q + 1) : "");
  const known = (PAGES as string[]).includes(name);
  return { page: known ? (name as PageName) : "explore", params, unknownPage: known || name === "" ? null : name };
}

/** The hash for a page and its parameters. */
export function routeHash(page: PageName, params: URLSearchParams | Record<string, string>): string {
  const p = params instanceof URLSearchParams ? params : new URLSearchParams(params);
  const qs = p.toString();
  return `#/${page}${qs ? `?${qs}` : ""}`;
}

/** Replaces the URL's state without a reload or a hashchange event. */
export function writeRoute(page: PageName, params: URLSearchParams): void {
  const hash = routeHash(page, params);
  if (hash !== location.hash) history.replaceState(null, "", hash);
}

/** Text as URL-safe base64 (UTF-8), for pasted YAML kept in the URL. */
export function encodeText(text: string): string {
  const bytes = new TextEncoder().encode(text);
  let bin = "";
  for (const b of bytes) bin += String.fromCharCode(b);
  return btoa(bin).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

/** Inverse of encodeText; null when the input is not valid. */
export function decodeText(code: string): string | null {
  try {
    const bin = atob(code.replace(/-/g, "+").replace(/_/g, "/"));
    const bytes = Uint8Array.from(bin, (c) => c.charCodeAt(0));
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * A link parameter that sets a scenario parameter (`seed` is `run.seed`, `days` is
 * `run.days`), checked by `checkParam`, the same function as scenario files and CLI flags.
 * Missing or empty gives null; a value out of range or malformed gives null and one line
 * in `problems` for the page to show ("the link's days=1000000000 was ignored: ...").
 *
 * @example
 * ```ts
 * const problems: string[] = [];
 * const days = checkedNumberParam(new URLSearchParams("days=0"), "days", "run.days", problems); // null, one problem
 * ```
 */
export function checkedNumberParam(p: URLSearchParams, key: string, path: string, problems: string[]): number | null {
  const v = p.get(key);
  if (v === null || v.trim() === "") return null;
  const n = Number(v);
  const r = Number.isFinite(n) ? checkParam(path, n) : { ok: false as const, message: `expected a number, found ${JSON.stringify(v.slice(0, 40))}` };
  if (r.ok) return n;
  problems.push(ignored(key, v, r.message));
  return null;
}

/** The sentence for a link value the page could not use; long values are cut short. */
function ignored(key: string, value: string, why: string): string {
  return `The link's ${key}=${value.length > 40 ? `${value.slice(0, 40)}…` : value} was ignored: ${why}.`;
}

/**
 * A link parameter that must be one of `allowed` (a scenario, a speed): the value, or null
 * when missing; null and one line in `problems` when it is not one of them, so a mistyped
 * link never shows something else in silence.
 */
export function choiceParam(p: URLSearchParams, key: string, allowed: readonly string[], problems: string[]): string | null {
  const v = p.get(key);
  if (v === null || v === "") return null;
  if (allowed.includes(v)) return v;
  problems.push(ignored(key, v, `expected one of ${allowed.join(", ")}`));
  return null;
}

/**
 * A whole-number link parameter of the page itself (replications, not a scenario
 * parameter), from `min` to `max`: null when missing; null and one problem when outside.
 */
export function rangedIntParam(p: URLSearchParams, key: string, min: number, max: number, problems: string[]): number | null {
  const v = p.get(key);
  if (v === null || v.trim() === "") return null;
  const n = Number(v);
  if (Number.isInteger(n) && n >= min && n <= max) return n;
  problems.push(ignored(key, v, `expected a whole number from ${min} to ${max}`));
  return null;
}

/**
 * A scenario carried in the link as base64url text (`yaml=`): the text, null when there is
 * none; null and one problem when it cannot be decoded (a link cut short or edited).
 */
export function textParam(p: URLSearchParams, key: string, problems: string[]): string | null {
  const v = p.get(key);
  if (v === null || v === "") return null;
  const text = decodeText(v);
  if (text === null) problems.push(ignored(key, v, "it is not a scenario this dashboard wrote into a link (the link may have been cut short)"));
  return text;
}

/**
 * A form field that sets a scenario parameter, checked like a link: the problem (with
 * the field's label) or null.
 */
export function fieldProblem(label: string, path: string, value: number): string | null {
  const r = checkParam(path, value);
  return r.ok ? null : `${label}: ${r.message}.`;
}

/** `set.<dotted.path>=value` parameters as typed values (numbers and booleans parsed). */
export function overridesFromParams(p: URLSearchParams): Map<string, number | string | boolean> {
  const out = new Map<string, number | string | boolean>();
  for (const [k, v] of p) {
    if (!k.startsWith("set.")) continue;
    const n = Number(v);
    out.set(k.slice(4), v === "true" ? true : v === "false" ? false : v.trim() !== "" && Number.isFinite(n) ? n : v);
  }
  return out;
}
