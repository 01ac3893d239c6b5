/**
 * JSON Schema export of the scenario and sweep schemas (zod's own `toJSONSchema`, input
 * side, so every field is optional where the file may leave it out). Editors use it via
 * the `yaml-language-server` comment at the top of each YAML file; metadata such as
 * `unit` and `source` is kept on each parameter.
 */
import { z } from "zod";
import { ScenarioSchema } from "./schema.ts";

/** `$id` of the scenario schema. */
export const SCENARIO_SCHEMA_ID = "https://doorstep.invalid/schemas/scenario.schema.json";

/**
 * The JSON Schema (draft 2020-12) of a scenario file.
 *
 * @example
 * writeFileSync("scenarios/scenario.schema.json", JSON.stringify(exportJsonSchema(), null, 2));
 */
export function exportJsonSchema(): Record<string, unknown> {
  const s = z.toJSONSchema(ScenarioSchema, { io: "input" }) as Record<string, unknown>;
  const { $schema, ...rest } = s;
  return { $schema, $id: SCENARIO_SCHEMA_ID, title: "Doorstep scenario", ...rest };
}
