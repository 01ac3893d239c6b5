import { describe, expect, it } from "vitest";
import { Agent, AgentSet, ContinuousSpace, createRng, Model, MultiGrid, NetworkSpace, Scheduler } from "../../sim/core/index.ts";

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

describe("MultiGrid neighbourhood tables", () => {
  it("the table holds exactly each cell's neighbourhood, for several shapes and topologies", () => {
    for (const torus of [false, true]) {
      for (const opts of [{}, { moore: false }, { radius: 2, includeCenter: true }, { moore: false, radius: 3 }, { radius: 4 }]) {
        const grid = new MultiGrid<number>(7, 5, { torus });
        const t = grid.neighborhoodTable(opts);
        expect(t.start.length).toBe(36);
        expect(t.start[35]).toBe(t.cells.length);
        for (let c = 0; c < 35; c++) {
          const hood = grid.neighborhoodOfCell(c, opts);
          expect([...t.cells.subarray(t.start[c], t.start[c + 1])]).toEqual([...hood]);
        }
        expect(grid.neighborhoodTable(opts)).toBe(t); // built once per shape
      }
    }
  });

  it("a shape too big for one block is computed cell by cell, with the same cells", () => {
    for (const torus of [true, false]) {
      const grid = new MultiGrid<number>(300, 300, { torus }); // radius 10: 440 x 90 000 entries, over the block limit
      for (const [x, y] of [[0, 0], [150, 7], [299, 299]]) {
        const hood = grid.neighborhood(x, y, { radius: 10 });
        const want: number[] = [];
        for (let dy = -10; dy <= 10; dy++) {
          for (let dx = -10; dx <= 10; dx++) {
            if (dx === 0 && dy === 0) continue;
            let cx = x + dx;
            let cy = y + dy;
            if (torus) {
              cx = (cx + 300) % 300;
              cy = (cy + 300) % 300;
            } else if (cx < 0 || cy < 0 || cx >= 300 || cy >= 300) continue;
            want.push(cy * 300 + cx);
          }
        }
        expect([...hood]).toEqual(want);
        expect(grid.neighborhood(x, y, { radius: 10 })).toBe(hood);
      }
    }
  });

  it("per-cell arrays are views into the shape's one block", () => {
    const grid = new MultiGrid<number>(20, 20, { torus: true });
    const a = grid.neighborhoodOfCell(3);
    const b = grid.neighborhoodOfCell(250);
    expect(a.buffer).toBe(b.buffer);
    expect(a.buffer).toBe(grid.neighborhoodTable().cells.buffer);
    expect(grid.neighborhoodOfCell(3)).toBe(a);
  });
});

describe("Scheduler handle-less scheduling", () => {
  it("scheduleAtFast / scheduleInFast order exactly like scheduleAt and mix with it", () => {
    const run = (fast: boolean) => {
      const s = new Scheduler();
      const rng = createRng(7);
      const log: number[] = [];
      for (let i = 0; i < 1000; i++) {
        const t = rng.int(0, 30);
        const p = rng.int(0, 3);
        if (fast && i % 2 === 0) s.scheduleAtFast(t, () => log.push(i), p);
        else s.scheduleAt(t, () => log.push(i), p);
      }
      s.runUntil(10);
      for (let i = 1000; i < 1200; i++) {
        const d = rng.int(0, 10);
        if (fast && i % 3 === 0) s.scheduleInFast(d, () => log.push(i));
        else s.scheduleIn(d, () => log.push(i));
      }
      s.runUntil(100);
      return log;
    };
    const mixed = run(true);
    expect(mixed).toHaveLength(1200);
    expect(mixed).toEqual(run(false));
  });

  it("handle-less events count as pending, are dropped by clear, and refuse the past", () => {
    const s = new Scheduler();
    let fired = 0;
    s.scheduleAtFast(3, () => fired++);
    s.scheduleInFast(1, () => fired++);
    expect(s.pending).toBe(2);
    expect(s.peekTime()).toBe(1);
    s.runUntil(2);
    expect(fired).toBe(1);
    expect(() => s.scheduleAtFast(1, () => fired++)).toThrow(RangeError);
    expect(() => s.scheduleInFast(-1, () => fired++)).toThrow(RangeError);
    expect(() => s.scheduleAtFast(5, () => fired++, NaN)).toThrow(RangeError);
    s.clear();
    s.runUntil(10);
    expect(fired).toBe(1);
    expect(s.pending).toBe(0);
  });
});
