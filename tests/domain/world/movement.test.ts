/**
 * Movement: trips follow the streets (every vertex is an intersection or a point in front
 * of a porch), move at the mode's speed along streets and at walking speed between street
 * and porch, take the shortest route, and positions interpolate along the path.
 */
import { describe, expect, it } from "vitest";
import { createRng } from "../../../sim/core/index.ts";
import {
  createNeighbourhood,
  planTrip,
  planTripArrivingBy,
  positionAt,
  streetRouter,
  tripEnd,
  tripStart,
  type Trip,
} from "../../../sim/domain/world/index.ts";
import { nbParams } from "./world-fixture.ts";

const p = nbParams({ households: 1500 });
const nb = createNeighbourhood(p, createRng(1));

function pieces(trip: Trip) {
  const out: { len: number; dt: number; vehicle: number; x0: number; y0: number; x1: number; y1: number }[] = [];
  for (let i = 0; i + 1 < trip.path.length / 3; i++) {
    const [t0, x0, y0, t1, x1, y1] = trip.path.subarray(3 * i, 3 * i + 6);
    out.push({ len: Math.hypot(x1 - x0, y1 - y0), dt: t1 - t0, vehicle: trip.vehicle[i], x0, y0, x1, y1 });
  }
  return out;
}

/** Is (x, y) on street segment e (within a millimetre)? */
function onEdge(x: number, y: number): boolean {
  for (let e = 0; e < nb.edgeA.length; e++) {
    const ax = nb.graph.nodeX(nb.edgeA[e]);
    const ay = nb.graph.nodeY(nb.edgeA[e]);
    const bx = nb.graph.nodeX(nb.edgeB[e]);
    const by = nb.graph.nodeY(nb.edgeB[e]);
    const l = nb.edgeLength[e];
    const f = ((x - ax) * (bx - ax) + (y - ay) * (by - ay)) / (l * l);
    if (f < -1e-9 || f > 1 + 1e-9) continue;
    if (Math.hypot(ax + f * (bx - ax) - x, ay + f * (by - ay) - y) < 1e-3) return true;
  }
  return false;
}

