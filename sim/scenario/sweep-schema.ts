/**
 * The schema of a sweep file: a base scenario, the parameters to vary and how, the
 * sampler, replications and the sweep seed. Parameter paths and values are checked
 * against the scenario schema by `parse-sweep.ts`, which knows the base scenario.
 */
import { z } from "zod";
import { messages } from "./messages.ts";

/** How a sweep picks its parameter sets. */
export const SAMPLERS = ["grid", "random", "lhs", "morris", "sobol", "design"] as const;
export type SamplerName = (typeof SAMPLERS)[number];

/** A value a sweep can give one parameter. */
const paramValue = z.union([z.number(), z.string(), z.boolean()]);

/** The ways to say how a parameter varies; exactly one per parameter. */
export const VARY_KINDS = ["values", "range", "uniform", "int", "normal", "lognormal", "choice"] as const;
export type VaryKind = (typeof VARY_KINDS)[number];

/** How one parameter varies: exactly one of the `VARY_KINDS` keys. */
export const VarySpecSchema = z
  .strictObject({
    values: z.array(paramValue).min(1).optional().meta({ description: "An explicit list of values (any sampler)." }),
    range: z
      .strictObject({
        from: z.number(),
        to: z.number(),
        steps: z.number().int().min(2).max(1000).meta({ description: "Number of evenly spaced values, both ends included." }),
      })
      .optional()
      .meta({ description: "Evenly spaced numbers from `from` to `to` (grid); uniform between them (random, lhs)." }),
    uniform: z.strictObject({ min: z.number(), max: z.number() }).optional().meta({ description: "Uniform on [min, max] (random, lhs)." }),
    int: z
      .strictObject({ min: z.number().int(), max: z.number().int() })
      .optional()
      .meta({ description: "A whole number from min to max, both included (random, lhs)." }),
    normal: z
      .strictObject({ mean: z.number(), sd: z.number().positive() })
      .optional()
      .meta({ description: "Normal draws, clamped to the parameter's range (random, lhs)." }),
    lognormal: z
      .strictObject({ mu: z.number(), sigma: z.number().positive() })
      .optional()
      .meta({ description: "Lognormal draws exp(N(mu, sigma)), clamped to the parameter's range (random, lhs)." }),
    choice: z.array(paramValue).min(1).optional().meta({ description: "Equally likely values (random, lhs)." }),
  })
  .superRefine((spec, ctx) => {
    const found = VARY_KINDS.filter((k) => spec[k] !== undefined);
    if (found.length !== 1) ctx.addIssue({ code: "custom", message: messages.badVary(found, VARY_KINDS), params: { code: "bad-vary" } });
  });

export type VarySpec = z.output<typeof VarySpecSchema>;

/** A sweep file. */
export const SweepSchema = z
  .strictObject({
    name: z.string().min(1).optional().meta({ description: "Name of the sweep (defaults to the file name)." }),
    description: z.string().default("").meta({ description: "What question the sweep answers." }),
    base: z.string().min(1).meta({ description: "The base scenario: a built-in preset name or a path relative to this file." }),
    vary: z
      .record(z.string(), VarySpecSchema)
      .superRefine((v, ctx) => {
        if (Object.keys(v).length === 0) ctx.addIssue({ code: "custom", message: messages.emptyVary(), params: { code: "bad-vary" } });
      })
      .optional()
      .meta({ description: "Dotted parameter path (e.g. cameras.adoption) -> how it varies (every sampler but design)." }),
    set: z
      .record(z.string(), paramValue)
      .optional()
      .meta({ description: "Dotted parameter path -> a value every run of the sweep uses (applied to the base scenario), e.g. a smaller town." }),
    sampler: z.enum(SAMPLERS).default("grid").meta({
      description:
        "grid: every combination of values/ranges; random: independent draws; lhs: Latin hypercube; morris: elementary-effects trajectories; sobol: Saltelli's design on a scrambled Sobol' sequence; design: the rows of a CSV file.",
    }),
    samples: z.number().int().min(1).max(100000).optional().meta({
      description:
        "Parameter sets to draw (random, lhs); base samples N, a power of two (sobol: N (d + 2) parameter sets, N (2d + 2) with calcSecondOrder).",
    }),
    trajectories: z.number().int().min(2).max(10000).optional().meta({ description: "Morris trajectories r (morris: r (d + 1) parameter sets)." }),
    levels: z
      .number()
      .int()
      .min(2)
      .max(100)
      .optional()
      .meta({ description: "Morris grid levels p, even (default 4); each step moves an input by p / (2 (p - 1)) of its range." }),
    candidates: z
      .number()
      .int()
      .min(2)
      .max(10000)
      .optional()
      .meta({ description: "Morris: draw this many candidate trajectories and keep the `trajectories` most spread out (Campolongo et al. 2007)." }),
    calcSecondOrder: z.boolean().optional().meta({ description: "Sobol: add the rows for second-order indices S2 (default false)." }),
    design: z
      .string()
      .min(1)
      .optional()
      .meta({ description: "design: a CSV file, relative to this sweep file: one column per parameter path, one row per parameter set." }),
    replications: z.number().int().min(1).max(10000).default(1).meta({ description: "Runs per parameter set, each with its own seed." }),
    seed: z
      .number()
      .int()
      .min(0)
      .max(4294967295)
      .default(1)
      .meta({ description: "Sweep seed; run seeds are hashed from it, the cell and the replication." }),
  })
  .meta({ title: "Doorstep sweep", description: "A parameter sweep over a Doorstep scenario." });

export type SweepInput = z.input<typeof SweepSchema>;
