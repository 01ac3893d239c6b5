/**
 * The trip arena background traffic plans into: a trip planned into it is the trip
 * planTrip / planTripArrivingBy make, bit for bit; the active list and the cameras read
 * it by index exactly as they read the Trip object.
 */
import { describe, expect, it } from "vitest";
import { createRng } from "../../../sim/core/index.ts";
import {
  createActiveTrips,
  createCameraSystem,
  createNeighbourhood,
  planTrip,
  planTripArrivingBy,
  planTripInto,
  TripArena,
  type CameraEvent,
  type Place,
  type TravelMode,
  type Trip,
} from "../../../sim/domain/world/index.ts";
import { housePlace, nodePlace, planPlacesInto } from "../../../sim/domain/world/movement.ts";
import { camParams, nbParams } from "./world-fixture.ts";

const nb = createNeighbourhood(nbParams({ households: 300 }), createRng(7));
const entries = nb.edgeNodesOfMap;

/** A mix of requests like background traffic's: house <-> intersection, entry <-> entry. */
function requests(): { from: Place; to: Place; mode: TravelMode; depart: number; arriveBy: boolean }[] {
  const g = createRng(3);
  const out = [];
  for (let i = 0; i < 200; i++) {
    const house = g.int(0, nb.householdCount);
    const node = i % 3 === 0 ? g.choice(entries) : g.int(0, nb.graph.nodeCount);
    const mode: TravelMode = g.bernoulli(0.5) ? "drive" : "walk";
    const depart = g.uniform(0, 86400);
    const kind = i % 4;
    if (kind === 0) out.push({ from: { house }, to: { node }, mode, depart, arriveBy: false });
    else if (kind === 1) out.push({ from: { node }, to: { house }, mode, depart, arriveBy: true });
    else if (kind === 2) out.push({ from: { house }, to: { house: g.int(0, nb.householdCount) }, mode, depart, arriveBy: false });
    else out.push({ from: { node: g.choice(entries) }, to: { node: g.choice(entries) }, mode, depart, arriveBy: false });
  }
  return out;
}

function sameTrip(a: Trip, b: Trip): void {
  expect(Array.from(a.path)).toEqual(Array.from(b.path));
  expect(Array.from(a.vehicle)).toEqual(Array.from(b.vehicle));
  expect(Array.from(a.edge ?? [])).toEqual(Array.from(b.edge ?? []));
  expect(Object.is(a.length, b.length)).toBe(true);
  expect(Object.is(a.porchArrival, b.porchArrival)).toBe(true);
  expect(Object.is(a.porchDeparture, b.porchDeparture)).toBe(true);
  expect(a.mode).toBe(b.mode);
}

describe("TripArena", () => {
  it("holds the trips planTrip and planTripArrivingBy make, bit for bit", () => {
    const arena = new TripArena(16); // small: growth on the way
    const reqs = requests();
    const idx = reqs.map((r) => planTripInto(nb, { from: r.from, to: r.to, mode: r.mode, depart: r.depart }, arena, r.arriveBy));
    reqs.forEach((r, k) => {
      const ref = r.arriveBy
        ? planTripArrivingBy(nb, { from: r.from, to: r.to, mode: r.mode, depart: 0 }, r.depart)
        : planTrip(nb, { from: r.from, to: r.to, mode: r.mode, depart: r.depart });
      const got = arena.trip(idx[k]);
      sameTrip(got, ref);
      expect(arena.start(idx[k])).toBe(ref.path[0]);
      expect(arena.end(idx[k])).toBe(ref.path[ref.path.length - 3]);
    });
  });

  it("gets the same trips from planPlacesInto (places as codes) as from planTripInto, bit for bit", () => {
    const byObjects = new TripArena();
    const byCodes = new TripArena(16);
    const code = (pl: Place) => ("house" in pl ? housePlace(pl.house) : nodePlace(pl.node));
    for (const r of requests()) {
      const a = planTripInto(nb, { from: r.from, to: r.to, mode: r.mode, depart: r.depart }, byObjects, r.arriveBy);
      const b = planPlacesInto(nb, code(r.from), code(r.to), r.mode, r.depart, byCodes, r.arriveBy);
      expect(b).toBe(a);
      sameTrip(byCodes.trip(b), byObjects.trip(a));
    }
    expect(() => planPlacesInto(nb, housePlace(nb.householdCount), nodePlace(0), "walk", 0, byCodes)).toThrow(RangeError);
    expect(() => planPlacesInto(nb, housePlace(0), nodePlace(nb.graph.nodeCount), "walk", 0, byCodes)).toThrow(RangeError);
  });

  it("keeps a trip written in place (reserve, write after the used vertices, commit) as append keeps it", () => {
    const appended = new TripArena(16);
    const inPlace = new TripArena(16); // small: reserve grows it
    const g = createRng(9);
    for (let k = 0; k < 50; k++) {
      const n = 2 + g.int(0, 30);
      const path = new Float64Array(3 * n).map((_v, q) => k * 1000 + q + g.uniform(0, 1));
      const vehicle = new Uint8Array(n).map(() => g.int(0, 2));
      const edge = new Int32Array(n).map(() => g.int(-1, 300));
      const a = appended.append(k % 2 ? "drive" : "walk", path, vehicle, edge, n, k, NaN, k + 0.5);
      inPlace.reserve(n);
      const at = inPlace.usedVertices;
      inPlace.pathBuffer.set(path, 3 * at);
      inPlace.vehicleBuffer.set(vehicle.subarray(0, n - 1), at);
      inPlace.edgeBuffer.set(edge.subarray(0, n - 1), at);
      const b = inPlace.commit(k % 2 ? "drive" : "walk", n, k, NaN, k + 0.5);
      expect(b).toBe(a);
    }
    for (let i = 0; i < appended.count; i++) {
      sameTrip(inPlace.trip(i), appended.trip(i));
      expect(inPlace.start(i)).toBe(appended.start(i));
      expect(inPlace.end(i)).toBe(appended.end(i));
    }
  });

  it("is listed and shown to cameras by index exactly as its Trip objects", () => {
    const arena = new TripArena();
    const reqs = requests();
    const idx = reqs.map((r) => planTripInto(nb, { from: r.from, to: r.to, mode: r.mode, depart: r.depart }, arena, r.arriveBy));
    const order = idx.slice().sort((a, b) => arena.start(a) - arena.start(b) || a - b);
    const run = (planned: boolean) => {
      const events: CameraEvent[] = [];
      const cams = createCameraSystem(camParams(), nb, createRng(5), { retentionDays: 1, onEvent: (e) => events.push(e) });
      for (let h = 0; h < nb.householdCount; h += 3) cams.install(h);
      const active = createActiveTrips();
      const snaps: unknown[] = [];
      for (const i of order) {
        const t = arena.start(i);
        cams.advanceTo(Math.max(cams.now, t));
        if (planned) {
          cams.observePlanned(i, arena, i, { concealedFace: false, countInView: false });
          active.addPlanned(i, "visitor", arena, i);
        } else {
          const trip = arena.trip(i);
          cams.observe(i, trip, { concealedFace: false, countInView: false });
          active.add(i, "visitor", trip);
        }
        if (i % 25 === 0) snaps.push(active.snapshot(t + 30));
      }
      cams.advanceTo(3 * 86400);
      return JSON.stringify({
        events,
        snaps: snaps.map((s) => JSON.stringify(s, (_k, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float32Array) : v))),
      });
    };
    const a = run(true);
    expect(a).toBe(run(false));
    expect(JSON.parse(a).events.length).toBeGreaterThan(0);
  });
});
