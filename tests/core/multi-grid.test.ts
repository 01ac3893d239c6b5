import { describe, expect, it } from "vitest";
import { createRng, MultiGrid, type NeighborhoodOptions } from "../../sim/core/index.ts";

/** Brute force: every cell whose (wrapped) offset from the centre is within the radius. */
function bruteNeighborhood(w: number, h: number, torus: boolean, x: number, y: number, o: Required<NeighborhoodOptions>): number[] {
  const out = new Set<number>();
  for (let cy = 0; cy < h; cy++) {
    for (let cx = 0; cx < w; cx++) {
      let dx = Math.abs(cx - x);
      let dy = Math.abs(cy - y);
      if (torus) {
        dx = Math.min(dx, w - dx);
        dy = Math.min(dy, h - dy);
      }
      const d = o.moore ? Math.max(dx, dy) : dx + dy;
      if (d > o.radius) continue;
      if (d === 0 && !o.includeCenter) continue;
      out.add(cy * w + cx);
    }
  }
  return [...out].sort((a, b) => a - b);
}

describe("MultiGrid neighbourhoods", () => {
  it("Moore and von Neumann counts in the interior", () => {
    const g = new MultiGrid<number>(20, 20);
    expect(g.neighborhood(10, 10).length).toBe(8);
    expect(g.neighborhood(10, 10, { moore: false }).length).toBe(4);
    expect(g.neighborhood(10, 10, { radius: 2 }).length).toBe(24);
    expect(g.neighborhood(10, 10, { moore: false, radius: 2 }).length).toBe(12);
    expect(g.neighborhood(10, 10, { radius: 3, includeCenter: true }).length).toBe(49);
    expect(g.neighborhood(10, 10, { moore: false, radius: 3, includeCenter: true }).length).toBe(25);
  });

  it("edges clip without a torus and wrap with one", () => {
    const flat = new MultiGrid<number>(10, 8);
    expect(flat.neighborhood(0, 0).length).toBe(3);
    expect(flat.neighborhood(0, 4).length).toBe(5);
    expect(flat.neighborhood(0, 0, { moore: false }).length).toBe(2);
    const torus = new MultiGrid<number>(10, 8, { torus: true });
    expect(torus.neighborhood(0, 0).length).toBe(8);
    expect([...torus.neighborhood(0, 0, { moore: false })].sort((a, b) => a - b)).toEqual([1, 9, 10, 70]);
    // radius larger than the grid: every cell once
    expect(torus.neighborhood(0, 0, { radius: 6, includeCenter: true }).length).toBe(80);
    expect(torus.neighborhood(0, 0, { radius: 6 }).length).toBe(79);
  });

  it("matches a brute-force enumeration for every cell, shape, radius and topology", () => {
    for (const torus of [false, true]) {
      for (const [w, h] of [
        [7, 5],
        [3, 4],
        [1, 6],
      ]) {
        const g = new MultiGrid<number>(w, h, { torus });
        for (const moore of [true, false]) {
          for (const radius of [1, 2, 3]) {
            for (const includeCenter of [false, true]) {
              for (let y = 0; y < h; y++) {
                for (let x = 0; x < w; x++) {
                  const got = [...g.neighborhood(x, y, { moore, radius, includeCenter })].sort((a, b) => a - b);
                  expect(got).toEqual(bruteNeighborhood(w, h, torus, x, y, { moore, radius, includeCenter }));
                }
              }
            }
          }
        }
      }
    }
  });

  it("caches: the same array comes back", () => {
    const g = new MultiGrid<number>(5, 5);
    expect(g.neighborhood(2, 2)).toBe(g.neighborhood(2, 2));
    expect(g.neighborhood(2, 2)).not.toBe(g.neighborhood(2, 2, { moore: false }));
    expect(() => g.neighborhood(2, 2, { radius: 0 })).toThrow(/radius/);
  });
});

