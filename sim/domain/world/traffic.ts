/**
 * Background traffic of innocent people: residents leaving and coming back per their
 * routines, visitors, dog walkers, and people walking or driving through. Each day's
 * trips are drawn from that day's own seeded stream; each trip is planned along the
 * streets, shown to the cameras when it starts, and handed to the model's callback.
 * Couriers, thieves and police are added by the model with the same movement API.
 *
 * Cost (about 14,000 trips a day in the default town): a day is planned at midnight into a
 * reused TripArena — a few typed arrays, not 14,000 Trip objects the GC would have to
 * promote — from place codes, with no object per trip; departures are ordered by a
 * linear-time stable sort, and the day is copied into its own arena in that order, so each
 * trip is read where the one before it ended. Without an `onTrip` callback a background
 * trip never becomes an object: the cameras and the active list read it from the arena by
 * index.
 */
import { createRng, ensureInt32, ensureUint8, hashSeed, stableOrder, type Rng, type Scheduler } from "../../core/index.ts";
import type { NeighbourhoodParams } from "../../scenario/sections/neighbourhood.ts";
import type { PersonKind } from "../simulation-api.ts";
import type { ActiveTrips } from "./active-trips.ts";
import type { CameraSystem } from "./cameras/camera-system.ts";
import { housePlace, nodePlace, type Trip } from "./trip.ts";
import { TripPlanner } from "./trip-planner.ts";
import type { Neighbourhood } from "./neighbourhood.ts";
import type { People } from "./people.ts";
import { DAY, type Routines } from "./routines.ts";
import { streetRouter } from "./street-router.ts";
import { TripArena } from "./trip-arena.ts";

const HOUR = 3600;
/** Pass-through traffic runs at the daytime rate from DAYTIME_START to DAYTIME_END (h). */
const DAYTIME_START = 6;
const DAYTIME_END = 22;
/** Visits start between these hours. */
const VISIT_FIRST_HOUR = 9;
const VISIT_LAST_HOUR = 21;
/** Shortest visit (s). */
const MIN_VISIT = 5 * 60;
/** Dog-walk windows (start hours, [from, to)): morning, evening, midday, late evening. */
const DOG_WINDOWS: readonly (readonly [number, number])[] = [
  [6.5, 8.5],
  [18, 20.5],
  [12, 14],
  [21, 22.5],
];
/** Walks turn around at an intersection within this fraction of the intended distance. */
const TURN_TOLERANCE = 0.5;
/** Scheduler priority of departures: before other events at the same time (cameras see a trip before anyone advances them); no other event uses it. */
const DEPARTURE_PRIORITY = -1;

/** Purposes of background trips (codes index this list) and the kind of person making each. */
const PURPOSES = ["resident-out", "resident-back", "visit-in", "visit-out", "dog-walk-out", "dog-walk-back", "pass-through"] as const;
const PURPOSE_KIND: readonly PersonKind[] = ["resident", "resident", "visitor", "visitor", "resident", "resident", "visitor"];
const P_RESIDENT_OUT = 0;
const P_RESIDENT_BACK = 1;
const P_VISIT_IN = 2;
const P_VISIT_OUT = 3;
const P_DOG_OUT = 4;
const P_DOG_BACK = 5;
const P_PASS_THROUGH = 6;
/** Background people never conceal their faces; cameras they cannot trigger only log them. */
const OBSERVE_OPTS = { concealedFace: false, countInView: false } as const;

/**
 * A day of background trips as planned at midnight, in order of departure (ties in planning
 * order: a stable sort): trip k of `arena` is made by person[k] for purposes[purpose[k]].
 */
interface DayPlan {
  arena: TripArena;
  person: Int32Array;
  purpose: Uint8Array;
}

/** One trip of the day, planned. */
export interface PlannedTrip {
  personId: number;
  kind: PersonKind;
  /** What the trip is for: "commute-out", "visit-in", "dog-walk-out", "pass-through", ... */
  purpose: string;
  trip: Trip;
}

