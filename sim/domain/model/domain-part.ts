/**
 * How a mechanism of the surveillance model is declared as a part of the core: the part
 * factory fixed to this model's context and event union, and the helpers that declare a
 * metric. A mechanism's file ends with its part; `sim/domain/parts.ts` lists them.
 */
import { definePart, type AnyPart, type MetricSpec } from "../../core/index.ts";
import type { ModelContext } from "./context.ts";
import type { DomainEvent } from "./events.ts";

/**
 * Declares a part of the surveillance model (its hooks receive the {@link ModelContext} as `ctx.env`).
 *
 * @example
 * export const recordingsPart = domainPart({ name: "recordings", summary: "...", metrics: [count("clips_recorded", ...)], ... });
 */
export const domainPart = definePart<ModelContext, DomainEvent>();

/** Any part of the surveillance model (fixture parts with events of their own included). */
export type DomainPart = AnyPart<ModelContext>;

/** Thefts per 1,000 households per 30 days: the common unit of perceived and actual crime. */
export const CRIME_INDEX_UNIT = "thefts per 1,000 households per 30 days";

/**
 * A count: summed over a day, restarting at 0 (summed over the run in the summary).
 *
 * @example count("packages_stolen", "packages", "Packages stolen", "Real packages taken from porches that day.")
 */
export function count<const N extends string>(name: N, unit: string, label: string, description: string, byGroup = false): MetricSpec<N> {
  return { name, unit, label, description, kind: "count", byGroup };
}

/**
 * A level: a state sampled at the end of the day, kept until set again (averaged in the summary).
 *
 * @example level("camera_adoption", "fraction of households", "Homes with a doorbell camera", "Share of households with a camera.")
 */
export function level<const N extends string>(name: N, unit: string, label: string, description: string, byGroup = false): MetricSpec<N> {
  return { name, unit, label, description, kind: "level", byGroup };
}
