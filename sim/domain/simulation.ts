/**
 * `createSimulation(scenario, { seed?, days? })`: the surveillance model of one scenario
 * with one seed, behind the fixed `Simulation` interface of `simulation-api.ts`.
 *
 *   1. the model (`model/model.ts`): a core part model with the registry's parts
 *   2. the world on its scheduler (neighbourhood, routines, people, frame-level cameras)
 *   3. advanceTo(t): the core starts a day the first time time moves into it (the world
 *      schedules its traffic, then the parts' hooks); at midnight the world catches up,
 *      the parts' end-of-day hooks set their levels, the day's row is collected.
 *      stepDay() = advanceTo(next midnight).
 */
import type { AnyScenarioSchema, Scenario } from "../scenario/schema.ts";
import { createDatedChanges } from "./dated-changes.ts";
import { createMapEventBuffer } from "./model/map-events.ts";
import type { DomainPart } from "./model/domain-part.ts";
import { createSurveillanceModel, type SurveillanceModel } from "./model/model.ts";
import { stingPart } from "./model/sting.ts";
import { policePart } from "./model/police.ts";
import { runRecords } from "./model/case-records.ts";
import { createWorldView, type RealWorld } from "./model/world-adapter.ts";
import { PARTS } from "./parts.ts";
import type { DailyRow, MapLayout, MapState, MetricInfo, Simulation } from "./simulation-api.ts";
import { catalogueOf, summarise } from "./metrics.ts";

/** Options of a run. */
export interface SimulationOptions {
  /** Root seed; defaults to `scenario.run.seed`. */
  seed?: number;
  /** Days after the warm-up; defaults to `scenario.run.days` (the warm-up is always added). */
  days?: number;
  /** The scenario schema of that registry, for checking dated changes (default: the shipped schema). */
  schema?: AnyScenarioSchema;
  /** The registry of parts (default: the shipped `PARTS`). */
  parts?: readonly DomainPart[];
}

/**
 * A simulation of `scenario`, advanced one day per `stepDay()`.
 *
 * @example
 * const sim = createSimulation(defaultScenario().scenario, { seed: 7, days: 30 });
 * while (!sim.isDone()) sim.stepDay();
 * sim.summary().packages_stolen;
 */
export function createSimulation(scenario: Scenario, opts: SimulationOptions = {}): Simulation {
  return createInstrumentedSimulation(scenario, opts).sim;
}

/** A simulation together with its world and model, for tests and diagnostics that look inside. */
export interface InstrumentedSimulation {
  sim: Simulation;
  world: RealWorld;
  model: SurveillanceModel;
}

/**
 * Like {@link createSimulation}, but also hands out the world and the assembled model
 * (e.g. to check footage invariants on the camera system or to log every domain event).
 *
 * @example
 * const { sim, model } = createInstrumentedSimulation(scenario, { days: 10 });
 * model.bus.onAny((e) => log.push(e));
 */
export function createInstrumentedSimulation(given: Scenario, opts: SimulationOptions = {}): InstrumentedSimulation {
  // A timeline changes the scenario in place as the run goes on: the run gets its own copy.
  const scenario = given.timeline.length > 0 ? structuredClone(given) : given;
  const datedChanges = createDatedChanges(scenario, opts.schema);
  const seed = opts.seed ?? scenario.run.seed;
  const warmupDays = scenario.run.warmupDays;
  const totalDays = warmupDays + (opts.days ?? scenario.run.days);
  const parts = opts.parts ?? PARTS;
  const { model, world } = createSurveillanceModel({
    params: scenario,
    seed,
    days: totalDays,
    warmupDays,
    parts,
    world: (scheduler, rng) => createWorldView(scenario, rng, scheduler),
    beforeDayStart: (day, w) => {
      datedChanges.startDay(day);
      w.startDay(day);
    },
  });
  const catalogue: MetricInfo[] = catalogueOf(model.columns);
  const mapEvents = createMapEventBuffer(world);
  model.bus.onAny((e) => mapEvents.push(e));
  const rows: DailyRow[] = [];
  let layoutCache: MapLayout | null = null;

  function advanceTo(time: number): DailyRow[] {
    if (Number.isNaN(time)) throw new RangeError("simulation: advanceTo(NaN)");
    const done = model.advanceTo(time);
    for (const r of done) rows.push(r);
    return done;
  }

  const sim: Simulation = {
    seed,
    totalDays,
    get day() {
      return model.day;
    },
    get time() {
      return model.time;
    },
    isDone: () => model.isDone(),
    stepDay() {
      if (model.isDone()) throw new Error(`simulation: all ${totalDays} days are done; check isDone() before stepDay().`);
      return advanceTo((model.day + 1) * model.daySeconds)[0];
    },
    advanceTo,
    metrics: () => catalogue.map((m) => ({ ...m })),
    daily: () => rows.slice(),
    summary: () => summarise(rows, catalogue, warmupDays),
    records: () => (model.has(policePart.name) ? runRecords(model.use(policePart), model.env.world) : { cases: [], arrests: [] }),
    layout() {
      layoutCache ??= world.layout();
      return layoutCache;
    },
    snapshot(): MapState {
      const t = model.time;
      const people = world.peopleAt(t);
      const { porches } = model.env;
      const waiting = porches.housesWithPackages().filter((h) => porches.waitingAt(h).some((p) => !p.bait));
      const baits = model.has(stingPart.name) ? model.use(stingPart).baitHouses() : [];
      return {
        time: t,
        day: model.day,
        cameras: world.cameraViews(),
        peoplePos: people.pos,
        peopleKind: people.kind,
        packagesWaiting: Uint32Array.from(waiting.sort((a, b) => a - b)),
        baits: Uint32Array.from(baits.sort((a, b) => a - b)),
        events: mapEvents.drain(),
      };
    },
  };
  return { sim, world, model };
}
