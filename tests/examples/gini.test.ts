import { describe, expect, it } from "vitest";
import { createRng } from "../../sim/core/index.ts";
import { IntegerGini } from "../../sim/examples/gini.ts";

/** Mesa's formula, straight: sort, weight by rank, 1 + 1/n - 2B. */
function referenceGini(xs: number[]): number {
  const x = [...xs].sort((a, b) => a - b);
  const n = x.length;
  let b = 0;
  let total = 0;
  x.forEach((v, i) => {
    b += v * (n - i);
    total += v;
  });
  return 1 + 1 / n - (2 * b) / (n * total);
}

describe("IntegerGini (counting-sort Gini)", () => {
  it("gives the textbook values", () => {
    const g = new IntegerGini();
    expect(g.compute(Int32Array.of(1, 1, 1, 1))).toBeCloseTo(0, 12);
    expect(g.compute(Int32Array.of(0, 0, 0, 4))).toBeCloseTo(0.75, 12);
    expect(g.compute(Int32Array.of(0, 0, 0, 0))).toBe(0);
    expect(g.compute(new Int32Array(0))).toBe(0);
  });

  it("matches Mesa's sort-based formula on random wealth vectors, reusing its buffer", () => {
    const rng = createRng(5);
    const g = new IntegerGini();
    for (let trial = 0; trial < 200; trial++) {
      const n = rng.int(1, 300);
      const max = rng.int(1, trial < 100 ? 5 : 500);
      const xs = Array.from({ length: n }, () => rng.int(0, max + 1));
      if (!xs.some((v) => v > 0)) xs[0] = 1;
      expect(g.compute(Int32Array.from(xs))).toBeCloseTo(referenceGini(xs), 10);
    }
  });

  it("uses only the first n entries when told so", () => {
    const g = new IntegerGini();
    expect(g.compute(Int32Array.of(1, 1, 9, 9), 2)).toBeCloseTo(0, 12);
  });
});
