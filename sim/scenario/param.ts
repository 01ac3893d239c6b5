/**
 * Building blocks for the scenario schema: every parameter is declared with its unit,
 * range, default, a one-line description and its source (keys of docs/sources.md, or
 * the word "assumption"). The metadata travels with the zod schema, so the JSON Schema
 * export, the parameter docs and the dashboard controls all read it from here.
 */
import { z } from "zod";
import { messages } from "./messages.ts";

/** What every parameter must say about itself. */
export interface ParamMeta {
  /** One line, plain words. */
  description: string;
  /** SI-ish unit ("s", "m", "households", "per week", "fraction", ...). Omit for unitless switches. */
  unit?: string;
  /**
   * Where the default comes from, in one of two forms (checked by {@link checkSource}):
   *
   * - a citation: one or more keys of docs/sources.md, then what is taken from them,
   *   `"gizmodo-2019-fort-lauderdale (about 3.5% of asked owners shared)"`;
   * - an assumption: a default with no published figure, optionally with its reason and
   *   keys that motivate or bound it, `"assumption; order of magnitude from aclu-2018-congress"`.
   */
  source: string;
}

/**
 * The form of a bibliography key: `<author or outlet>-<year>-<topic>`, lower case with
 * hyphens, the year being four digits or `nd` (no date), e.g. `nist-frvt-8280-2019`.
 */
export const SOURCE_KEY = /(?<![a-z0-9-])[a-z][a-z0-9]*(?:-[a-z0-9]+)*?-(?:(?:19|20)[0-9]{2}|nd)(?:-[a-z0-9]+)*(?![a-z0-9-])/g;

/**
 * The bibliography keys a source names, in order of appearance.
 *
 * @example
 * citedKeys("assumption; order of magnitude from aclu-2018-congress") // ["aclu-2018-congress"]
 */
export function citedKeys(source: string): string[] {
  return [...source.matchAll(SOURCE_KEY)].map((m) => m[0]);
}

/**
 * Checks the form of a parameter's source: it is an assumption (`assumption`, then
 * nothing, ` (reason)`, `; reason` or `, reason`) or starts with a bibliography key. The
 * keys themselves are checked against docs/sources.md by the tests (the schema does not
 * read files).
 *
 * @throws Error naming the source found and the forms expected.
 */
export function checkSource(source: string): void {
  if (/^assumption($|[ ;,.(])/.test(source)) return;
  const first = citedKeys(source)[0];
  if (first !== undefined && source.startsWith(first)) return;
  throw new Error(
    `parameter source ${JSON.stringify(source)} is neither an assumption nor a citation: expected "assumption" ` +
      `(optionally with a reason) or a key of docs/sources.md such as "gizmodo-2019-fort-lauderdale (what is taken)"`,
  );
}

export interface NumberParam extends ParamMeta {
  default: number;
  min?: number;
  max?: number;
  /** Whole numbers only. */
  int?: boolean;
}

/** A numeric parameter with range, unit, default and source. */
export function num(p: NumberParam) {
  let s = p.int ? z.number().int() : z.number();
  if (p.min !== undefined) s = s.min(p.min);
  if (p.max !== undefined) s = s.max(p.max);
  return s.default(p.default).meta(metaOf(p));
}

/** An on/off switch. */
export function bool(p: ParamMeta & { default: boolean }) {
  return z.boolean().default(p.default).meta(metaOf(p));
}

/** One of a fixed list of names. */
export function choice<const T extends readonly [string, ...string[]]>(values: T, p: ParamMeta & { default: T[number] }) {
  return z
    .enum(values)
    .default(p.default as never)
    .meta(metaOf(p));
}

/** A map from a name (e.g. a demographic group) to a number, with a default map. */
export function numberMap(
  p: ParamMeta & {
    default: Record<string, number>;
    min?: number;
    max?: number;
    /** Fewest and most entries (a mix of groups needs one, and fits group indices in a byte). */
    minEntries?: number;
    maxEntries?: number;
    /** The values are weights: at least one must be positive. */
    weights?: boolean;
  },
) {
  let v = z.number();
  if (p.min !== undefined) v = v.min(p.min);
  if (p.max !== undefined) v = v.max(p.max);
  return z
    .record(z.string(), v)
    .superRefine((map, ctx) => checkNumberMap(map, p, ctx))
    .default(p.default)
    .meta(metaOf(p));
}

/** A map key: a name that reads well as a CSV column suffix and is no member of Object.prototype. */
const MAP_KEY = /^[A-Za-z0-9][A-Za-z0-9_]{0,31}$/;

/** The checks of `numberMap` beyond each value's range: key names, entry count, a positive weight. */
function checkNumberMap(map: Record<string, number>, p: { minEntries?: number; maxEntries?: number; weights?: boolean }, ctx: z.RefinementCtx): void {
  const keys = Object.keys(map);
  for (const k of keys) {
    if (!MAP_KEY.test(k) || k in Object.prototype) {
      ctx.addIssue({ code: "custom", path: [k], message: messages.badKey(k, "name"), params: { code: "bad-key" } });
    }
  }
  if (p.minEntries !== undefined && keys.length < p.minEntries) {
    ctx.addIssue({
      code: "custom",
      message: `expected at least ${p.minEntries} entr${p.minEntries === 1 ? "y" : "ies"}, found none`,
      params: { code: "bad-mix" },
    });
  } else if (p.maxEntries !== undefined && keys.length > p.maxEntries) {
    ctx.addIssue({ code: "custom", message: `expected at most ${p.maxEntries} entries, found ${keys.length}`, params: { code: "bad-mix" } });
  } else if (p.weights && keys.length > 0 && !keys.some((k) => map[k] > 0)) {
    ctx.addIssue({ code: "custom", message: "the shares add up to 0: give at least one positive share", params: { code: "bad-mix" } });
  }
}

/**
 * A section of the scenario (`cameras:`, `thieves:` ...). Unknown keys are errors, and a
 * missing section is filled with every default (`prefault` parses the empty object, where
 * zod 4's `default` would return it unparsed).
 */
export function section<S extends z.ZodRawShape>(description: string, shape: S) {
  // `{}` is valid input once every field has a default; the generic S cannot show that.
  return z
    .strictObject(shape)
    .prefault({} as never)
    .meta({ description });
}

function metaOf(p: ParamMeta): Record<string, unknown> {
  checkSource(p.source);
  const m: Record<string, unknown> = { description: p.description, source: p.source };
  if (p.unit) m.unit = p.unit;
  return m;
}
