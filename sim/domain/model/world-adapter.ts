/**
 * Builds the physical world of `sim/domain/world` for a scenario and presents it to the
 * mechanisms as a `WorldView`: neighbourhood, routines, people, the frame-level camera
 * system and the background traffic (residents, visitors, dog walkers, people passing
 * through), which cameras see like anyone else. Couriers and thieves move with the same
 * trip planner; every trip in progress is kept for the map.
 *
 * Camera time: the camera system must never be asked to observe a trip that starts before
 * its last `advanceTo`; the adapter therefore advances it only to the scheduler's current
 * time (on a regular tick, and before any query), and plans every trip from that time on.
 */
import type { Rng, Scheduler } from "../../core/index.ts";
import type { Scenario } from "../../scenario/schema.ts";
import type { CameraView, MapLayout, PersonKind } from "../simulation-api.ts";
import {
  createActiveTrips,
  createCameraSystem,
  createNeighbourhood,
  createPeople,
  createRoutines,
  createTraffic,
  TripPlanner,
  type CameraSystem,
  type Clip,
  type Neighbourhood,
  type People,
  type Routines,
  type Traffic,
  type Trip,
  offsetTrip,
  tripEnd,
} from "../world/index.ts";
import type { ClipState, ClipView, WorldView } from "./ports.ts";

/** Seconds between two camera-system advances (clips reach the model at most this late). */
const CAMERA_TICK_S = 300; // technical: latency of notifications to the model, not a model parameter

/** The world as the simulation uses it: the mechanisms' view plus what the map needs. */
export interface RealWorld extends WorldView {
  readonly nb: Neighbourhood;
  readonly routines: Routines;
  readonly people: People;
  readonly cameras: CameraSystem;
  readonly traffic: Traffic;
  layout(): MapLayout;
  cameraViews(): CameraView[];
  /** People on the move at time t: [x, y] pairs and kinds. */
  peopleAt(t: number): { pos: Float32Array; kind: PersonKind[] };
  /** Schedules the day's background traffic (call at midnight of `day`). */
  startDay(day: number): void;
}

/**
 * Creates the world for a scenario on the given scheduler.
 *
 * @example
 * const world = createWorldView(scenario, rng.stream("world"), scheduler);
 * world.startDay(0);
 */
