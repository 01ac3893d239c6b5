/**
 * `defineModel(parts)`: a Doorstep model from a registry list of parts, with everything
 * that follows from their declarations — the scenario schema (the shipped sections plus
 * any new part's section), scenario parsing against it, its JSON Schema and parameter
 * reference, the metric catalogue (daily.csv columns with units and dashboard labels)
 * and simulations that run those parts. `SHIPPED_MODEL` is `defineModel(PARTS)`.
 *
 *   defineModel([...PARTS, lockersPart])
 *     1. sections: SECTIONS, then each part's section not among them (a part may not
 *        redeclare a shipped section with another schema)
 *     2. schema = buildScenarioSchema(sections)
 *     3. parseScenario / defaultScenario check against it; createSimulation runs the parts
 */
import type { z } from "zod";
import { exportJsonSchema } from "../scenario/json-schema.ts";
import { renderParametersDoc } from "../scenario/params-doc.ts";
import { parseScenario as parseWith, type ParseOptions, type ScenarioResult } from "../scenario/parse-scenario.ts";
import { buildScenarioSchema, SECTIONS, type AnyScenarioSchema, type Scenario } from "../scenario/schema.ts";
import type { DomainPart } from "./model/domain-part.ts";
import { PARTS } from "./parts.ts";
import { createSimulation as createShippedSimulation, type SimulationOptions } from "./simulation.ts";
import type { MetricInfo, Simulation } from "./simulation-api.ts";
import { metricCatalogue } from "./metrics.ts";

/** A model defined from parts, and what follows from their declarations. */
export interface DoorstepModel {
  /** The registry, in order. */
  readonly parts: readonly DomainPart[];
  /** Every scenario section (key -> schema), in documentation order. */
  readonly sections: Readonly<Record<string, z.ZodType>>;
  /** The scenario schema of this model. */
  readonly schema: AnyScenarioSchema;
  /** Parses a scenario against this model's schema (see the scenario layer's `parseScenario`). */
  parseScenario(text: string, opts?: Omit<ParseOptions, "schema">): ScenarioResult;
  /** The scenario with every default. */
  defaultScenario(): Scenario;
  /** A simulation of this model (its parts) on a parsed scenario. */
  createSimulation(scenario: Scenario, opts?: Omit<SimulationOptions, "parts" | "schema">): Simulation;
  /** The daily columns for a neighbourhood with these groups (`day` first). */
  metricCatalogue(groups: readonly string[]): MetricInfo[];
  /** The JSON Schema of this model's scenario files. */
  jsonSchema(): Record<string, unknown>;
  /** The parameter reference (PARAMETERS.md) of this model. */
  parametersDoc(): string;
}

/** The sections of a registry: the shipped ones, then each new part's section. */
export function sectionsOf(parts: readonly DomainPart[]): Record<string, z.ZodType> {
  const out: Record<string, z.ZodType> = { ...SECTIONS };
  for (const p of parts) {
    if (!p.section) continue;
    const { key, schema } = p.section;
    const have = out[key];
    if (have !== undefined && have !== schema) {
      throw new Error(
        `defineModel: part "${p.name}" declares section "${key}:", which is already a section with another schema; choose another key.`,
      );
    }
    out[key] = schema as z.ZodType;
  }
  return out;
}

/**
 * A model from a registry of parts.
 *
 * @example
 * const model = defineModel([...PARTS, lockersPart]);
 * const r = model.parseScenario("lockers: { adoptionPerYear: 0.5 }\nrun: { days: 30 }");
 * if (r.ok) { const sim = model.createSimulation(r.scenario); while (!sim.isDone()) sim.stepDay(); }
 */
export function defineModel(parts: readonly DomainPart[]): DoorstepModel {
  const names = new Set<string>();
  for (const p of parts) {
    if (names.has(p.name)) throw new Error(`defineModel: two parts are named "${p.name}"; part names must be unique.`);
    names.add(p.name);
  }
  const sections = sectionsOf(parts);
  const shipped = Object.keys(sections).length === Object.keys(SECTIONS).length;
  const schema: AnyScenarioSchema = shipped ? buildScenarioSchema(SECTIONS) : buildScenarioSchema(sections);
  return {
    parts,
    sections,
    schema,
    parseScenario: (text, opts = {}) => parseWith(text, { ...opts, schema }),
    defaultScenario: () => schema.parse({ name: "default" }) as Scenario,
    createSimulation: (scenario, opts = {}) => createShippedSimulation(scenario, { ...opts, parts, schema }),
    metricCatalogue: (groups) => metricCatalogue(groups, parts),
    jsonSchema: () => exportJsonSchema(schema),
    parametersDoc: () => renderParametersDoc(sections),
  };
}

/** The shipped model: the registry of `parts.ts`. */
export const SHIPPED_MODEL: DoorstepModel = defineModel(PARTS);
