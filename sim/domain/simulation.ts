/**
 * `createSimulation(scenario, { seed?, days? })`: the surveillance model of one scenario
 * with one seed, behind the fixed `Simulation` interface of `simulation-api.ts`.
 *
 *   1. seed -> root random stream; a discrete-event scheduler (seconds; t = 0 is Monday 00:00)
 *   2. the world (neighbourhood, routines, people, frame-level cameras) — `model/world-adapter.ts`
 *   3. submodels: metrics recorder, perception, face recognition
 *   4. the mechanisms on the world — `model/model.ts`
 *   5. advanceTo(t): a day is started (world and mechanisms schedule it) the first time
 *      time moves into it; within a day only the scheduler runs (to t); reaching midnight
 *      closes the day: the world catches up, end-of-day levels are set (adoption,
 *      perceived and actual crime), the row is closed. stepDay() = advanceTo(next midnight).
 */
import { createRng, Scheduler } from "../core/index.ts";
import type { Scenario } from "../scenario/schema.ts";
import { createDatedChanges } from "./dated-changes.ts";
import { DAY } from "./model/context.ts";
import { createMapEventBuffer } from "./model/map-events.ts";
import { createSurveillanceModel, type SurveillanceModel } from "./model/model.ts";
import { createWorldView, type RealWorld } from "./model/world-adapter.ts";
import type { DailyRow, MapLayout, MapState, Simulation } from "./simulation-api.ts";
import { createFaceRecognition } from "./submodels/face-recognition.ts";
import { createMetricsRecorder, summarise } from "./submodels/metrics.ts";
import { createPerception, createTheftWindow } from "./submodels/perception.ts";
import { INDEX_DAYS } from "./submodels/crime-index.ts";

/** Options of a run. */
export interface SimulationOptions {
  /** Root seed; defaults to `scenario.run.seed`. */
  seed?: number;
  /** Days after the warm-up; defaults to `scenario.run.days` (the warm-up is always added). */
  days?: number;
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
 * model.ctx.bus.onAny((e) => log.push(e));
 */
export function createInstrumentedSimulation(given: Scenario, opts: SimulationOptions = {}): InstrumentedSimulation {
  // A timeline changes the scenario in place as the run goes on: the run gets its own copy.
  const scenario = given.timeline.length > 0 ? structuredClone(given) : given;
  const datedChanges = createDatedChanges(scenario);
  const seed = opts.seed ?? scenario.run.seed;
  const warmupDays = scenario.run.warmupDays;
  const totalDays = warmupDays + (opts.days ?? scenario.run.days);
  const rng = createRng(seed);
  const scheduler = new Scheduler();
  const world = createWorldView(scenario, rng.stream("world"), scheduler);
  const metrics = createMetricsRecorder(world.groups);
  const perception = createPerception(scenario.perception, world.households);
  const faces = createFaceRecognition(scenario.faceRecognition, world.groups, rng.stream("face-recognition"));
  const model = createSurveillanceModel({
    params: {
      policy: scenario.policy,
      deliveries: scenario.deliveries,
      thieves: scenario.thieves,
      residents: scenario.residents,
      platform: scenario.platform,
      police: scenario.police,
      sting: scenario.sting,
      alerts: scenario.alerts,
    },
    world,
    scheduler,
    rng,
    metrics,
    perception,
    faces,
  });
  const mapEvents = createMapEventBuffer(world);
  model.ctx.bus.onAny((e) => mapEvents.push(e));
  const theftWindow = createTheftWindow(INDEX_DAYS);
  let stolenToday = 0;
  model.ctx.bus.on("package-stolen", (e) => {
    if (!e.bait) stolenToday++;
  });
  const rows: DailyRow[] = [];
  let day = 0;
  /** Whether `day` has been started (its traffic and mechanisms scheduled). */
  let dayStarted = false;
  let layoutCache: MapLayout | null = null;
  const endTime = totalDays * DAY;

  /** At midnight ending `day`: the world catches up and the day's row is closed. */
  function finishDay(): DailyRow {
    world.advanceTo(scheduler.now);
    model.endDay(day);
    perception.endDay();
    theftWindow.addDay(stolenToday);
    stolenToday = 0;
    metrics.set("perceived_crime", perception.mean());
    metrics.set("actual_crime", theftWindow.index(world.households));
    const row = metrics.endDay();
    rows.push(row);
    day++;
    dayStarted = false;
    return row;
  }

  function advanceTo(time: number): DailyRow[] {
    if (Number.isNaN(time)) throw new RangeError("simulation: advanceTo(NaN)");
    const target = Math.min(time, endTime);
    const done: DailyRow[] = [];
    while (day < totalDays && scheduler.now < target) {
      if (!dayStarted) {
        dayStarted = true;
        datedChanges.startDay(day);
        world.startDay(day);
        model.startDay(day);
      }
      const midnight = (day + 1) * DAY;
      const to = Math.min(target, midnight);
      scheduler.runUntil(to);
      if (to === midnight) done.push(finishDay());
    }
    return done;
  }

  const sim: Simulation = {
    seed,
    totalDays,
    get day() {
      return day;
    },
    get time() {
      return scheduler.now;
    },
    isDone: () => day >= totalDays,
    stepDay() {
      if (day >= totalDays) throw new Error(`simulation: all ${totalDays} days are done; check isDone() before stepDay().`);
      return advanceTo((day + 1) * DAY)[0];
    },
    advanceTo,
    metrics: () => [...metrics.catalogue],
    daily: () => rows.slice(),
    summary: () => summarise(rows, metrics.catalogue, warmupDays),
    layout() {
      layoutCache ??= world.layout();
      return layoutCache;
    },
    snapshot(): MapState {
      const t = scheduler.now;
      const people = world.peopleAt(t);
      const waiting = model.ctx.porches.housesWithPackages().filter((h) => model.ctx.porches.waitingAt(h).some((p) => !p.bait));
      return {
        time: t,
        day,
        cameras: world.cameraViews(),
        peoplePos: people.pos,
        peopleKind: people.kind,
        packagesWaiting: Uint32Array.from(waiting.sort((a, b) => a - b)),
        baits: Uint32Array.from(model.sting.baitHouses().sort((a, b) => a - b)),
        events: mapEvents.drain(),
      };
    },
  };
  return { sim, world, model };
}
