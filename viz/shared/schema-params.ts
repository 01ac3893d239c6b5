/**
 * The scenario parameters as the dashboard shows them, read from the zod schema itself
 * through the scenario module's schema walker: type, range, default, unit, description
 * and source all come from each parameter's `.meta()`, so a parameter added to the model
 * appears here unchanged.
 */
import { paramPaths } from "../../sim/index.ts";

export type ParamValue = number | string | boolean;

export interface ParamInfo {
  /** Dotted path in the scenario, e.g. "cameras.adoption". */
  path: string;
  section: string;
  kind: "number" | "boolean" | "choice";
  description: string;
  unit: string;
  source: string;
  /** The schema default; undefined for switches that inherit from elsewhere (policy bundles). */
  defaultValue?: ParamValue;
  min?: number;
  max?: number;
  int?: boolean;
  options?: string[];
}

export interface SectionInfo {
  name: string;
  params: ParamInfo[];
}

/** Every section of the scenario with its controllable parameters, in schema order. */
export function scenarioSections(): SectionInfo[] {
  const bySection = new Map<string, ParamInfo[]>();
  for (const p of paramPaths()) {
    const section = p.path.split(".")[0];
    const base = {
      section,
      description: p.description ?? "",
      unit: p.unit ?? "",
      source: p.source ?? "",
    };
    const out: ParamInfo[] = [];
    if (p.kind === "number" || p.kind === "integer") {
      out.push({
        ...base,
        path: p.path,
        kind: "number",
        defaultValue: typeof p.default === "number" ? p.default : undefined,
        min: p.min,
        max: p.max,
        int: p.kind === "integer",
      });
    } else if (p.kind === "boolean") {
      out.push({ ...base, path: p.path, kind: "boolean", defaultValue: typeof p.default === "boolean" ? p.default : undefined });
    } else if (p.kind === "enum") {
      out.push({
        ...base,
        path: p.path,
        kind: "choice",
        options: p.values ?? [],
        defaultValue: typeof p.default === "string" ? p.default : undefined,
      });
    } else if (p.kind === "map" && p.default && typeof p.default === "object") {
      // A number per group (e.g. error rates by group): one control per key of the default.
      for (const [k, v] of Object.entries(p.default as Record<string, unknown>)) {
        if (typeof v === "number")
          out.push({ ...base, path: `${p.path}.${k}`, description: `${base.description} (group ${k})`, kind: "number", defaultValue: v });
      }
    }
    if (out.length === 0) continue;
    const list = bySection.get(section) ?? [];
    list.push(...out);
    bySection.set(section, list);
  }
  return [...bySection].map(([name, params]) => ({ name, params }));
}

let units: Map<string, string> | null = null;

/**
 * A parameter's unit by its dotted path, for axis titles ("" when the parameter has none
 * or the path is not a parameter, e.g. `policy.name`).
 *
 * @example
 * paramUnit("thieves.perThousandHouseholds"); // "thieves/1000 households"
 */
export function paramUnit(path: string): string {
  units ??= new Map(scenarioSections().flatMap((s) => s.params.map((p): [string, string] => [p.path, p.unit])));
  return units.get(path) ?? "";
}

/** A parameter's path with its unit, as an axis title: "thieves.perThousandHouseholds (thieves/1000 households)". */
export function paramTitle(path: string): string {
  const unit = paramUnit(path);
  return unit ? `${path} (${unit})` : path;
}

/** Reads a dotted path from a plain object. */
export function getPath(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const k of path.split(".")) {
    if (cur === null || typeof cur !== "object") return undefined;
    cur = (cur as Record<string, unknown>)[k];
  }
  return cur;
}

/** Plain words for a section or parameter name: "faceRecognition" -> "face recognition". */
export function humanize(name: string): string {
  return name
    .replace(/([a-z0-9])([A-Z])/g, "$1 $2")
    .replace(/[_-]+/g, " ")
    .replace(/\./g, " · ")
    .toLowerCase();
}
