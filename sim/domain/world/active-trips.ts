/**
 * The people on the move, for the map: a list of active trips whose positions are
 * computed on demand at the snapshot time (no per-second stepping). Trips that have
 * ended are dropped as time passes.
 */
import type { PersonKind } from "../simulation-api.ts";
import { positionAt, tripEnd, tripStart, type Trip } from "./movement.ts";

/** Positions of the people moving at one moment. */
export interface MovingPeople {
  /** [x, y] pairs. */
  peoplePos: Float32Array;
  peopleKind: PersonKind[];
  personIds: Int32Array;
}

/** Trips in progress or about to start. */
export interface ActiveTrips {
  readonly size: number;
  /**
   * Adds a trip. From time to time trips that ended before "now" are dropped: now is the
   * `clock` given at creation, else the latest departure added so far (so without a clock,
   * add trips when they start, not ahead of time).
   */
  add(personId: number, kind: PersonKind, trip: Trip): void;
  /** Everyone whose trip covers time t (trips ended before t are dropped). */
  snapshot(t: number): MovingPeople;
}

/**
 * Creates an empty list of active trips.
 *
 * @example
 * ```ts
 * const active = createActiveTrips({ clock: () => scheduler.now });
 * active.add(person, "courier", trip);
 * active.snapshot(scheduler.now).peoplePos; // Float32Array [x0, y0, ...]
 * ```
 */
export function createActiveTrips(opts: { clock?: () => number } = {}): ActiveTrips {
  const trips: Trip[] = [];
  const persons: number[] = [];
  const kinds: PersonKind[] = [];
  let latestStart = -Infinity;
  let pruneAt = 1024;
  /** Drops trips that ended before t, in place (order kept). */
  const prune = (t: number) => {
    let n = 0;
    for (let i = 0; i < trips.length; i++) {
      if (tripEnd(trips[i]) < t) continue;
      trips[n] = trips[i];
      persons[n] = persons[i];
      kinds[n] = kinds[i];
      n++;
    }
    trips.length = n;
    persons.length = n;
    kinds.length = n;
    pruneAt = Math.max(1024, 2 * n);
  };
  const xy = new Float64Array(2);
  return {
    get size() {
      return trips.length;
    },
    add(personId, kind, trip) {
      trips.push(trip);
      persons.push(personId);
      kinds.push(kind);
      const s = tripStart(trip);
      if (s > latestStart) latestStart = s;
      if (trips.length >= pruneAt) prune(opts.clock ? opts.clock() : latestStart);
    },
    snapshot(t) {
      prune(t);
      const pos: number[] = [];
      const ids: number[] = [];
      const k: PersonKind[] = [];
      for (let i = 0; i < trips.length; i++) {
        if (tripStart(trips[i]) > t) continue;
        positionAt(trips[i], t, xy);
        pos.push(xy[0], xy[1]);
        ids.push(persons[i]);
        k.push(kinds[i]);
      }
      return { peoplePos: new Float32Array(pos), peopleKind: k, personIds: new Int32Array(ids) };
    },
  };
}
