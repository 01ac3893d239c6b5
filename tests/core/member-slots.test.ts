import { describe, expect, it } from "vitest";
import { Agent, AgentSet, ContinuousSpace, createRng, Model, MultiGrid, NetworkSpace } from "../../sim/core/index.ts";

class Walker extends Agent {}
class Runner extends Walker {}

/** Reference membership kept in a Map, to check the containers against. */
function checkGrid<T>(grid: MultiGrid<T>, where: Map<T, number>): void {
  expect(grid.size).toBe(where.size);
  for (const [item, cell] of where) {
    expect(grid.has(item)).toBe(true);
    expect(grid.cellOf(item)).toBe(cell);
    expect(grid.cellItems(cell)).toContain(item);
  }
}

describe("member slots (agents record their index in the containers that hold them)", () => {
  it("an agent held by more containers than it has pairs for stays correct (Map fallback)", () => {
    const model = new Model({ seed: 1 });
    const grids = Array.from({ length: 6 }, () => new MultiGrid<Walker>(5, 5, { torus: true }));
    const extra = Array.from({ length: 3 }, () => new AgentSet<Walker>());
    const rng = createRng(9);
    const walkers = Array.from({ length: 30 }, () => (rng.bernoulli(0.5) ? new Runner(model) : new Walker(model)));
    model.agentsByType(Runner); // model.agents + two class sets + 6 grids + 3 sets: well over 4 pairs
    model.agentsByType(Walker);
    const where = grids.map(() => new Map<Walker, number>());
    for (const w of walkers) {
      for (let g = 0; g < grids.length; g++) {
        const c = rng.int(0, 25);
        grids[g].placeInCell(w, c);
        where[g].set(w, c);
      }
      for (const s of extra) s.add(w);
    }
    for (let round = 0; round < 200; round++) {
      const w = walkers[rng.int(0, walkers.length)];
      const g = rng.int(0, grids.length);
      if (where[g].has(w) && rng.bernoulli(0.3)) {
        expect(grids[g].remove(w)).toBe(true);
        where[g].delete(w);
      } else {
        const c = rng.int(0, 25);
        if (where[g].has(w)) grids[g].moveToCell(w, c);
        else grids[g].placeInCell(w, c);
        where[g].set(w, c);
      }
      if (rng.bernoulli(0.2)) extra[rng.int(0, 3)].remove(w);
    }
    grids.forEach((grid, g) => checkGrid(grid, where[g]));
    // removing every agent from the model keeps the other containers intact
    for (const w of walkers) w.remove();
    expect(model.agents.size).toBe(0);
    expect(model.agentsByType(Walker).size).toBe(0);
    expect(model.agentsByType(Runner).size).toBe(0);
    grids.forEach((grid, g) => checkGrid(grid, where[g]));
    for (const s of extra) for (const w of walkers) expect(s.has(w)).toBe(s.toArray().includes(w));
  });

  it("plain objects and primitives work in grids and sets (no fields to hold a slot)", () => {
    const grid = new MultiGrid<string | { name: string }>(4, 4);
    const obj = { name: "o" };
    grid.place("a", 1, 1);
    grid.place(obj, 1, 1);
    grid.move("a", 2, 3);
    expect(grid.cellContents(1, 1)).toEqual([obj]);
    expect(grid.cellContents(2, 3)).toEqual(["a"]);
    expect(grid.remove("a")).toBe(true);
    expect(grid.remove("a")).toBe(false);
    expect(grid.size).toBe(1);
    expect(Object.keys(obj)).toEqual(["name"]); // nothing written on foreign objects

    const set = new AgentSet<{ k: number }>();
    const xs = Array.from({ length: 50 }, (_, k) => ({ k }));
    for (const x of xs) set.add(x);
    for (const x of xs) if (x.k % 3 === 0) set.remove(x);
    expect(set.map((x) => x.k)).toEqual(xs.filter((x) => x.k % 3 !== 0).map((x) => x.k));
  });

  it("an agent of one model added to another model's set does not disturb its own model", () => {
    const a = new Model({ seed: 1 });
    const b = new Model({ seed: 2 });
    const w = new Walker(a);
    const other = new Walker(b);
    b.agents.add(w);
    expect(b.agents.has(w)).toBe(true);
    expect(b.agents.toArray()).toEqual([other, w]);
    b.agents.remove(w);
    expect(a.agents.has(w)).toBe(true);
    w.remove();
    expect(a.agents.has(w)).toBe(false);
    expect(b.agents.toArray()).toEqual([other]);
  });

  it("the continuous space finds agents by their slot, through moves and removals", () => {
    const model = new Model({ seed: 3 });
    const space = new ContinuousSpace<Walker>(10, 10, { torus: true, bucketSize: 2 });
    const ws = Array.from({ length: 20 }, (_, i) => {
      const w = new Walker(model);
      space.place(w, i / 2, i / 3);
      return w;
    });
    space.move(ws[4], 9.5, 0.5);
    expect(space.xOf(ws[4])).toBe(9.5);
    expect(space.remove(ws[5])).toBe(true);
    expect(space.has(ws[5])).toBe(false);
    expect(space.size).toBe(19);
    expect(space.neighborsWithin(9.5, 0.5, 0.1)).toEqual([ws[4]]);
  });

  it("the network space finds agents and plain objects on their nodes through moves and removals", () => {
    const model = new Model({ seed: 5 });
    const net = new NetworkSpace<Walker | { name: string }>();
    for (let i = 0; i < 4; i++) net.addNode(i, 0);
    const w = new Walker(model);
    const o = { name: "o" };
    net.place(w, 0);
    net.place(o, 0);
    expect(() => net.place(w, 1)).toThrow(/already/);
    net.move(w, 2);
    net.move(o, 3);
    expect([net.nodeOf(w), net.nodeOf(o)]).toEqual([2, 3]);
    expect(net.agentsAt(2)).toEqual([w]);
    expect(net.remove(w)).toBe(true);
    expect(net.remove(w)).toBe(false);
    expect(net.nodeOf(w)).toBe(-1);
    net.place(w, 1); // placeable again after removal
    expect(net.agentsAt(1)).toEqual([w]);
    expect(net.agentCountAt(0)).toBe(0);
  });

  it("shuffleDo skips a member removed and re-added during the loop, and visits the others once", () => {
    const model = new Model({ seed: 4 });
    const ws = Array.from({ length: 10 }, () => new Walker(model));
    const seen: Agent[] = [];
    let target: Agent | undefined;
    model.agents.shuffleDo((a) => {
      seen.push(a);
      if (target === undefined) {
        target = ws.find((w) => !seen.includes(w));
        if (target) {
          model.agents.remove(target);
          model.agents.add(target);
        }
      }
    });
    expect(target).toBeDefined();
    expect(seen).not.toContain(target);
    expect(new Set(seen).size).toBe(9);
    expect(model.agents.size).toBe(10);
  });
});