describe("planTrip", () => {
  it.each(["walk", "drive"] as const)("a %s between porches follows streets at the mode speed", (mode) => {
    const rng = createRng(mode === "walk" ? 1 : 2);
    const speed = mode === "walk" ? p.movement.walkSpeed : p.movement.driveSpeed;
    for (let i = 0; i < 30; i++) {
      const from = rng.int(0, nb.householdCount);
      const to = rng.int(0, nb.householdCount);
      const trip = planTrip(nb, { from: { house: from }, to: { house: to }, mode, depart: 1000 });
      const ps = pieces(trip);
      // First and last pieces: porch <-> street on foot; the rest along streets at the mode speed.
      expect(trip.path.subarray(1, 3)).toEqual(new Float64Array([nb.houseX[from], nb.houseY[from]]));
      expect(ps[0].len / ps[0].dt).toBeCloseTo(p.movement.walkSpeed, 9);
      expect(ps[0].vehicle).toBe(0);
      const last = ps[ps.length - 1];
      expect([last.x1, last.y1]).toEqual([nb.houseX[to], nb.houseY[to]]);
      expect(last.len / last.dt).toBeCloseTo(p.movement.walkSpeed, 9);
      for (const q of ps.slice(1, -1)) {
        expect(q.len / q.dt).toBeCloseTo(speed, 9);
        expect(q.vehicle).toBe(mode === "drive" ? 1 : 0);
        expect(onEdge(q.x0, q.y0) && onEdge(q.x1, q.y1)).toBe(true);
      }
      const street = ps.slice(1, -1).reduce((s, q) => s + q.len, 0);
      expect(trip.length).toBeCloseTo(street + 2 * p.setback, 6);
      expect(tripEnd(trip) - tripStart(trip)).toBeCloseTo(street / speed + (2 * p.setback) / p.movement.walkSpeed, 6);
    }
  });

  it("takes the shortest street route between intersections", () => {
    const router = streetRouter(nb);
    const rng = createRng(3);
    for (let i = 0; i < 30; i++) {
      const a = rng.int(0, nb.graph.nodeCount);
      const b = rng.int(0, nb.graph.nodeCount);
      const trip = planTrip(nb, { from: { node: a }, to: { node: b }, mode: "drive", depart: 0 });
      expect(trip.length).toBeCloseTo(router.tree(a).dist[b], 6);
      expect(trip.length).toBeCloseTo(nb.graph.shortestPath(a, b)?.length ?? NaN, 6);
    }
  });

  it("router paths are the graph's shortest paths (nodes, edges, depth)", () => {
    const router = streetRouter(nb);
    const rng = createRng(4);
    const nodes = new Int32Array(nb.graph.nodeCount);
    const edges = new Int32Array(nb.graph.nodeCount);
    for (let i = 0; i < 30; i++) {
      const a = rng.int(0, nb.graph.nodeCount);
      const b = i === 0 ? a : rng.int(0, nb.graph.nodeCount);
      const k = router.pathNodes(a, b, nodes, edges);
      const sp = nb.graph.shortestPath(a, b);
      expect(Array.from(nodes.subarray(0, k))).toEqual(sp?.nodes);
      expect(Array.from(edges.subarray(0, k - 1))).toEqual(sp?.edges);
      expect(router.tree(a).depth[b]).toBe(k - 1);
    }
  });

  it("walks to the porch, waits, and walks back with porchApproach", () => {
    const trip = planTrip(nb, { from: { node: 0 }, to: { house: 77 }, mode: "drive", depart: 500, porchApproach: true, dwell: 30 });
    const n = trip.path.length / 3;
    expect([trip.path[3 * (n - 1) + 1], trip.path[3 * (n - 1) + 2]]).toEqual([nb.houseStreetX[77], nb.houseStreetY[77]]);
    expect(trip.porchDeparture - trip.porchArrival).toBeCloseTo(30, 9);
    expect(tripEnd(trip) - trip.porchDeparture).toBeCloseTo(p.setback / p.movement.walkSpeed, 9);
    const xy = new Float64Array(2);
    positionAt(trip, trip.porchArrival + 10, xy);
    expect([xy[0], xy[1]]).toEqual([nb.houseX[77], nb.houseY[77]]);
  });

  it("interpolates positions and clamps outside the trip", () => {
    const trip = planTrip(nb, { from: { house: 5 }, to: { house: 900 }, mode: "walk", depart: 100 });
    const xy = new Float64Array(2);
    positionAt(trip, 0, xy);
    expect([xy[0], xy[1]]).toEqual([nb.houseX[5], nb.houseY[5]]);
    positionAt(trip, 1e9, xy);
    expect([xy[0], xy[1]]).toEqual([nb.houseX[900], nb.houseY[900]]);
    const [t0, x0, y0, t1, x1, y1] = trip.path.subarray(3, 9);
    positionAt(trip, (t0 + t1) / 2, xy);
    expect(xy[0]).toBeCloseTo((x0 + x1) / 2, 9);
    expect(xy[1]).toBeCloseTo((y0 + y1) / 2, 9);
  });

  it("plans a trip that arrives exactly on time", () => {
    const trip = planTripArrivingBy(nb, { from: { node: 3 }, to: { house: 40 }, mode: "drive", depart: 0 }, 17 * 3600);
    expect(tripEnd(trip)).toBeCloseTo(17 * 3600, 9);
    expect(trip.porchArrival).toBeCloseTo(17 * 3600, 9);
  });

  it("rejects unknown places with a message naming the valid range", () => {
    expect(() => planTrip(nb, { from: { house: -1 }, to: { node: 0 }, mode: "walk", depart: 0 })).toThrow(/not a household/);
    expect(() => planTrip(nb, { from: { node: 0 }, to: { node: 1e6 }, mode: "walk", depart: 0 })).toThrow(/not an intersection/);
  });
});
