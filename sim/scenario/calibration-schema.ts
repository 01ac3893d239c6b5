/**
 * The schema of a calibration file: a base scenario, the parameters to calibrate with
 * their priors (the `vary` forms `uniform`, `int`, `values`), summary targets, the ABC
 * method and its sizes, replications and the seed. Parameter paths and values are checked
 * against the scenario schema, and target names against the model's summary metrics, by
 * `parse-calibration.ts`.
 */
import { z } from "zod";
import { messages } from "./messages.ts";
import { VarySpecSchema } from "./sweep-schema.ts";

/** The prior forms a calibration accepts (a subset of a sweep's `vary` kinds). */
export const PRIOR_KINDS = ["uniform", "int", "values"] as const;

/** The ABC methods. */
export const CALIBRATION_METHODS = ["abc-rejection", "abc-smc"] as const;
export type CalibrationMethod = (typeof CALIBRATION_METHODS)[number];

/** One summary target: `value` with `sd`, or a range `min`..`max`. */
export const TargetSchema = z
  .strictObject({
    value: z.number().optional().meta({ description: "The observed value of the summary metric." }),
    sd: z
      .number()
      .positive()
      .optional()
      .meta({ description: "How far from `value` counts as one unit of distance (e.g. the observation's standard error)." }),
    min: z.number().optional().meta({ description: "Lower end of an acceptable range (distance 0 inside the range)." }),
    max: z.number().optional().meta({ description: "Upper end of an acceptable range." }),
  })
  .superRefine((t, ctx) => {
    const point = t.value !== undefined || t.sd !== undefined;
    const range = t.min !== undefined || t.max !== undefined;
    const ok = point !== range && (point ? t.value !== undefined && t.sd !== undefined : t.min !== undefined && t.max !== undefined && t.min < t.max);
    if (!ok) ctx.addIssue({ code: "custom", message: messages.badTarget(Object.keys(t)), params: { code: "bad-target" } });
  })
  .meta({ description: "A summary metric's target: { value, sd } or { min, max }." });

export type TargetSpec = z.output<typeof TargetSchema>;

/** A calibration file. */
export const CalibrationSchema = z
  .strictObject({
    name: z.string().min(1).optional().meta({ description: "Name of the calibration (defaults to the file name)." }),
    description: z.string().default("").meta({ description: "What is calibrated, against which observations." }),
    base: z.string().min(1).meta({ description: "The base scenario: a built-in preset name or a path relative to this file." }),
    parameters: z
      .record(z.string(), VarySpecSchema)
      .superRefine((v, ctx) => {
        if (Object.keys(v).length === 0) ctx.addIssue({ code: "custom", message: messages.emptyParameters(), params: { code: "bad-vary" } });
      })
      .meta({ description: "Dotted parameter path -> its prior: uniform { min, max }, int { min, max } or values [...]." }),
    targets: z
      .record(z.string(), TargetSchema)
      .superRefine((v, ctx) => {
        if (Object.keys(v).length === 0) ctx.addIssue({ code: "custom", message: messages.emptyTargets(), params: { code: "bad-target" } });
      })
      .meta({ description: "Summary metric (as in a run's summary) -> its target." }),
    method: z.enum(CALIBRATION_METHODS).default("abc-rejection").meta({
      description:
        "abc-rejection: draw `samples` sets from the priors, keep the closest `acceptFraction`; abc-smc: `generations` populations of `particles`, each closer than the last.",
    }),
    samples: z.number().int().min(1).max(100000).optional().meta({ description: "Parameter sets drawn from the priors (abc-rejection)." }),
    acceptFraction: z
      .number()
      .gt(0)
      .max(1)
      .optional()
      .meta({ description: "Share of the parameter sets run that is kept (abc-rejection: default 0.1; abc-smc: per generation, default 0.5)." }),
    particles: z.number().int().min(1).max(10000).optional().meta({ description: "Parameter sets kept per generation (abc-smc)." }),
    generations: z.number().int().min(1).max(50).default(4).meta({ description: "Generations (abc-smc); the tolerance shrinks with each." }),
    replications: z
      .number()
      .int()
      .min(1)
      .max(1000)
      .default(1)
      .meta({ description: "Runs per parameter set, each with its own seed; targets are compared with their mean." }),
    seed: z.number().int().min(0).max(4294967295).default(1).meta({ description: "Calibration seed: draws and run seeds are hashed from it." }),
  })
  .meta({ title: "Doorstep calibration", description: "Approximate Bayesian computation of scenario parameters against summary targets." });

export type CalibrationInput = z.input<typeof CalibrationSchema>;
