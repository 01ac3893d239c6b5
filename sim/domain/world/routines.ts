/**
 * Daily routines: members per household and, per day, when each member is away.
 * Weekday commuters leave in the morning and return in the evening; everyone else (and
 * everyone at the weekend) may go out once on an errand or outing. A house is empty while
 * all its members are away; the home/away state is piecewise constant within a day and
 * every day is drawn from its own seeded stream, so any day can be asked for in any order.
 */
import { createRng, hashSeed, stableOrder, type Rng } from "../../core/index.ts";
import type { NeighbourhoodParams } from "../../scenario/sections/neighbourhood.ts";
import type { Neighbourhood } from "./neighbourhood.ts";
import type { TravelMode } from "./trip.ts";

/** Seconds in a day. */
export const DAY = 86400;
const HOUR = 3600;
/** Shortest commute absence and shortest errand (s): shorter draws are lengthened to this. */
const MIN_AWAY = 20 * 60;
/** Everyone is home by this many seconds before midnight (days do not overlap). */
const HOME_BEFORE_MIDNIGHT = 60;
/** Days of routines kept in memory. */
const DAYS_CACHED = 4;

/** One day of routines: an away interval per member (NaN when the member stays home). */
export interface RoutineDay {
  readonly day: number;
  /** Absolute times (s). */
  readonly awayStart: Float64Array;
  readonly awayEnd: Float64Array;
  /** 1 when the member drives for that absence, 0 when walking. */
  readonly drives: Uint8Array;
  /** Per house: the interval in which nobody is home (NaN when someone always is). */
  readonly emptyStart: Float64Array;
  readonly emptyEnd: Float64Array;
}

/** A resident leaving home and coming back on one day. */
export interface ResidentTrip {
  member: number;
  house: number;
  leave: number;
  back: number;
  mode: TravelMode;
}

/** Households' members and their daily schedules. */
export interface Routines {
  readonly memberCount: number;
  /** Household of each member. */
  readonly memberHouse: Int32Array;
  /** 1 when the member commutes on weekdays. */
  readonly memberCommuter: Uint8Array;
  /** Members of house h are houseMemberStart[h] .. houseMemberStart[h + 1] - 1. */
  readonly houseMemberStart: Int32Array;
  /** The schedule of day d (cached for a few days). */
  day(d: number): RoutineDay;
  /** Whether anyone is home at house h at time t. */
  isHome(house: number, t: number): boolean;
  /** Earliest time >= t at which someone is home. */
  nextHomeAt(house: number, t: number): number;
  /** Every resident absence of day d, by leaving time (ties by member). */
  residentsTrips(day: number): ResidentTrip[];
  /** The members of `residentsTrips(day)`, in its order (read their times from `day(d)`): no object per trip. */
  residentsTripOrder(day: number): Int32Array;
}

/** true when day d (day 0 = Monday) is Monday..Friday. */
export function isWeekday(day: number): boolean {
  return ((day % 7) + 7) % 7 < 5;
}

/**
 * Draws household members and sets up the daily schedules.
 *
 * @example
 * ```ts
 * const routines = createRoutines(scenario.neighbourhood, nb, rng.stream("routines"));
 * routines.isHome(3, 10 * 3600);      // is anyone at house 3 at 10:00 on Monday?
 * routines.nextHomeAt(3, 10 * 3600);  // when will someone be?
 * ```
 */
