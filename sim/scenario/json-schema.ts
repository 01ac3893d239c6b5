/**
 * JSON Schema export of the scenario and sweep schemas (zod's own `toJSONSchema`, input
 * side, so every field is optional where the file may leave it out). Editors use it via
 * the `yaml-language-server` comment at the top of each YAML file; metadata such as
 * `unit` and `source` is kept on each parameter, and the source is repeated at the end of
 * the description (which is what editors show) with a pointer to docs/sources.md.
 */
import { z } from "zod";
import { paramPaths } from "./schema-walk.ts";
import { ScenarioSchema, type AnyScenarioSchema } from "./schema.ts";
import { CalibrationSchema } from "./calibration-schema.ts";
import { SweepSchema } from "./sweep-schema.ts";

/** `$id` of the scenario schema. */
export const SCENARIO_SCHEMA_ID = "https://doorstep.invalid/schemas/scenario.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a scenario file (of the shipped model, or of the
 * given schema, e.g. one with more parts).
 *
 * @example
 * writeFileSync("scenarios/scenario.schema.json", JSON.stringify(exportJsonSchema(), null, 2));
 */
export function exportJsonSchema(schema: AnyScenarioSchema = ScenarioSchema): Record<string, unknown> {
  const s = z.toJSONSchema(schema, { io: "input" }) as Record<string, unknown>;
  sourcesIntoDescriptions(s);
  const { $schema, ...rest } = s;
  return { $schema, $id: SCENARIO_SCHEMA_ID, title: "Doorstep scenario", ...rest };
}

/** Appends `Source: <source> (keys in docs/sources.md).` to every described node that has a source. */
function sourcesIntoDescriptions(node: unknown): void {
  if (Array.isArray(node)) {
    for (const n of node) sourcesIntoDescriptions(n);
    return;
  }
  if (node === null || typeof node !== "object") return;
  const o = node as Record<string, unknown>;
  if (typeof o.source === "string" && typeof o.description === "string") {
    o.description = `${o.description} Source: ${o.source} (keys in docs/sources.md).`;
  }
  for (const v of Object.values(o)) sourcesIntoDescriptions(v);
}

/** `$id` of the sweep schema. */
export const SWEEP_SCHEMA_ID = "https://doorstep.invalid/schemas/sweep.schema.json";

/**
 * The JSON Schema of a sweep file. `vary:` lists every scenario parameter as a property
 * (so editors complete the dotted paths), and still admits keys inside name -> number
 * maps (e.g. `residents.suspiciousBias.b`); the loader checks those.
 */
export function exportSweepJsonSchema(): Record<string, unknown> {
  const s = z.toJSONSchema(SweepSchema, { io: "input" }) as Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };
  return withParamProperties(s, "vary", SWEEP_SCHEMA_ID, "Doorstep sweep");
}

/** `$id` of the calibration schema. */
export const CALIBRATION_SCHEMA_ID = "https://doorstep.invalid/schemas/calibration.schema.json";

/** The JSON Schema of a calibration file; `parameters:` lists every scenario parameter like a sweep's `vary:`. */
export function exportCalibrationJsonSchema(): Record<string, unknown> {
  const s = z.toJSONSchema(CalibrationSchema, { io: "input" }) as Record<string, unknown> & { properties: Record<string, Record<string, unknown>> };
  return withParamProperties(s, "parameters", CALIBRATION_SCHEMA_ID, "Doorstep calibration");
}

/** The schema with every scenario parameter listed as a property of `key` (a map of vary specs). */
function withParamProperties(
  s: Record<string, unknown> & { properties: Record<string, Record<string, unknown>> },
  key: string,
  id: string,
  title: string,
): Record<string, unknown> {
  const { $schema, ...rest } = s;
  const vary = rest.properties[key];
  const spec = vary.additionalProperties as Record<string, unknown>;
  const properties: Record<string, unknown> = {};
  for (const p of paramPaths()) {
    if (p.kind === "map" || p.kind === "other") continue;
    const range =
      p.kind === "enum"
        ? ` One of: ${p.values!.join(", ")}.`
        : p.min !== undefined || p.max !== undefined
          ? ` Range ${p.min ?? "-inf"} to ${p.max ?? "inf"}.`
          : "";
    properties[p.path] = { $ref: "#/$defs/varySpec", description: `${p.description ?? p.path}${p.unit ? ` (${p.unit})` : ""}.${range}` };
  }
  const defs = { ...((rest.$defs as Record<string, unknown>) ?? {}), varySpec: spec };
  rest.properties[key] = { ...vary, properties, additionalProperties: { $ref: "#/$defs/varySpec" } };
  return { $schema, $id: id, title, ...rest, $defs: defs };
}