export function createWorldView(scenario: Scenario, rng: Rng, scheduler: Scheduler): RealWorld {
  const nb = createNeighbourhood(scenario.neighbourhood, rng.stream("neighbourhood"));
  const routines = createRoutines(scenario.neighbourhood, nb, rng.stream("routines"));
  const people = createPeople({ femaleShare: scenario.neighbourhood.femaleShare, rng: rng.stream("people") });
  const handlers: ((c: ClipView) => void)[] = [];
  const cameras = createCameraSystem(scenario.cameras, nb, rng.stream("cameras"), {
    retentionDays: scenario.policy.retentionDays,
    onEvent(e) {
      if (e.type !== "clip-recorded" || handlers.length === 0) return;
      // The event carries the clip (no getClip copy); a clip just recorded is on the camera:
      // not stored yet, so not shared either (only stored clips are ever handed over).
      const view: ClipView = { id: e.clipId, house: e.house, start: e.start, end: e.end, state: "camera", subjects: e.subjects };
      for (const h of handlers) h(view);
    },
  });
  const active = createActiveTrips();
  const planner = new TripPlanner(nb);
  const traffic = createTraffic(scenario.neighbourhood, nb, routines, people, rng.stream("traffic"), { cameras, active, planner });

  function advance(): void {
    if (scheduler.now > cameras.now) cameras.advanceTo(scheduler.now);
  }
  function tick(): void {
    advance();
    scheduler.scheduleIn(CAMERA_TICK_S, tick, 1);
  }
  scheduler.scheduleAt(scheduler.now, tick, 1);

  function toState(c: Clip): ClipState {
    if (c.shared) return "shared";
    if (c.state === "stored") return "cloud";
    if (c.state === "expired") return "expired";
    return "camera";
  }
  // Subject records are made afresh for each event and clip and fit ClipSubject as they are.
  const toView = (c: Clip): ClipView => ({ id: c.id, house: c.house, start: c.start, end: c.end, state: toState(c), subjects: c.subjects });
  function observe(person: number, trip: Trip, concealedFace: boolean): void {
    cameras.observe(person, trip, { concealedFace, countInView: false });
    active.add(person, people.kind(person), trip);
  }
  const clipsOfHouse = (house: number, t0: number, t1: number): ClipView[] => {
    advance();
    const cam = cameras.cameraAt(house);
    return cam < 0 ? [] : cameras.clipsInWindow(cam, t0, t1).map(toView);
  };

  const world: RealWorld = {
    nb,
    routines,
    people,
    cameras,
    traffic,
    households: nb.householdCount,
    groups: nb.groups,
    houseGroup: (h) => nb.houseGroup[h],
    porchX: (h) => nb.houseX[h],
    porchY: (h) => nb.houseY[h],
    isHome: (h, t) => routines.isHome(h, t),
    nextHomeAt: (h, t) => routines.nextHomeAt(h, t),
    hasCamera: (h) => cameras.cameraAt(h) >= 0,
    cameraVisible: (h) => {
      const c = cameras.cameraAt(h);
      return c >= 0 && cameras.isVisible(c);
    },
    installCamera: (h) => {
      if (cameras.cameraAt(h) < 0) cameras.install(h);
    },
    addPerson: (kind, group, home) => people.add(kind, group, home),
    personGroup: (p) => people.group(p),
    personFemale: (p) => people.female(p),
    personKind: (p) => people.kind(p),
    personHome: (p) => people.home(p),
    visitPorch(person, house, t, dwellS, from, concealedFace = false) {
      const depart = Math.max(t, scheduler.now, cameras.now);
      const kind = people.kind(person);
      const mode = kind === "courier" || kind === "police" ? "drive" : "walk";
      const start = from >= 0 ? from : house;
      const trip = planner.plan({ from: { house: start, street: true }, to: { house }, mode, depart, porchApproach: true, dwell: dwellS });
      observe(person, trip, concealedFace);
      const arrive = Number.isFinite(trip.porchArrival) ? trip.porchArrival : depart;
      const leave = Number.isFinite(trip.porchDeparture) ? trip.porchDeparture : arrive + dwellS;
      return { arrive, leave };
    },
    walkBetween(person, from, to, t, speedMps, lateralM = 0) {
      const depart = Math.max(t, scheduler.now, cameras.now);
      const planned = planner.plan({ from: { house: from, street: true }, to: { house: to, street: true }, mode: "walk", depart, speed: speedMps });
      const trip = lateralM === 0 ? planned : offsetTrip(planned, lateralM);
      observe(person, trip, false);
      return tripEnd(trip);
    },
    housesAlongRoute(from, to, spacingM) {
      const trip = planner.plan({ from: { house: from, street: true }, to: { house: to, street: true }, mode: "walk", depart: 0 });
      return housesAlong(nb, trip.path, spacingM, from, to);
    },
    onClip: (h) => {
      handlers.push(h);
    },
    clipsInWindow(house, radiusM, t0, t1) {
      const near = nb.housesNear(nb.houseX[house], nb.houseY[house], radiusM);
      const out: ClipView[] = [];
      for (const h of near) for (const c of clipsOfHouse(h, t0, t1)) out.push(c);
      return out;
    },
    clipsOfHouse,
    markShared: (clip) => {
      cameras.markShared(clip);
    },
    housesNear: (x, y, r) => nb.housesNear(x, y, r),
    advanceTo: () => advance(),
    startDay(day) {
      traffic.scheduleDay(day, scheduler);
    },
    layout() {
      const n = nb.householdCount;
      const houses = new Float32Array(2 * n);
      for (let h = 0; h < n; h++) {
        houses[2 * h] = nb.houseX[h];
        houses[2 * h + 1] = nb.houseY[h];
      }
      return {
        width: nb.width,
        height: nb.height,
        streets: nb.streetSegments(),
        houses,
        houseGroup: Uint8Array.from(nb.houseGroup),
        groups: [...nb.groups],
      };
    },
    cameraViews: () => cameras.views(),
    peopleAt(t) {
      const m = active.snapshot(t);
      return { pos: m.peoplePos, kind: m.peopleKind };
    },
  };
  return world;
}

/**
 * The houses nearest to points every `spacingM` metres along a path of (t, x, y) vertices,
 * starting with `from` and ending with `to` (a house is listed once).
 */
function housesAlong(nb: Neighbourhood, path: Float64Array, spacingM: number, from: number, to: number): number[] {
  const out = [from];
  let untilNext = spacingM;
  for (let i = 3; i < path.length; i += 3) {
    const x0 = path[i - 2];
    const y0 = path[i - 1];
    const dx = path[i + 1] - x0;
    const dy = path[i + 2] - y0;
    const len = Math.hypot(dx, dy);
    let along = 0;
    while (len - along >= untilNext) {
      along += untilNext;
      untilNext = spacingM;
      const h = nearestHouse(nb, x0 + (dx * along) / len, y0 + (dy * along) / len);
      if (h >= 0 && h !== out[out.length - 1]) out.push(h);
    }
    untilNext -= len - along;
  }
  if (out[out.length - 1] !== to) out.push(to);
  return out;
}

/** The house whose porch is nearest to (x, y) within 200 m, or -1. */
function nearestHouse(nb: Neighbourhood, x: number, y: number): number {
  let best = -1;
  let bestD = Number.POSITIVE_INFINITY;
  for (const h of nb.housesNear(x, y, 200)) {
    const d = Math.hypot(nb.houseX[h] - x, nb.houseY[h] - y);
    if (d < bestD) {
      bestD = d;
      best = h;
    }
  }
  return best;
}
