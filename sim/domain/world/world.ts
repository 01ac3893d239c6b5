/**
 * The whole physical world wired together in one call: neighbourhood, routines, people,
 * cameras, background traffic and the list of active trips, each on its own named random
 * stream of the run's generator. The model adds its own people and trips on top.
 */
import type { Rng } from "../../core/index.ts";
import type { CamerasParams } from "../../scenario/sections/cameras.ts";
import type { NeighbourhoodParams } from "../../scenario/sections/neighbourhood.ts";
import { createActiveTrips, type ActiveTrips } from "./active-trips.ts";
import { createCameraSystem, type CameraSystem } from "./cameras/camera-system.ts";
import type { CameraEvent } from "./cameras/camera-events.ts";
import { createNeighbourhood, type Neighbourhood } from "./neighbourhood.ts";
import { createPeople, type People } from "./people.ts";
import { createRoutines, type Routines } from "./routines.ts";
import { createTraffic, type PlannedTrip, type Traffic } from "./traffic.ts";
import { TripPlanner } from "./trip-planner.ts";

/** The parts of a scenario the world reads. */
export interface WorldScenario {
  neighbourhood: NeighbourhoodParams;
  cameras: CamerasParams;
  policy: { retentionDays: number };
}

/** Everything physical, wired: trips started by `traffic` are seen by `cameras` and listed in `active`. */
export interface World {
  nb: Neighbourhood;
  /** Plans every trip of this world (its buffers belong to this world alone). */
  planner: TripPlanner;
  routines: Routines;
  people: People;
  cameras: CameraSystem;
  traffic: Traffic;
  active: ActiveTrips;
}

/**
 * Builds the world of a scenario. Streams used: "neighbourhood", "routines", "cameras", "traffic".
 *
 * @example
 * ```ts
 * const world = createWorld(scenario, model.rng, { onCameraEvent: (e) => log.push(e) });
 * world.traffic.scheduleDay(0, model.scheduler);
 * ```
 */
export function createWorld(s: WorldScenario, rng: Rng, opts: { onCameraEvent(e: CameraEvent): void; onTrip?(t: PlannedTrip): void }): World {
  const nb = createNeighbourhood(s.neighbourhood, rng.stream("neighbourhood"));
  const routines = createRoutines(s.neighbourhood, nb, rng.stream("routines"));
  const people = createPeople({ femaleShare: s.neighbourhood.femaleShare, rng: rng.stream("people") });
  const cameras = createCameraSystem(s.cameras, nb, rng.stream("cameras"), {
    retentionDays: s.policy.retentionDays,
    onEvent: opts.onCameraEvent,
  });
  const active = createActiveTrips();
  const planner = new TripPlanner(nb);
  const traffic = createTraffic(s.neighbourhood, nb, routines, people, rng.stream("traffic"), {
    cameras,
    active,
    onTrip: opts.onTrip,
    planner,
  });
  return { nb, planner, routines, people, cameras, traffic, active };
}