export function createRoutines(p: NeighbourhoodParams, nb: Neighbourhood, rng: Rng): Routines {
  const r = p.routines;
  const sizes: number[] = [];
  const weights: number[] = [];
  for (const [k, w] of Object.entries(r.householdSizeWeights)) {
    const size = Number(k);
    if (!Number.isInteger(size) || size < 1 || size > 8)
      throw new Error(`neighbourhood.routines.householdSizeWeights: key "${k}" must be a household size 1..8`);
    sizes.push(size);
    weights.push(w);
  }
  if (!(weights.reduce((a, b) => a + b, 0) > 0)) throw new Error("neighbourhood.routines.householdSizeWeights: give at least one positive weight");
  const H = nb.householdCount;
  const houseMemberStart = new Int32Array(H + 1);
  const membersRng = rng.stream("members");
  for (let h = 0; h < H; h++) houseMemberStart[h + 1] = houseMemberStart[h] + sizes[membersRng.weightedIndex(weights)];
  const M = houseMemberStart[H];
  const memberHouse = new Int32Array(M);
  const memberCommuter = new Uint8Array(M);
  for (let h = 0; h < H; h++) {
    for (let m = houseMemberStart[h]; m < houseMemberStart[h + 1]; m++) {
      memberHouse[m] = h;
      memberCommuter[m] = membersRng.bernoulli(r.commuterShare) ? 1 : 0;
    }
  }
  const cache = new Map<number, RoutineDay>();

  function generate(d: number): RoutineDay {
    const g = createRng(hashSeed(rng.seed, "routine-day", d));
    const weekday = isWeekday(d);
    const base = d * DAY;
    const latest = DAY - HOME_BEFORE_MIDNIGHT;
    const awayStart = new Float64Array(M).fill(NaN);
    const awayEnd = new Float64Array(M).fill(NaN);
    const drives = new Uint8Array(M);
    for (let m = 0; m < M; m++) {
      let s = NaN;
      let e = NaN;
      if (weekday && memberCommuter[m]) {
        s = clamp(g.normal(r.leaveHour, r.leaveSdHours) * HOUR, 0, latest - MIN_AWAY);
        e = clamp(g.normal(r.returnHour, r.returnSdHours) * HOUR, s + MIN_AWAY, latest);
      } else if (g.bernoulli(r.errandProbability)) {
        const lo = Math.min(r.errandStartHour, r.errandLatestStartHour) * HOUR;
        const hi = Math.max(r.errandStartHour, r.errandLatestStartHour) * HOUR;
        s = clamp(g.uniform(lo, hi), 0, latest - MIN_AWAY);
        e = Math.min(s + Math.max(MIN_AWAY, g.exponential(1 / (r.errandMeanHours * HOUR))), latest);
      }
      const drive = g.bernoulli(r.driveShare);
      // biome-ignore lint/suspicious/noSelfCompare: a NaN test in the routine hot path (NaN: at home all day)
      if (s === s) {
        awayStart[m] = base + s;
        awayEnd[m] = base + e;
        drives[m] = drive ? 1 : 0;
      }
    }
    const emptyStart = new Float64Array(H).fill(NaN);
    const emptyEnd = new Float64Array(H).fill(NaN);
    for (let h = 0; h < H; h++) {
      let s = -Infinity;
      let e = Infinity;
      for (let m = houseMemberStart[h]; m < houseMemberStart[h + 1]; m++) {
        // NaN (member at home all day) makes the comparison false and empties the interval.
        // biome-ignore lint/suspicious/noSelfCompare: a NaN test in the routine hot path (NaN: at home all day)
        if (!(awayStart[m] === awayStart[m])) {
          s = Infinity;
          break;
        }
        s = Math.max(s, awayStart[m]);
        e = Math.min(e, awayEnd[m]);
      }
      if (s < e) {
        emptyStart[h] = s;
        emptyEnd[h] = e;
      }
    }
    return { day: d, awayStart, awayEnd, drives, emptyStart, emptyEnd };
  }

  const routines: Routines = {
    memberCount: M,
    memberHouse,
    memberCommuter,
    houseMemberStart,
    day(d) {
      if (!Number.isInteger(d) || d < 0) throw new RangeError(`routines.day: day must be a whole number >= 0, got ${d}`);
      let rd = cache.get(d);
      if (!rd) {
        rd = generate(d);
        cache.set(d, rd);
        if (cache.size > DAYS_CACHED) cache.delete(cache.keys().next().value as number);
      }
      return rd;
    },
    isHome(house, t) {
      const rd = routines.day(Math.floor(t / DAY));
      return !(t >= rd.emptyStart[house] && t < rd.emptyEnd[house]);
    },
    nextHomeAt(house, t) {
      const rd = routines.day(Math.floor(t / DAY));
      return t >= rd.emptyStart[house] && t < rd.emptyEnd[house] ? rd.emptyEnd[house] : t;
    },
    residentsTrips(d) {
      const rd = routines.day(d);
      return Array.from(routines.residentsTripOrder(d), (m) => ({
        member: m,
        house: memberHouse[m],
        leave: rd.awayStart[m],
        back: rd.awayEnd[m],
        mode: rd.drives[m] ? ("drive" as const) : ("walk" as const),
      }));
    },
    residentsTripOrder(d) {
      const rd = routines.day(d);
      let n = 0;
      // biome-ignore lint/suspicious/noSelfCompare: a NaN test in the routine hot path (NaN: at home all day)
      for (let m = 0; m < M; m++) if (rd.awayStart[m] === rd.awayStart[m]) n++;
      const members = new Int32Array(n);
      const leave = new Float64Array(n);
      for (let m = 0, k = 0; m < M; m++) {
        // biome-ignore lint/suspicious/noSelfCompare: a NaN test in the routine hot path (NaN: at home all day)
        if (!(rd.awayStart[m] === rd.awayStart[m])) continue;
        members[k] = m;
        leave[k++] = rd.awayStart[m];
      }
      // Members are listed in order, so a stable sort by leaving time breaks ties by member.
      const order = stableOrder(leave);
      for (let k = 0; k < n; k++) order[k] = members[order[k]];
      return order;
    },
  };
  return routines;
}

function clamp(x: number, lo: number, hi: number): number {
  return x < lo ? lo : x > hi ? hi : x;
}