describe("MultiGrid occupancy", () => {
  it("holds many items per cell in arrival order; move and remove keep counts right", () => {
    const g = new MultiGrid<string>(4, 3);
    g.place("a", 1, 1);
    g.place("b", 1, 1);
    g.place("c", 2, 1);
    expect(g.cellContents(1, 1)).toEqual(["a", "b"]);
    expect(g.countAt(1, 1)).toBe(2);
    expect(g.emptyCount).toBe(10);
    g.move("a", 2, 1);
    expect(g.cellContents(2, 1)).toEqual(["c", "a"]);
    expect([g.xOf("a"), g.yOf("a")]).toEqual([2, 1]);
    expect(g.neighbors(1, 1, {}).sort()).toEqual(["a", "c"]);
    expect(g.neighbors(1, 1, { includeCenter: true }).sort()).toEqual(["a", "b", "c"]);
    expect(g.remove("b")).toBe(true);
    expect(g.isEmpty(1, 1)).toBe(true);
    expect(g.emptyCount).toBe(11);
    expect(g.remove("b")).toBe(false);
    expect(g.size).toBe(2);
    expect(() => g.place("a", 0, 0)).toThrow(/already/);
    expect(() => g.place("z", 4, 0)).toThrow(/outside/);
  });

  it("wraps coordinates on a torus", () => {
    const g = new MultiGrid<string>(4, 3, { torus: true });
    g.place("a", -1, 3);
    expect([g.xOf("a"), g.yOf("a")]).toEqual([3, 0]);
  });

  it("reuses the output array and empties it first", () => {
    const g = new MultiGrid<number>(3, 3);
    g.place(1, 0, 0);
    const buf = [99, 98];
    expect(g.cellContents(0, 0, buf)).toBe(buf);
    expect(buf).toEqual([1]);
    expect(g.cellItems(4, buf)).toEqual([]);
    g.place(2, 1, 0);
    g.place(3, 1, 0);
    expect(g.neighbors(1, 1, {}, buf)).toEqual([1, 2, 3]);
    expect(g.neighbors(2, 2, {}, buf)).toEqual([]);
  });

  it("random empty cells are empty, uniform, and moveToEmpty fills the grid up", () => {
    const g = new MultiGrid<number>(5, 5);
    const rng = createRng(3);
    for (let i = 0; i < 24; i++) g.placeInCell(i, i);
    expect(g.randomEmptyCell(rng)).toBe(24);
    g.remove(0);
    g.remove(7);
    const seen = new Map<number, number>();
    for (let t = 0; t < 2000; t++) {
      const c = g.randomEmptyCell(rng);
      seen.set(c, (seen.get(c) ?? 0) + 1);
    }
    expect([...seen.keys()].sort((a, b) => a - b)).toEqual([0, 7, 24]);
    for (const n of seen.values()) expect(Math.abs(n - 2000 / 3)).toBeLessThan(100);
    g.place(100, 0, 0);
    g.place(101, 0, 0);
    expect(g.moveToEmpty(101, rng)).toBe(true);
    expect(g.moveToEmpty(100, rng)).toBe(true);
    expect(g.emptyCount).toBe(1);
    expect(g.countAt(0, 0)).toBe(0); // 100 left cell 0 for the last other empty cell
    g.place(102, 0, 0);
    expect(g.emptyCount).toBe(0);
    expect(g.moveToEmpty(102, rng)).toBe(false);
    expect(g.xOf(102)).toBe(0);
    expect(g.randomEmptyCell(rng)).toBe(-1);
  });

  it("keeps a consistent state under random place/move/remove churn", () => {
    const g = new MultiGrid<number>(6, 6, { torus: true });
    const rng = createRng(8);
    const where = new Map<number, number>();
    for (let step = 0; step < 5000; step++) {
      const id = rng.int(0, 60);
      const c = rng.int(0, 36);
      if (!where.has(id)) {
        g.placeInCell(id, c);
        where.set(id, c);
      } else if (rng.bernoulli(0.2)) {
        g.remove(id);
        where.delete(id);
      } else {
        g.moveToCell(id, c);
        where.set(id, c);
      }
    }
    let empty = 0;
    for (let c = 0; c < 36; c++) {
      const expected = [...where]
        .filter(([, cell]) => cell === c)
        .map(([id]) => id)
        .sort((a, b) => a - b);
      const items = g.cellItems(c);
      expect(g.firstInCell(c)).toBe(items[0]); // the earliest arrival, undefined when empty
      expect(items.sort((a, b) => a - b)).toEqual(expected);
      if (expected.length === 0) empty++;
    }
    expect(g.emptyCount).toBe(empty);
    expect(g.size).toBe(where.size);
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
      for (const [x, y] of [
        [0, 0],
        [150, 7],
        [299, 299],
      ]) {
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
