/**
 * Background traffic and the whole world together: trips of every purpose, cameras that
 * record innocent people, map snapshots of people on the move, and determinism (same seed,
 * same clips byte for byte; another seed, other clips).
 */
import { describe, expect, it } from "vitest";
import { createRng, Scheduler } from "../../../sim/core/index.ts";
import {
  createActiveTrips,
  createCameraSystem,
  createNeighbourhood,
  createPeople,
  createRoutines,
  createTraffic,
  createWorld,
  DAY,
  tripStart,
  type CameraEvent,
  type PlannedTrip,
} from "../../../sim/domain/world/index.ts";
import { camParams, nbParams } from "./world-fixture.ts";

/** A small town with cameras on 30% of houses, run for `days` days; returns everything it produced. */
function runTown(seed: number, days: number) {
  const np = nbParams({ households: 400 });
  const rng = createRng(seed);
  const nb = createNeighbourhood(np, rng.stream("neighbourhood"));
  const routines = createRoutines(np, nb, rng.stream("routines"));
  const people = createPeople({ femaleShare: 0.5, rng: createRng(1).stream("people") });
  const events: CameraEvent[] = [];
  const cams = createCameraSystem(camParams(), nb, rng.stream("cameras"), { retentionDays: 60, onEvent: (e) => events.push(e) });
  const adopt = rng.stream("adoption");
  for (let h = 0; h < nb.householdCount; h++) if (adopt.bernoulli(0.3)) cams.install(h);
  const active = createActiveTrips();
  const started: PlannedTrip[] = [];
  const traffic = createTraffic(np, nb, routines, people, rng.stream("traffic"), { cameras: cams, active, onTrip: (t) => started.push(t) });
  const scheduler = new Scheduler();
  let snapshot = active.snapshot(0);
  for (let d = 0; d < days; d++) {
    traffic.scheduleDay(d, scheduler);
    for (let t = d * DAY + 300; t <= (d + 1) * DAY; t += 300) {
      scheduler.runUntil(t);
      cams.advanceTo(t);
      if (t === d * DAY + 12 * 3600) snapshot = active.snapshot(t);
    }
  }
  return { nb, people, cams, events, started, snapshot, traffic, routines };
}

describe("background traffic", () => {
  const town = runTown(11, 2);

  it("produces every kind of trip, each started at its departure time", () => {
    const purposes = new Set(town.started.map((t) => t.purpose));
    for (const p of ["resident-out", "resident-back", "visit-in", "visit-out", "dog-walk-out", "dog-walk-back", "pass-through"])
      expect(purposes).toContain(p);
    for (let i = 1; i < town.started.length; i++) expect(tripStart(town.started[i].trip)).toBeGreaterThanOrEqual(tripStart(town.started[i - 1].trip));
  });

  it("matches residents' trips to their routines", () => {
    const outs = town.started.filter((t) => t.purpose === "resident-out" && tripStart(t.trip) < DAY);
    expect(outs.length).toBe(town.routines.residentsTrips(0).length);
    for (const t of outs) expect(town.people.kind(t.personId)).toBe("resident");
  });

  it("records innocent people: residents, visitors and passers-by appear in clips", () => {
    const clips = town.events.filter((e) => e.type === "clip-recorded");
    expect(clips.length).toBeGreaterThan(50);
    const kinds = new Set(clips.flatMap((c) => c.subjects.map((s) => town.people.kind(s.personId))));
    expect(kinds).toEqual(new Set(["resident", "visitor"]));
    for (const c of clips) {
      expect(c.end).toBeGreaterThan(c.start);
      expect(c.subjects.length).toBeGreaterThan(0);
    }
    expect(town.events.filter((e) => e.type === "notification-sent")).toHaveLength(clips.length);
  });

  it("shows people on the move at noon, inside the map", () => {
    const s = town.snapshot;
    expect(s.peopleKind.length).toBeGreaterThan(0);
    expect(s.peoplePos).toHaveLength(2 * s.peopleKind.length);
    for (let i = 0; i < s.peopleKind.length; i++) {
      expect(s.peoplePos[2 * i]).toBeGreaterThanOrEqual(0);
      expect(s.peoplePos[2 * i]).toBeLessThanOrEqual(town.nb.width);
    }
  });

  it("registers every household member and a pool of outsiders", () => {
    expect(town.traffic.residentPerson).toHaveLength(town.routines.memberCount);
    expect(town.people.count).toBe(town.routines.memberCount + town.traffic.outsiders.length);
    const m = 3;
    expect(town.people.home(town.traffic.residentPerson[m])).toBe(town.routines.memberHouse[m]);
    expect(town.people.home(town.traffic.outsiders[0])).toBe(-1);
  });
});

describe("determinism", () => {
  it("gives the same clips byte for byte for the same seed, and different ones for another seed", () => {
    const a = JSON.stringify(runTown(21, 1).events);
    const b = JSON.stringify(runTown(21, 1).events);
    const c = JSON.stringify(runTown(22, 1).events);
    expect(a.length).toBeGreaterThan(1000);
    expect(b).toBe(a);
    expect(c).not.toBe(a);
  });
});

describe("createWorld", () => {
  it("wires traffic to cameras and the active list, on named streams", () => {
    const events: CameraEvent[] = [];
    const world = createWorld({ neighbourhood: nbParams({ households: 200 }), cameras: camParams(), policy: { retentionDays: 60 } }, createRng(5), {
      onCameraEvent: (e) => events.push(e),
    });
    for (let h = 0; h < world.nb.householdCount; h += 2) world.cameras.install(h);
    const scheduler = new Scheduler();
    world.traffic.scheduleDay(0, scheduler);
    scheduler.runUntil(12 * 3600);
    world.cameras.advanceTo(12 * 3600);
    const moving = world.active.snapshot(12 * 3600);
    expect(moving.peoplePos).toHaveLength(2 * moving.personIds.length);
    for (const id of moving.personIds) expect(id).toBeLessThan(world.people.count);
    expect(world.cameras.framesEvaluated).toBeGreaterThan(0);
    expect(events.some((e) => e.type === "clip-recorded")).toBe(true);
  });
});
