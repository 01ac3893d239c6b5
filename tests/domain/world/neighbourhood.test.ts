/**
 * The generated neighbourhood: sizes from a few dozen to 20,000 households, the group mix,
 * porches on both sides of the street at the set-back, the spatial index, a connected
 * street graph, and a layout that depends on the layout seed only.
 */
import { describe, expect, it } from "vitest";
import { createRng } from "../../../sim/core/index.ts";
import { createNeighbourhood, streetRouter } from "../../../sim/domain/world/index.ts";
import { nbParams } from "./world-fixture.ts";

describe("createNeighbourhood", () => {
  it.each([12, 40, 500, 20000])("builds %i households inside the map with a connected street graph", (households) => {
    const nb = createNeighbourhood(nbParams({ households }), createRng(1));
    expect(nb.householdCount).toBe(households);
    expect(nb.houseX).toHaveLength(households);
    for (let h = 0; h < households; h++) {
      expect(nb.houseX[h]).toBeGreaterThanOrEqual(0);
      expect(nb.houseX[h]).toBeLessThanOrEqual(nb.width);
      expect(nb.houseY[h]).toBeGreaterThanOrEqual(0);
      expect(nb.houseY[h]).toBeLessThanOrEqual(nb.height);
    }
    const dist = streetRouter(nb).tree(0).dist;
    expect(dist.every((d) => Number.isFinite(d))).toBe(true);
    expect(nb.edgeNodesOfMap.length).toBeGreaterThan(0);
    expect(nb.streetSegments()).toHaveLength(4 * nb.graph.edgeCount);
  });

  it("puts porches at the set-back from the street point, facing it, on both sides", () => {
    const p = nbParams({ households: 300, setback: 9 });
    const nb = createNeighbourhood(p, createRng(1));
    let north = 0;
    let south = 0;
    for (let h = 0; h < nb.householdCount; h++) {
      const dx = nb.houseStreetX[h] - nb.houseX[h];
      const dy = nb.houseStreetY[h] - nb.houseY[h];
      expect(Math.hypot(dx, dy)).toBeCloseTo(9, 9);
      expect(Math.atan2(dy, dx)).toBeCloseTo(nb.houseFacing[h], 9);
      // The street point lies on the house's edge at the given offset.
      const e = nb.houseEdge[h];
      const a = nb.edgeA[e];
      const b = nb.edgeB[e];
      const f = nb.houseEdgeOffset[h] / nb.edgeLength[e];
      expect(nb.houseStreetX[h]).toBeCloseTo(nb.graph.nodeX(a) + f * (nb.graph.nodeX(b) - nb.graph.nodeX(a)), 9);
      expect(nb.houseStreetY[h]).toBeCloseTo(nb.graph.nodeY(a) + f * (nb.graph.nodeY(b) - nb.graph.nodeY(a)), 9);
      if (dy > 0) north++;
      else south++;
    }
    expect(north).toBeGreaterThan(100);
    expect(south).toBeGreaterThan(100);
  });

  it("draws groups with the configured mix", () => {
    const nb = createNeighbourhood(nbParams({ households: 20000, groups: { a: 0.5, b: 0.3, c: 0.2 }, groupClustering: 0.3 }), createRng(3));
    expect(nb.groups).toEqual(["a", "b", "c"]);
    const counts = [0, 0, 0];
    for (const g of nb.houseGroup) counts[g]++;
    expect(counts[0] / 20000).toBeCloseTo(0.5, 1);
    expect(counts[1] / 20000).toBeCloseTo(0.3, 1);
    expect(counts[2] / 20000).toBeCloseTo(0.2, 1);
  });

  it("finds exactly the porches within a radius", () => {
    const nb = createNeighbourhood(nbParams({ households: 2000 }), createRng(1));
    const rng = createRng(9);
    for (let i = 0; i < 20; i++) {
      const x = rng.uniform(0, nb.width);
      const y = rng.uniform(0, nb.height);
      const r = rng.uniform(10, 200);
      const brute: number[] = [];
      for (let h = 0; h < nb.householdCount; h++) if (Math.hypot(nb.houseX[h] - x, nb.houseY[h] - y) <= r) brute.push(h);
      expect(nb.housesNear(x, y, r)).toEqual(brute);
    }
    // A radius over the whole town: thousands of matches, over many cells, still ascending.
    const all = nb.housesNear(nb.width / 2, nb.height / 2, nb.width + nb.height);
    expect(all).toEqual(Array.from({ length: nb.householdCount }, (_, h) => h));
  });

  it("takes streets from the layout seed and groups from the run's stream", () => {
    const a = createNeighbourhood(nbParams({ households: 400, layoutSeed: 4 }), createRng(1));
    const b = createNeighbourhood(nbParams({ households: 400, layoutSeed: 4 }), createRng(2));
    const c = createNeighbourhood(nbParams({ households: 400, layoutSeed: 5 }), createRng(1));
    expect(b.streetSegments()).toEqual(a.streetSegments());
    expect(b.houseX).toEqual(a.houseX);
    expect(b.houseGroup).not.toEqual(a.houseGroup);
    expect(c.streetSegments()).not.toEqual(a.streetSegments());
  });

  it("rejects an empty group mix with a message saying what to do", () => {
    // The schema refuses an empty mix first (validate's bad-mix); the world still guards itself.
    expect(() => nbParams({ groups: {} })).toThrow(/at least 1 entry/);
    expect(() => createNeighbourhood({ ...nbParams(), groups: {} }, createRng(1))).toThrow(/at least one group/);
  });
});