/** Where traffic goes. */
export interface TrafficOptions {
  /** Every trip is observed by these cameras when it starts. */
  cameras?: CameraSystem;
  /** Every trip is added to this list when it starts (for map snapshots). */
  active?: ActiveTrips;
  /** Called when a trip starts, after the cameras have seen it. */
  onTrip?(t: PlannedTrip): void;
  /** Plans the trips (default: a planner of its own); a world passes the one it shares with the model's trips. */
  planner?: TripPlanner;
}

/** Background traffic of a neighbourhood. */
export interface Traffic {
  /** Person id of each routine member (index = member). */
  readonly residentPerson: Int32Array;
  /** Person ids of the outsiders (visitors, passers-by) trips draw from. */
  readonly outsiders: Int32Array;
  /** 1 for households that walk a dog. */
  readonly dogHousehold: Uint8Array;
  /** Every background trip of day d, by departure time (deterministic for a seed and day). */
  planDay(day: number): PlannedTrip[];
  /** Plans day d and schedules each trip's start (cameras, active list, callback); returns the count. */
  scheduleDay(day: number, scheduler: Scheduler): number;
  /** Starts a planned trip now: cameras observe it, the active list and the callback get it. */
  start(t: PlannedTrip): void;
}

/**
 * Sets up background traffic: registers every household member and a pool of outsiders
 * in `people`.
 *
 * @example
 * ```ts
 * const traffic = createTraffic(sc.neighbourhood, nb, routines, people, rng.stream("traffic"), { cameras, active });
 * traffic.scheduleDay(0, scheduler);
 * scheduler.runUntil(DAY);
 * ```
 */
