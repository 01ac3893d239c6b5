/**
 * The people on the move, for the map: a list of active trips whose positions are
 * computed on demand at the snapshot time (no per-second stepping). Trips that have
 * ended are dropped as time passes.
 *
 * Background trips are listed by their place in the day's trip arena (`addPlanned`), not
 * as Trip objects: the list would otherwise keep thousands of ended trips alive between
 * two prunes, and copying them through the young generation was a large share of GC time.
 */
import type { PersonKind } from "../simulation-api.ts";
import { positionAt, tripEnd, tripStart, type Trip } from "./trip.ts";
import type { TripArena } from "./trip-arena.ts";

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
  /** Adds trip i of an arena (as `add` with `arena.trip(i)`, without making the Trip). */
  addPlanned(personId: number, kind: PersonKind, arena: TripArena, i: number): void;
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
  // Entry k < size is trips[k] when that is not null, else trip index[k] of arenas[k]. The
  // arrays never shrink (shrinking and regrowing them on every prune was most of the list's
  // allocation); slots past `size` are cleared so they hold nothing alive.
  let cap = 1024;
  let size = 0;
  let trips: (Trip | null)[] = new Array(cap).fill(null);
  let arenas: (TripArena | null)[] = new Array(cap).fill(null);
  let kinds: (PersonKind | null)[] = new Array(cap).fill(null);
  let index = new Int32Array(cap);
  let persons = new Int32Array(cap);
  let ends = new Float64Array(cap);
  let latestStart = -Infinity;
  let pruneAt = 1024;
  /** Drops trips that ended before t, in place (order kept). */
  const prune = (t: number) => {
    let n = 0;
    for (let i = 0; i < size; i++) {
      if (ends[i] < t) continue;
      trips[n] = trips[i];
      arenas[n] = arenas[i];
      kinds[n] = kinds[i];
      index[n] = index[i];
      persons[n] = persons[i];
      ends[n] = ends[i];
      n++;
    }
    for (let i = n; i < size; i++) {
      trips[i] = null;
      arenas[i] = null;
      kinds[i] = null;
    }
    size = n;
    pruneAt = Math.max(1024, 2 * n);
  };
  const grow = () => {
    const c = 2 * cap;
    const more = <T>(a: (T | null)[]) => {
      const b: (T | null)[] = new Array(c).fill(null);
      for (let i = 0; i < size; i++) b[i] = a[i];
      return b;
    };
    trips = more(trips);
    arenas = more(arenas);
    kinds = more(kinds);
    const i32 = (a: Int32Array) => {
      const b = new Int32Array(c);
      b.set(a);
      return b;
    };
    index = i32(index);
    persons = i32(persons);
    const e = new Float64Array(c);
    e.set(ends);
    ends = e;
    cap = c;
  };
  const push = (personId: number, kind: PersonKind, trip: Trip | null, arena: TripArena | null, i: number, start: number, end: number) => {
    if (size === cap) grow();
    trips[size] = trip;
    arenas[size] = arena;
    kinds[size] = kind;
    index[size] = i;
    persons[size] = personId;
    ends[size] = end;
    size++;
    if (start > latestStart) latestStart = start;
    if (size >= pruneAt) prune(opts.clock ? opts.clock() : latestStart);
  };
  const xy = new Float64Array(2);
  return {
    get size() {
      return size;
    },
    add(personId, kind, trip) {
      push(personId, kind, trip, null, -1, tripStart(trip), tripEnd(trip));
    },
    addPlanned(personId, kind, arena, i) {
      push(personId, kind, null, arena, i, arena.start(i), arena.end(i));
    },
    snapshot(t) {
      prune(t);
      const pos: number[] = [];
      const ids: number[] = [];
      const k: PersonKind[] = [];
      for (let i = 0; i < size; i++) {
        const trip = trips[i];
        const arena = arenas[i];
        if (trip !== null) {
          if (tripStart(trip) > t) continue;
          positionAt(trip, t, xy);
        } else if (arena !== null) {
          if (arena.start(index[i]) > t) continue;
          arena.positionAt(index[i], t, xy);
        }
        pos.push(xy[0], xy[1]);
        ids.push(persons[i]);
        k.push(kinds[i] as PersonKind);
      }
      return { peoplePos: new Float32Array(pos), peopleKind: k, personIds: new Int32Array(ids) };
    },
  };
}
