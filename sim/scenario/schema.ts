/**
 * The scenario schema: the single source of truth for every parameter of the model.
 * `buildScenarioSchema(sections)` composes section schemas under a strict top level, so
 * an unknown section is an error, not a silent no-op. `SECTIONS` are the shipped
 * sections (the run, the world's, and one per registered part of the domain: a domain
 * test checks that they match the part registry); a model with more parts builds its own
 * schema from `SECTIONS` plus its parts' sections.
 */
import { z } from "zod";
import { alertsSection } from "./sections/alerts.ts";
import { camerasSection } from "./sections/cameras.ts";
import { deliveriesSection } from "./sections/deliveries.ts";
import { faceRecognitionSection } from "./sections/face-recognition.ts";
import { neighbourhoodSection } from "./sections/neighbourhood.ts";
import { perceptionSection } from "./sections/perception.ts";
import { platformSection } from "./sections/platform.ts";
import { policeSection } from "./sections/police.ts";
import { policySection } from "./sections/policy.ts";
import { protestSection } from "./sections/protest.ts";
import { residentsSection } from "./sections/residents.ts";
import { runSection } from "./sections/run.ts";
import { stingSection } from "./sections/sting.ts";
import { thievesSection } from "./sections/thieves.ts";
import { timelineSchema } from "./timeline-schema.ts";

/** The mechanism sections, in documentation order. */
export const SECTIONS = {
  run: runSection,
  policy: policySection,
  neighbourhood: neighbourhoodSection,
  cameras: camerasSection,
  deliveries: deliveriesSection,
  thieves: thievesSection,
  residents: residentsSection,
  platform: platformSection,
  police: policeSection,
  sting: stingSection,
  alerts: alertsSection,
  faceRecognition: faceRecognitionSection,
  perception: perceptionSection,
  protest: protestSection,
} as const;

/** Names of the sections (`run`, `policy`, `neighbourhood`, ...). */
export type SectionName = keyof typeof SECTIONS;

/** The top-level fields every scenario has besides its sections. */
const TOP_LEVEL = {
  name: z.string().min(1).default("scenario").meta({
    description: "Short name of the scenario, used in results and dashboards (defaults to the file name).",
  }),
  description: z.string().default("").meta({ description: "What the scenario represents, in a sentence or two." }),
  extends: z.string().min(1).optional().meta({
    description: "A built-in preset (e.g. baseline) or a relative path to another scenario file; this file is merged over it, deeply.",
  }),
};

/**
 * The schema of a scenario made of `sections` (key -> section schema, in documentation
 * order). Every section may be left out (all defaults); `extends` names a preset or a
 * relative file and is resolved by the loader, which removes it from the result.
 *
 * @example
 * const schema = buildScenarioSchema({ ...SECTIONS, lockers: lockersSection });
 * schema.parse({ lockers: { adoptionPerYear: 0.2 } }).lockers.adoptionPerYear; // 0.2
 */
export function buildScenarioSchema<S extends Record<string, z.ZodType>>(sections: S) {
  for (const key of Object.keys(sections)) {
    if (key in TOP_LEVEL || key === "timeline")
      throw new Error(`buildScenarioSchema: a section may not be called "${key}" (a top-level field of every scenario).`);
  }
  return z
    .strictObject({ ...TOP_LEVEL, ...sections, timeline: timelineSchema })
    .meta({ title: "Doorstep scenario", description: "A Doorstep simulation scenario." });
}

/** A scenario schema built by {@link buildScenarioSchema}, whatever its sections. */
export type AnyScenarioSchema = ReturnType<typeof buildScenarioSchema<Record<string, z.ZodType>>>;

/** The shipped scenario: the shipped sections. */
export const ScenarioSchema = buildScenarioSchema(SECTIONS);

/** A loaded scenario: every field present, defaults applied, `policy` fully resolved. */
export type Scenario = z.output<typeof ScenarioSchema>;

/** What a scenario file may contain (every field optional). */
export type ScenarioInput = z.input<typeof ScenarioSchema>;
