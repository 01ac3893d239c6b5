/**
 * Reading the zod schema as data: which keys a section has, what a parameter's type,
 * range, unit, default and source are, and the list of every parameter path. Used to
 * word diagnostics, validate sweep paths and generate the parameter documentation.
 */
import { z } from "zod";
import { ScenarioSchema } from "./schema.ts";

type Segment = string | number;
type AnySchema = z.core.$ZodType;

/** What the documentation and the sweep validator need to know about one parameter. */
export interface ParamInfo {
  /** Dotted path, e.g. `cameras.adoption`. */
  path: string;
  kind: "number" | "integer" | "boolean" | "enum" | "string" | "map" | "other";
  min?: number;
  max?: number;
  minExclusive?: boolean;
  maxExclusive?: boolean;
  /** Allowed names for `enum`. */
  values?: string[];
  default?: unknown;
  description?: string;
  unit?: string;
  source?: string;
  /** The schema of the value itself (wrappers such as default removed). */
  schema: AnySchema;
}

function def(s: AnySchema): Record<string, unknown> & { type: string } {
  return s._zod.def as unknown as Record<string, unknown> & { type: string };
}

/** Removes default/prefault/optional/nullable/pipe wrappers, collecting metadata and the default. */
export function unwrap(s: AnySchema): { schema: AnySchema; meta: Record<string, unknown>; default?: unknown; hasDefault: boolean } {
  const meta: Record<string, unknown> = {};
  let dflt: unknown;
  let hasDefault = false;
  let cur = s;
  for (let guard = 0; guard < 20; guard++) {
    const m = z.globalRegistry.get(cur as z.ZodType);
    if (m) for (const [k, v] of Object.entries(m)) if (!(k in meta)) meta[k] = v;
    const d = def(cur);
    if (d.type === "default" || d.type === "prefault") {
      if (!hasDefault && d.type === "default") {
        dflt = d.defaultValue;
        hasDefault = true;
      }
      cur = d.innerType as AnySchema;
    } else if (d.type === "optional" || d.type === "nullable" || d.type === "readonly" || d.type === "catch") {
      cur = d.innerType as AnySchema;
    } else if (d.type === "pipe") {
      cur = d.in as AnySchema;
    } else break;
  }
  return { schema: cur, meta, default: dflt, hasDefault };
}

/** The keys of an object schema, or undefined when `s` is not an object. */
export function objectKeys(s: AnySchema): string[] | undefined {
  const u = unwrap(s).schema;
  return def(u).type === "object" ? Object.keys(def(u).shape as object) : undefined;
}

/** The schema at `path` below `root` (default: the scenario), or undefined when there is none. */
export function schemaAt(path: readonly Segment[], root: AnySchema = ScenarioSchema): AnySchema | undefined {
  let cur: AnySchema | undefined = root;
  for (const seg of path) {
    if (!cur) return undefined;
    const u = def(unwrap(cur).schema);
    // Own keys only: `__proto__` or `constructor` must not resolve to Object.prototype's members.
    if (u.type === "object") cur = Object.hasOwn(u.shape as object, String(seg)) ? (u.shape as Record<string, AnySchema>)[String(seg)] : undefined;
    else if (u.type === "record") cur = u.valueType as AnySchema;
    else if (u.type === "array") cur = u.element as AnySchema;
    else return undefined;
  }
  return cur;
}

/** Describes the parameter schema `s` found at `path`. */
export function paramInfo(path: string, s: AnySchema): ParamInfo {
  const { schema, meta, default: dflt, hasDefault } = unwrap(s);
  const d = def(schema);
  const info: ParamInfo = { path, kind: "other", schema };
  if (hasDefault) info.default = dflt;
  if (typeof meta.description === "string") info.description = meta.description;
  if (typeof meta.unit === "string") info.unit = meta.unit;
  if (typeof meta.source === "string") info.source = meta.source;
  switch (d.type) {
    case "number": {
      info.kind = "number";
      for (const c of (d.checks as AnySchema[] | undefined) ?? []) {
        const cd = c._zod.def as unknown as { check: string; value?: number; inclusive?: boolean; format?: string };
        if (cd.check === "number_format" && /int/.test(cd.format ?? "")) info.kind = "integer";
        if (cd.check === "greater_than" && cd.value !== undefined) {
          info.min = cd.value;
          info.minExclusive = !cd.inclusive;
        }
        if (cd.check === "less_than" && cd.value !== undefined) {
          info.max = cd.value;
          info.maxExclusive = !cd.inclusive;
        }
      }
      if (info.kind === "integer") {
        // zod's safeint format implies its own bounds; report only the ones a person set.
        if (info.min === Number.MIN_SAFE_INTEGER) delete info.min;
        if (info.max === Number.MAX_SAFE_INTEGER) delete info.max;
      }
      break;
    }
    case "boolean":
      info.kind = "boolean";
      break;
    case "enum":
      info.kind = "enum";
      info.values = Object.values(d.entries as Record<string, string>);
      break;
    case "string":
      info.kind = "string";
      break;
    case "record":
      info.kind = "map";
      break;
  }
  return info;
}

/** The parameter at a dotted or segmented path, or undefined when the path names none. */
export function paramAt(path: string | readonly Segment[], root: AnySchema = ScenarioSchema): ParamInfo | undefined {
  const segs = typeof path === "string" ? path.split(".") : path;
  const s = schemaAt(segs, root);
  return s ? paramInfo(segs.join("."), s) : undefined;
}

/**
 * Every parameter of the scenario as a dotted path, in schema order, sections first to
 * last (`run.seed`, `policy.name`, `policy.portal`, ...). Top-level `name`, `description`
 * and `extends` are not parameters.
 */
export function paramPaths(root: AnySchema = ScenarioSchema): ParamInfo[] {
  const out: ParamInfo[] = [];
  const visit = (s: AnySchema, prefix: string[]) => {
    const keys = objectKeys(s);
    if (keys === undefined) {
      out.push(paramInfo(prefix.join("."), s));
      return;
    }
    const shape = def(unwrap(s).schema).shape as Record<string, AnySchema>;
    for (const k of keys) visit(shape[k], [...prefix, k]);
  };
  const shape = def(unwrap(root).schema).shape as Record<string, AnySchema>;
  for (const [k, s] of Object.entries(shape)) if (objectKeys(s) !== undefined) visit(s, [k]);
  return out;
}
