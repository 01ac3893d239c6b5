/**
 * Movement: trips (trip.ts) planned along the streets (trip-planner.ts), one call each.
 *
 * The functions here plan with the planner of the neighbourhood they are given, made on
 * first use and kept with that neighbourhood (like its street router): for tests, tools
 * and one-off trips. A simulation plans with the planner its world owns (`World.planner`).
 */
import type { Neighbourhood } from "./neighbourhood.ts";
import type { TripArena } from "./trip-arena.ts";
import { TripPlanner } from "./trip-planner.ts";
import type { TravelMode, Trip, TripRequest } from "./trip.ts";

export {
  housePlace,
  nodePlace,
  positionAt,
  positionOnPath,
  tripEnd,
  tripStart,
  tripVertexCount,
  type Place,
  type TravelMode,
  type Trip,
  type TripRequest,
} from "./trip.ts";
export { TripPlanner } from "./trip-planner.ts";

/** One planner per neighbourhood, for the functions below; it goes when the neighbourhood does. */
const planners = new WeakMap<Neighbourhood, TripPlanner>();

/**
 * The planner `planTrip` and its siblings use for neighbourhood nb (made on first use).
 *
 * @example
 * ```ts
 * tripPlannerOf(nb).plan({ from: { node: 0 }, to: { house: 3 }, mode: "walk", depart: 0 });
 * ```
 */
export function tripPlannerOf(nb: Neighbourhood): TripPlanner {
  let p = planners.get(nb);
  if (p === undefined) {
    p = new TripPlanner(nb);
    planners.set(nb, p);
  }
  return p;
}

/**
 * Plans a trip along the streets.
 *
 * @example
 * ```ts
 * const trip = planTrip(nb, { from: { node: nb.edgeNodesOfMap[0] }, to: { house: 12 },
 *   mode: "drive", depart: 9 * 3600, porchApproach: true, dwell: 30 });
 * trip.porchArrival;  // when the courier reaches the door
 * tripEnd(trip);      // back at the van
 * ```
 */
export function planTrip(nb: Neighbourhood, req: TripRequest): Trip {
  return tripPlannerOf(nb).plan(req);
}

/**
 * Plans a trip that arrives at `arrive` (the request's `depart` is ignored): the same
 * route as `planTrip`, shifted back in time by its duration.
 *
 * @example
 * ```ts
 * // a commuter who is home at 17:30 left the map edge a few minutes earlier
 * planTripArrivingBy(nb, { from: { node: 0 }, to: { house: 3 }, mode: "drive", depart: 0 }, 17.5 * 3600);
 * ```
 */
export function planTripArrivingBy(nb: Neighbourhood, req: TripRequest, arrive: number): Trip {
  return tripPlannerOf(nb).planArrivingBy(req, arrive);
}

/**
 * Plans a trip into an arena (see trip-arena.ts) instead of allocating it: the same
 * vertices, pieces and times as `planTrip` or, with `arriveBy` (then `req.depart` is the
 * arrival time), as `planTripArrivingBy`, bit for bit. Returns the trip's index in the arena.
 */
export function planTripInto(nb: Neighbourhood, req: TripRequest, arena: TripArena, arriveBy = false): number {
  return tripPlannerOf(nb).planInto(req, arena, arriveBy);
}

/**
 * `planTripInto` for places given as codes (`housePlace`, `nodePlace`) at the mode's own
 * speed, without porch approach or dwell (see `TripPlanner.planPlacesInto`).
 */
export function planPlacesInto(
  nb: Neighbourhood,
  from: number,
  to: number,
  mode: TravelMode,
  depart: number,
  arena: TripArena,
  arriveBy = false,
): number {
  return tripPlannerOf(nb).planPlacesInto(from, to, mode, depart, arena, arriveBy);
}