export function createTraffic(
  p: NeighbourhoodParams,
  nb: Neighbourhood,
  routines: Routines,
  people: People,
  rng: Rng,
  opts: TrafficOptions = {},
): Traffic {
  const tp = p.traffic;
  const residentPerson = new Int32Array(routines.memberCount);
  for (let m = 0; m < routines.memberCount; m++) {
    const h = routines.memberHouse[m];
    residentPerson[m] = people.add("resident", nb.houseGroup[h], h);
  }
  const setup = rng.stream("setup");
  const poolSize = Math.max(1, Math.round(nb.householdCount * tp.outsiderPoolPerHousehold));
  const outsiders = new Int32Array(poolSize);
  for (let i = 0; i < poolSize; i++) outsiders[i] = people.add("visitor", setup.weightedIndex(nb.groupShares), -1);
  const dogHousehold = new Uint8Array(nb.householdCount);
  for (let h = 0; h < nb.householdCount; h++) dogHousehold[h] = setup.bernoulli(tp.dogHouseholdShare) ? 1 : 0;
  const entries = nb.edgeNodesOfMap;
  const nodeCount = nb.graph.nodeCount;
  const router = streetRouter(nb);
  const planner = opts.planner ?? new TripPlanner(nb);

  /** Where a day is planned, at midnight (reused: its trips are then copied out in order of departure). */
  const planning = new TripArena();
  /** Who makes each trip of `planning` and why (trip index = entry; reused like the arena). */
  let planPerson = new Int32Array(0);
  let planPurpose = new Uint8Array(0);

  /** Every trip of day d, planned into an arena, with who makes it and why, ordered by departure. */
  function planCompact(day: number): DayPlan {
    const g = createRng(hashSeed(rng.seed, "traffic-day", day));
    const base = day * DAY;
    const arena = planning;
    arena.clear();
    const push = (personId: number, what: number, trip: number) => {
      if (trip >= planPerson.length) {
        planPerson = ensureInt32(planPerson, trip + 1);
        planPurpose = ensureUint8(planPurpose, trip + 1);
      }
      planPerson[trip] = personId;
      planPurpose[trip] = what;
      return trip;
    };

    // Residents: out and back per their routine.
    const rd = routines.day(day);
    for (const m of routines.residentsTripOrder(day)) {
      const h = routines.memberHouse[m];
      const house = housePlace(h);
      const mode = rd.drives[m] ? "drive" : "walk";
      const away = nodePlace(mode === "drive" ? g.choice(entries) : nodeAbout(h, p.routines.walkErrandMeters, g));
      const id = residentPerson[m];
      push(id, P_RESIDENT_OUT, planner.planPlacesInto(house, away, mode, rd.awayStart[m], arena));
      push(id, P_RESIDENT_BACK, planner.planPlacesInto(away, house, mode, rd.awayEnd[m], arena, true));
    }

    // Visitors: come to the door, stay, leave.
    const visits = g.poisson(nb.householdCount * tp.visitorsPerHouseholdPerDay);
    for (let i = 0; i < visits; i++) {
      const h = g.int(0, nb.householdCount);
      const house = housePlace(h);
      const id = outsiders[g.int(0, poolSize)];
      const drive = g.bernoulli(tp.visitorDriveShare);
      const origin = nodePlace(drive ? g.choice(entries) : nodeAbout(h, p.routines.walkErrandMeters, g));
      const mode = drive ? "drive" : "walk";
      const arrive = base + g.uniform(VISIT_FIRST_HOUR, VISIT_LAST_HOUR) * HOUR;
      const stay = Math.max(MIN_VISIT, g.exponential(1 / (tp.visitMeanMinutes * 60)));
      push(id, P_VISIT_IN, planner.planPlacesInto(origin, house, mode, arrive, arena, true));
      push(id, P_VISIT_OUT, planner.planPlacesInto(house, origin, mode, arrive + stay, arena));
    }

    // Dog walks: a member who is home walks out to a turning point and back.
    for (let h = 0; h < nb.householdCount; h++) {
      if (!dogHousehold[h]) continue;
      for (let w = 0; w < tp.dogWalksPerDay && w < DOG_WINDOWS.length; w++) {
        const [a, b] = DOG_WINDOWS[w];
        const depart = base + g.uniform(a, b) * HOUR;
        const m0 = routines.houseMemberStart[h];
        const member = m0 + g.int(0, routines.houseMemberStart[h + 1] - m0);
        const turn = nodeAbout(h, (tp.dogWalkMeanMinutes * 60 * p.movement.walkSpeed) / 2, g);
        if (!routines.isHome(h, depart)) continue;
        const id = residentPerson[member];
        const out = push(id, P_DOG_OUT, planner.planPlacesInto(housePlace(h), nodePlace(turn), "walk", depart, arena));
        push(id, P_DOG_BACK, planner.planPlacesInto(nodePlace(turn), housePlace(h), "walk", arena.end(out), arena));
      }
    }

    // Pass-through: walkers and cars crossing between two entry points.
    const hoursAtRate = DAYTIME_END - DAYTIME_START + (24 - (DAYTIME_END - DAYTIME_START)) * tp.nightTrafficFactor;
    const dayShare = (DAYTIME_END - DAYTIME_START) / hoursAtRate;
    for (const mode of ["walk", "drive"] as const) {
      const rate = mode === "walk" ? tp.passersByWalkPerEntryPerHour : tp.passersByDrivePerEntryPerHour;
      const n = entries.length > 1 ? g.poisson(entries.length * rate * hoursAtRate) : 0;
      for (let i = 0; i < n; i++) {
        const hour = g.bernoulli(dayShare)
          ? g.uniform(DAYTIME_START, DAYTIME_END)
          : (DAYTIME_END + g.uniform(0, 24 - (DAYTIME_END - DAYTIME_START))) % 24;
        const from = g.int(0, entries.length);
        let to = g.int(0, entries.length - 1);
        if (to >= from) to++;
        const id = outsiders[g.int(0, poolSize)];
        push(id, P_PASS_THROUGH, planner.planPlacesInto(nodePlace(entries[from]), nodePlace(entries[to]), mode, base + hour * HOUR, arena));
      }
    }
    // Stored again in order of departure: each trip is read when it starts, and the day's
    // trips then lie in the order they are read (planning order scattered those reads over
    // megabytes, one cache miss per trip piece read; the copy is one pass at midnight).
    const order = stableOrder(arena.starts());
    const byDeparture = new Int32Array(order.length);
    const purposes = new Uint8Array(order.length);
    for (let k = 0; k < order.length; k++) {
      byDeparture[k] = planPerson[order[k]];
      purposes[k] = planPurpose[order[k]];
    }
    return { arena: arena.inOrder(order), person: byDeparture, purpose: purposes };
  }

  /** The PlannedTrip of plan entry i (its Trip made now, on the arena). */
  function plannedTrip(plan: DayPlan, i: number): PlannedTrip {
    const what = plan.purpose[i];
    return { personId: plan.person[i], kind: PURPOSE_KIND[what], purpose: PURPOSES[what], trip: plan.arena.trip(i) };
  }

  function planDay(day: number): PlannedTrip[] {
    const plan = planCompact(day);
    const out: PlannedTrip[] = new Array(plan.arena.count);
    for (let k = 0; k < out.length; k++) out[k] = plannedTrip(plan, k);
    return out;
  }

  /**
   * Candidate turning points per walk length and start intersection (computed once each).
   * A town has one or two walk lengths, so a short list of lengths beats a Map keyed by a double.
   */
  const aboutLengths: number[] = [];
  const aboutByLength: (number[] | undefined)[][] = [];

  /** An intersection about `halfLength` metres along the streets from house h (random among the candidates). */
  function nodeAbout(h: number, halfLength: number, g: Rng): number {
    const e = nb.houseEdge[h];
    const start = g.bernoulli(0.5) ? nb.edgeA[e] : nb.edgeB[e];
    let li = 0;
    while (li < aboutLengths.length && aboutLengths[li] !== halfLength) li++;
    if (li === aboutLengths.length) {
      aboutLengths.push(halfLength);
      aboutByLength.push(new Array(nodeCount));
    }
    const byStart = aboutByLength[li];
    let candidates = byStart[start];
    if (!candidates) {
      const dist = router.tree(start).dist;
      const lo = halfLength * (1 - TURN_TOLERANCE);
      const hi = halfLength * (1 + TURN_TOLERANCE);
      candidates = [];
      for (let n = 0; n < nodeCount; n++) if (dist[n] >= lo && dist[n] <= hi) candidates.push(n);
      byStart[start] = candidates;
    }
    return candidates.length > 0 ? g.choice(candidates) : start;
  }

  const traffic: Traffic = {
    residentPerson,
    outsiders,
    dogHousehold,
    planDay,
    start(t) {
      opts.cameras?.observe(t.personId, t.trip, OBSERVE_OPTS);
      opts.active?.add(t.personId, t.kind, t.trip);
      opts.onTrip?.(t);
    },
    scheduleDay(day, scheduler) {
      const plan = planCompact(day);
      const arena = plan.arena;
      const n = arena.count;
      // One pending event per day instead of one per trip: each departure schedules the next.
      // Same firing order: departures are sorted, and no other event has their priority, so
      // at equal times they fire first and in order, as if all were scheduled at once.
      // Cameras and the active list read trips from the arena: no Trip object unless onTrip wants one.
      let k = 0;
      const depart = () => {
        const i = k++;
        if (opts.onTrip) traffic.start(plannedTrip(plan, i));
        else {
          const id = plan.person[i];
          opts.cameras?.observePlanned(id, arena, i, OBSERVE_OPTS);
          opts.active?.addPlanned(id, PURPOSE_KIND[plan.purpose[i]], arena, i);
        }
        if (k < n) scheduler.scheduleAtFast(Math.max(arena.start(k), scheduler.now), depart, DEPARTURE_PRIORITY);
      };
      if (n > 0) scheduler.scheduleAtFast(Math.max(arena.start(0), scheduler.now), depart, DEPARTURE_PRIORITY);
      return n;
    },
  };
  return traffic;
}
