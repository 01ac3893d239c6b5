/**
 * Building blocks for the scenario schema: every parameter is declared with its unit,
 * range, default, a one-line description and its source (a figure in shared/DOMAIN.md,
 * or the word "assumption"). The metadata travels with the zod schema, so the JSON
 * Schema export, the parameter docs and the dashboard controls all read it from here.
 */
import { z } from "zod";

/** What every parameter must say about itself. */
export interface ParamMeta {
  /** One line, plain words. */
  description: string;
  /** SI-ish unit ("s", "m", "households", "per week", "fraction", ...). Omit for unitless switches. */
  unit?: string;
  /** "DOMAIN.md: <figure> (<source>)" or "assumption" (optionally with a reason). */
  source: string;
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
export function choice<const T extends readonly [string, ...string[]]>(
  values: T,
  p: ParamMeta & { default: T[number] },
) {
  return z.enum(values).default(p.default as never).meta(metaOf(p));
}

/** A map from a name (e.g. a demographic group) to a number, with a default map. */
export function numberMap(p: ParamMeta & { default: Record<string, number>; min?: number; max?: number }) {
  let v = z.number();
  if (p.min !== undefined) v = v.min(p.min);
  if (p.max !== undefined) v = v.max(p.max);
  return z.record(z.string(), v).default(p.default).meta(metaOf(p));
}

/**
 * A section of the scenario (`cameras:`, `thieves:` ...). Unknown keys are errors, and a
 * missing section is filled with every default (`prefault` parses the empty object, where
 * zod 4's `default` would return it unparsed).
 */
export function section<S extends z.ZodRawShape>(description: string, shape: S) {
  // `{}` is valid input once every field has a default; the generic S cannot show that.
  return z.strictObject(shape).prefault({} as never).meta({ description });
}

function metaOf(p: ParamMeta): Record<string, unknown> {
  const m: Record<string, unknown> = { description: p.description, source: p.source };
  if (p.unit) m.unit = p.unit;
  return m;
}
