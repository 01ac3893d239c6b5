import { describe, expect, it } from "vitest";
import { ContinuousSpace, createRng } from "../../sim/core/index.ts";

function brute(space: ContinuousSpace<number>, pts: Map<number, [number, number]>, x: number, y: number, r: number): number[] {
  return [...pts]
    .filter(([, [px, py]]) => space.distance(x, y, px, py) <= r)
    .map(([id]) => id)
    .sort((a, b) => a - b);
}

describe("ContinuousSpace", () => {
  for (const torus of [false, true]) {
    it(`radius queries match brute force (torus: ${torus}), after moves and removals`, () => {
      const rng = createRng(torus ? 2 : 1);
      const space = new ContinuousSpace<number>(50, 30, { torus, bucketSize: 4 });
      const pts = new Map<number, [number, number]>();
      for (let i = 0; i < 300; i++) {
        const p: [number, number] = [rng.uniform(0, 50), rng.uniform(0, 30)];
        space.place(i, p[0], p[1]);
        pts.set(i, p);
      }
      for (let i = 0; i < 300; i += 3) {
        const p: [number, number] = [rng.uniform(0, 50), rng.uniform(0, 30)];
        space.move(i, p[0], p[1]);
        pts.set(i, p);
      }
      for (let i = 1; i < 300; i += 7) {
        space.remove(i);
        pts.delete(i);
      }
      const buf: number[] = [];
      for (let q = 0; q < 200; q++) {
        const x = rng.uniform(0, 50);
        const y = rng.uniform(0, 30);
        const r = rng.uniform(0, 20);
        const got = [...space.neighborsWithin(x, y, r, buf)].sort((a, b) => a - b);
        expect(got).toEqual(brute(space, pts, x, y, r));
      }
      expect(space.size).toBe(pts.size);
    });
  }

  it("torus offsets take the short way round and positions wrap", () => {
    const s = new ContinuousSpace<string>(10, 10, { torus: true });
    expect(s.deltaX(9, 1)).toBe(2);
    expect(s.deltaX(1, 9)).toBe(-2);
    expect(s.distance(0.5, 0.5, 9.5, 9.5)).toBeCloseTo(Math.SQRT2);
    s.place("a", 12, -1);
    expect([s.xOf("a"), s.yOf("a")]).toEqual([2, 9]);
    expect(s.neighborsWithin(1, 9, 1.5, [], "b")).toEqual(["a"]);
    expect(s.neighborsWithin(2, 9, 0, [], "a")).toEqual([]);
  });

  it("without a torus, positions outside are refused", () => {
    const s = new ContinuousSpace<string>(10, 10);
    expect(() => s.place("a", 10, 5)).toThrow(/outside/);
    expect(s.deltaX(9, 1)).toBe(-8);
    expect(() => s.move("zz", 1, 1)).toThrow(/place\(\) it first/);
  });
});
