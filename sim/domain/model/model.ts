/**
 * The surveillance model: a core `PartModel` assembled from a registry of parts (the
 * shipped `PARTS` by default) on a world. Independent of how the world is built, so tests
 * can run it on a small stand-in world.
 *
 *   createSurveillanceModel({ params, world, days, seed, parts })
 *     1. a core model: root stream from the seed, scheduler (seconds; t = 0 is Monday 00:00)
 *     2. the world, built on the model's scheduler and its "world" stream
 *     3. the context every part receives (params read live, world, bus, metrics, shared state)
 *     4. the parts, in registry order; then `advanceTo(t)` / `stepDay()` run the days
 */
import { PartModel, type Rng, type Scheduler } from "../../core/index.ts";
import { COLUMN_ORDER, PARTS, type DomainMetric } from "../parts.ts";
import { createModelContext, type ModelContext } from "./context.ts";
import type { DomainPart } from "./domain-part.ts";
import type { DomainEvent } from "./events.ts";
import { faceRecognitionPart } from "./face-recognition-part.ts";
import type { ModelParams } from "./params.ts";
import { perceptionPart } from "./perception-part.ts";
import type { WorldView } from "./ports.ts";

/** The assembled model: the core's part model over this domain's context and events. */
export type SurveillanceModel = PartModel<ModelContext, DomainEvent, DomainMetric>;

/** What {@link createSurveillanceModel} needs. */
export interface SurveillanceModelOptions<W extends WorldView> {
  /** The scenario's sections (the scenario object itself; parts read it live). */
  params: ModelParams;
  /** Builds the world on the model's scheduler and its "world" random stream. */
  world: (scheduler: Scheduler, rng: Rng) => W;
  /** Root seed. */
  seed: number;
  /** Days in the run, warm-up included. */
  days: number;
  /** Of which days of warm-up (default 0). */
  warmupDays?: number;
  /** The registry (default: the shipped parts). */
  parts?: readonly DomainPart[];
  /** Called at the start of each day before the parts' hooks (e.g. the world schedules its traffic). */
  beforeDayStart?: (day: number, world: W) => void;
  /** Called at the end of each day before the parts' hooks (default: the world catches up to midnight). */
  beforeDayEnd?: (day: number, world: W) => void;
}

/**
 * Builds the model on a world.
 *
 * @example
 * const { model, world } = createSurveillanceModel({ params: scenario, seed: 1, days: 30, world: (s, r) => createFakeWorld({}, s, r) });
 * while (!model.isDone()) model.stepDay();
 */
export function createSurveillanceModel<W extends WorldView>(o: SurveillanceModelOptions<W>): { model: SurveillanceModel; world: W } {
  const model: SurveillanceModel = new PartModel<ModelContext, DomainEvent, DomainMetric>({ seed: o.seed });
  const world = o.world(model.scheduler, model.rng.stream("world"));
  const beforeDayEnd = o.beforeDayEnd ?? (() => world.advanceTo(model.scheduler.now));
  model.assemble({
    parts: o.parts ?? PARTS,
    params: o.params,
    groups: world.groups,
    columnOrder: COLUMN_ORDER,
    days: o.days,
    env: (m) =>
      createModelContext({
        params: o.params,
        world,
        scheduler: m.scheduler,
        rng: m.rng,
        bus: m.bus as SurveillanceModel["bus"],
        metrics: m.collector,
        perception: () => m.use(perceptionPart).port,
        faces: () => m.use(faceRecognitionPart),
        warmupDays: o.warmupDays,
      }),
    beforeDayStart: o.beforeDayStart && ((day) => o.beforeDayStart!(day, world)),
    beforeDayEnd: (day) => beforeDayEnd(day, world),
  });
  return { model, world };
}
