/**
 * Trips: a trip is a piecewise-linear path in time, (t, x, y) vertices with a straight
 * piece at constant speed between two of them, planned once when it starts (no
 * per-second stepping). This file holds what a trip is and where its traveller is at a
 * given time; trip-planner.ts plans them along the streets.
 */
/** How a person travels along streets. */
export type TravelMode = "walk" | "drive";

/** A place a trip starts or ends at: a household's porch (or the street in front of it), or an intersection. */
export type Place = { house: number; street?: boolean } | { node: number };

/** What to plan. */
export interface TripRequest {
  from: Place;
  to: Place;
  mode: TravelMode;
  /** Departure time (s). */
  depart: number;
  /**
   * When `to` is a house: walk from the street to its porch, wait `dwell` seconds, and
   * walk back to the street (the trip ends on the street). Otherwise the trip ends at
   * the porch (or the street point when `to.street`).
   */
  porchApproach?: boolean;
  /** Seconds spent standing at the destination porch (with `porchApproach`, or at the end). */
  dwell?: number;
  /** Overrides the mode's street speed (m/s). */
  speed?: number;
}

/**
 * A planned trip. `path` holds (t, x, y) vertices; between two vertices the person moves
 * in a straight line at constant speed. `vehicle[i]` is 1 when piece i (vertex i to i+1)
 * is driven (the person is inside a car), 0 on foot.
 */
export interface Trip {
  readonly mode: TravelMode;
  readonly path: Float64Array;
  readonly vehicle: Uint8Array;
  /**
   * Street segment (graph edge) piece i runs along, or -1 off the street (porch legs,
   * waiting). Optional so hand-made trips work; cameras use it to find candidates fast.
   */
  readonly edge?: Int32Array;
  /** Metres travelled. */
  readonly length: number;
  /** Time of arrival at the destination porch, NaN when the trip never reaches one. */
  readonly porchArrival: number;
  /** Time of leaving the destination porch (after the dwell), NaN when none. */
  readonly porchDeparture: number;
}

/** Departure time of a trip. */
export function tripStart(trip: Trip): number {
  return trip.path[0];
}

/** Arrival time of a trip (last vertex). */
export function tripEnd(trip: Trip): number {
  return trip.path[trip.path.length - 3];
}

/** Number of vertices of a trip. */
export function tripVertexCount(trip: Trip): number {
  return trip.path.length / 3;
}

/**
 * Position at time t (clamped to the trip's start and end), written into out[0], out[1].
 *
 * @example
 * ```ts
 * const xy = new Float64Array(2);
 * positionAt(trip, scheduler.now, xy);
 * ```
 */
export function positionAt(trip: Trip, t: number, out: { [i: number]: number }): void {
  positionOnPath(trip.path, 0, trip.path.length / 3, t, out);
}

/** `positionAt` on n (t, x, y) vertices stored in p from index o on (a trip inside a larger buffer). */
export function positionOnPath(p: Float64Array, o: number, n: number, t: number, out: { [i: number]: number }): void {
  if (t <= p[o]) {
    out[0] = p[o + 1];
    out[1] = p[o + 2];
    return;
  }
  const last = o + 3 * (n - 1);
  if (t >= p[last]) {
    out[0] = p[last + 1];
    out[1] = p[last + 2];
    return;
  }
  let lo = 0;
  let hi = n - 1; // p[o+3*lo] <= t < p[o+3*hi]
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (p[o + 3 * mid] <= t) lo = mid;
    else hi = mid;
  }
  const a = o + 3 * lo;
  const b = o + 3 * hi;
  const t0 = p[a];
  const t1 = p[b];
  const f = t1 > t0 ? (t - t0) / (t1 - t0) : 0;
  out[0] = p[a + 1] + f * (p[b + 1] - p[a + 1]);
  out[1] = p[a + 2] + f * (p[b + 2] - p[a + 2]);
}

/** A place as one integer, for `planPlacesInto`: house h's porch as h, intersection n as ~n (negative). */
export function housePlace(h: number): number {
  return h;
}

/** Intersection n as a place code (see `housePlace`). */
export function nodePlace(n: number): number {
  return ~n;
}
