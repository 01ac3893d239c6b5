/**
 * A day of background trips is planned at midnight and stored in order of departure: the trips,
 * their order (by departure, ties in drawing order) and every bit of them must be what
 * planning each trip in turn, in the order of the draws, gave.
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createRng, Scheduler } from "../../../sim/core/index.ts";
import {
  createNeighbourhood,
  createPeople,
  createRoutines,
  createTraffic,
  DAY,
  tripEnd,
  tripStart,
  type PlannedTrip,
} from "../../../sim/domain/world/index.ts";
import { nbParams } from "./world-fixture.ts";

/** Traffic of a 400-household town (no cameras), fresh for each call. */
function town(seed = 11) {
  const np = nbParams({ households: 400 });
  const rng = createRng(seed);
  const nb = createNeighbourhood(np, rng.stream("neighbourhood"));
  const routines = createRoutines(np, nb, rng.stream("routines"));
  const started: PlannedTrip[] = [];
  const traffic = createTraffic(np, nb, routines, createPeople({ femaleShare: 0.5, rng: createRng(1).stream("people") }), rng.stream("traffic"), {
    onTrip: (t) => started.push(t),
  });
  return { nb, traffic, started };
}

/** Fingerprint of a list of trips: who, why, and every number of every trip, in order. */
function fingerprint(trips: PlannedTrip[]): string {
  const h = createHash("sha256");
  for (const { personId, purpose, trip: t } of trips)
    h.update(
      `${personId} ${purpose} ${t.mode} ${t.length} ${t.porchArrival} ${t.porchDeparture} ${Array.from(t.path).join(",")} ${Array.from(t.edge ?? []).join(",")} ${Array.from(t.vehicle).join(",")}\n`,
    );
  return h.digest("hex").slice(0, 24);
}

describe("a day of background trips", () => {
  it("are the trips of planning each as drawn, bit for bit and in the same order", () => {
    // Fingerprints taken when traffic planned every trip as soon as drawn, into an arena in drawing order, and sorted them stably by departure.
    const { traffic } = town();
    const golden = [
      [3268, "cbc9298ac5d2599682599421"],
      [3229, "8aab19916857c49bd732c5f2"],
      [3323, "e1d08b09dd6db8396d5e020e"],
    ];
    golden.forEach(([count, sha], day) => {
      const trips = traffic.planDay(day);
      expect(trips.length).toBe(count);
      expect(fingerprint(trips)).toBe(sha);
    });
  });

  it("start as scheduleDay runs exactly as planDay lists them", () => {
    for (const day of [0, 1]) {
      const a = town();
      const scheduler = new Scheduler();
      const n = a.traffic.scheduleDay(day, scheduler);
      scheduler.runUntil((day + 2) * DAY);
      const listed = town().traffic.planDay(day);
      expect(a.started.length).toBe(n);
      expect(fingerprint(a.started)).toBe(fingerprint(listed));
    }
  });

  it("start in departure order; a dog walk's way back leaves when the way out ends", () => {
    const trips = town().traffic.planDay(0);
    for (let k = 1; k < trips.length; k++) expect(tripStart(trips[k].trip)).toBeGreaterThanOrEqual(tripStart(trips[k - 1].trip));
    const outs = trips.filter((t) => t.purpose === "dog-walk-out");
    const backs = trips.filter((t) => t.purpose === "dog-walk-back");
    expect(backs.length).toBe(outs.length);
    expect(outs.length).toBeGreaterThan(10);
    for (const out of outs) {
      const end = tripEnd(out.trip);
      const back = backs.find((b) => b.personId === out.personId && tripStart(b.trip) === end);
      expect(back).toBeDefined();
      // Back where it started: the way back ends at the porch the way out left.
      const p = back!.trip.path;
      expect([p[p.length - 2], p[p.length - 1]]).toEqual([out.trip.path[1], out.trip.path[2]]);
    }
  });
});
