/**
 * Parsing a scenario from YAML text, in the browser or in Node.
 *
 *   text ──1 readYaml──> document ──2 resolveExtends──> layers ──3 mergeLayers──> data
 *        ──4 ScenarioSchema.safeParse──> Scenario | issues ──5 locate──> diagnostics
 *
 * Every step reports all of its problems as diagnostics; nothing throws.
 */
import type { Diagnostic } from "./diagnostic.ts";
import { sortDiagnostics } from "./diagnostic.ts";
import { mergeLayers, resolveExtends, type ReadFile } from "./extends.ts";
import { baseName } from "./file-path.ts";
import { ScenarioSchema, type AnyScenarioSchema, type Scenario } from "./schema.ts";
import { checkTimeline } from "./timeline.ts";
import { locate, readYaml, type YamlSource } from "./yaml-source.ts";
import { issuesToDiagnostics, type Locator } from "./zod-issues.ts";

/** Options of `parseScenario`. */
export interface ParseOptions {
  /** The name diagnostics use for this text, and the base for relative `extends:` paths. */
  fileName?: string;
  /** Reads another file for `extends: ./other.yaml`; without it only presets resolve. */
  readFile?: ReadFile;
  /** The schema to check against (default: the shipped `ScenarioSchema`; a model with more parts passes its own). */
  schema?: AnyScenarioSchema;
}

/** A scenario, or every problem found. */
export type ScenarioResult = { ok: true; scenario: Scenario } | { ok: false; diagnostics: Diagnostic[] };

/** A locator over extends layers: the first layer that writes the path wins, else the file itself. */
export function layersLocator(layers: readonly YamlSource[]): Locator {
  return (path, target) => {
    for (const layer of layers) {
      const p = locate(layer, path, target);
      if (p.exact) return { file: layer.file, line: p.line, column: p.column };
    }
    const p = locate(layers[0], path, target);
    return { file: layers[0].file, line: p.line, column: p.column };
  };
}

/**
 * Checks a merged scenario object and returns the scenario or located diagnostics.
 * Shared by `parseScenario` and the sweep loader.
 */
export function validateScenarioData(
  data: Record<string, unknown>,
  layers: readonly YamlSource[],
  schema: AnyScenarioSchema = ScenarioSchema,
): ScenarioResult {
  const r = schema.safeParse(data);
  if (r.success) {
    const scenario = r.data as Scenario;
    const timeline = checkTimeline(scenario, layersLocator(layers), schema);
    return timeline.length === 0 ? { ok: true, scenario } : { ok: false, diagnostics: sortDiagnostics(timeline) };
  }
  return { ok: false, diagnostics: sortDiagnostics(issuesToDiagnostics(r.error.issues, data, layersLocator(layers), schema)) };
}

/**
 * Parses and validates a scenario. A missing `name` becomes the file name.
 *
 * @example
 * const r = parseScenario("extends: baseline\npolicy: { name: portal-partnership }\n", { fileName: "mine.yaml" });
 * if (r.ok) console.log(r.scenario.policy.portal); // true
 * else for (const d of r.diagnostics) console.error(formatDiagnostic(d));
 */
export function parseScenario(text: string, opts: ParseOptions = {}): ScenarioResult {
  const file = opts.fileName ?? "scenario.yaml";
  const read = readYaml(text, file);
  if (!read.ok) return read;
  const chain = resolveExtends(read.source, opts.readFile);
  const layers = chain.ok ? chain.layers : [read.source];
  const data = mergeLayers(layers);
  if (!("name" in data)) data.name = baseName(file);
  // A section whose lines are all commented out (`run:` and nothing) means "all defaults".
  const schema = opts.schema ?? ScenarioSchema;
  for (const key of Object.keys(schema.shape)) if (key !== "name" && key !== "description" && key !== "extends" && data[key] === null) data[key] = {};
  const checked = validateScenarioData(data, layers, schema);
  if (chain.ok) return checked;
  // Report the bad extends together with whatever else is wrong in this file.
  return { ok: false, diagnostics: sortDiagnostics([...chain.diagnostics, ...(checked.ok ? [] : checked.diagnostics)]) };
}

/**
 * The scenario with every default: no partnership (`policy: none`), default seed and
 * duration. The same as an empty scenario file named "default".
 */
export function defaultScenario(): Scenario {
  return ScenarioSchema.parse({ name: "default" });
}
