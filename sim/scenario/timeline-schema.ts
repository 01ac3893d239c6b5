/**
 * The shape of scenario key `timeline:` (a list of `{ day, set }`); what a change may set is
 * checked in `timeline.ts` once the rest of the scenario is valid.
 */
import { z } from "zod";

const changeValue = z.union([z.number(), z.boolean(), z.string()]);

/** One dated change. */
export const timelineEntrySchema = z
  .strictObject({
    day: z.number().int().min(0).max(3650).meta({
      description: "Day after the warm-up at whose start the change applies (0 = the first reported day).",
      unit: "days",
    }),
    set: z.record(z.string(), changeValue).meta({
      description: "Parameters to change, by dotted path as in --set (e.g. policy.name: warrant-required).",
    }),
  })
  .meta({ description: "A change of parameters from a given day on." });

/** `timeline:` the dated changes of a scenario, in order of day. */
export const timelineSchema = z.array(timelineEntrySchema).max(1000).default([]).meta({
  description:
    "Dated changes of policy and mechanism parameters, applied at the start of the given day after the warm-up (e.g. an ordinance that requires warrants from day 120).",
});

/** One dated change of a loaded scenario. */
export type TimelineEntry = z.output<typeof timelineEntrySchema>;
