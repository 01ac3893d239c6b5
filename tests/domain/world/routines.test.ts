/**
 * Daily routines: weekday commuters empty houses during working hours, weekends keep
 * more people home; isHome / nextHomeAt agree with the day's schedule; any day can be
 * asked for in any order with the same answer.
 */
import { describe, expect, it } from "vitest";
import { createRng } from "../../../sim/core/index.ts";
import { createNeighbourhood, createRoutines, DAY, isWeekday } from "../../../sim/domain/world/index.ts";
import { nbParams } from "./world-fixture.ts";

const p = nbParams({ households: 3000 });
const nb = createNeighbourhood(p, createRng(1));

function emptyShareAt(routines: ReturnType<typeof createRoutines>, t: number): number {
  let empty = 0;
  for (let h = 0; h < nb.householdCount; h++) if (!routines.isHome(h, t)) empty++;
  return empty / nb.householdCount;
}

describe("routines", () => {
  it("day 0 is a Monday; days 5 and 6 are the weekend", () => {
    expect([0, 1, 2, 3, 4, 5, 6, 7].map(isWeekday)).toEqual([true, true, true, true, true, false, false, true]);
  });

  it("empties more houses at weekday noon than at weekend noon, and almost none at night", () => {
    const r = createRoutines(p, nb, createRng(2));
    const weekdayNoon = emptyShareAt(r, 2 * DAY + 12 * 3600);
    const weekendNoon = emptyShareAt(r, 5 * DAY + 12 * 3600);
    const night = emptyShareAt(r, 2 * DAY + 3 * 3600);
    expect(weekdayNoon).toBeGreaterThan(weekendNoon + 0.1);
    expect(night).toBe(0);
    expect(r.memberCount).toBeGreaterThan(nb.householdCount);
  });

  it("has no house empty when nobody commutes or runs errands", () => {
    const q = nbParams({ households: 3000, routines: { commuterShare: 0, errandProbability: 0 } });
    const r = createRoutines(q, nb, createRng(2));
    expect(emptyShareAt(r, 12 * 3600)).toBe(0);
    expect(r.residentsTrips(0)).toEqual([]);
  });

  it("nextHomeAt is the end of the empty interval, and the state is constant inside it", () => {
    const r = createRoutines(p, nb, createRng(2));
    const d = r.day(1);
    let checked = 0;
    for (let h = 0; h < nb.householdCount && checked < 50; h++) {
      const s = d.emptyStart[h];
      const e = d.emptyEnd[h];
      if (!(s < e)) continue;
      checked++;
      expect(r.isHome(h, s - 1)).toBe(true);
      expect(r.isHome(h, s)).toBe(false);
      expect(r.isHome(h, (s + e) / 2)).toBe(false);
      expect(r.isHome(h, e)).toBe(true);
      expect(r.nextHomeAt(h, (s + e) / 2)).toBe(e);
      expect(r.nextHomeAt(h, e + 1)).toBe(e + 1);
    }
    expect(checked).toBe(50);
  });

  it("residents' trips leave and return within the day, in leaving order", () => {
    const r = createRoutines(p, nb, createRng(2));
    const trips = r.residentsTrips(3);
    for (let i = 0; i < trips.length; i++) {
      const t = trips[i];
      expect(t.leave).toBeGreaterThanOrEqual(3 * DAY);
      expect(t.back).toBeGreaterThan(t.leave);
      expect(t.back).toBeLessThan(4 * DAY);
      expect(r.memberHouse[t.member]).toBe(t.house);
      if (i > 0) expect(t.leave).toBeGreaterThanOrEqual(trips[i - 1].leave);
    }
    expect(trips.filter((t) => t.mode === "drive").length / trips.length).toBeCloseTo(p.routines.driveShare, 1);
  });

  it("is deterministic whatever order days are asked in", () => {
    const a = createRoutines(p, nb, createRng(2));
    const b = createRoutines(p, nb, createRng(2));
    const a4 = a.residentsTrips(4);
    for (const d of [9, 7, 0, 1]) b.day(d);
    expect(b.residentsTrips(4)).toEqual(a4);
    expect(createRoutines(p, nb, createRng(3)).residentsTrips(4)).not.toEqual(a4);
  });

  it("residentsTripOrder lists the members of residentsTrips, in order", () => {
    const r = createRoutines(p, nb, createRng(2));
    for (const d of [2, 5]) expect(Array.from(r.residentsTripOrder(d))).toEqual(r.residentsTrips(d).map((t) => t.member));
  });
});
