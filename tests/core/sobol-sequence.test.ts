/**
 * The Sobol' generator against reference points of the published sequence (scipy 1.17's
 * `qmc.Sobol(d, scramble=False)`, which uses the same Joe–Kuo direction numbers), and the
 * properties scrambling must keep.
 */
import { describe, expect, it } from "vitest";
import { SOBOL_MAX_DIMENSIONS, sobolPoints } from "../../sim/core/sobol-sequence.ts";

describe("sobolPoints without scrambling", () => {
  it("starts with the published points", () => {
    expect(sobolPoints(4, 2, { scramble: false }).map((p) => [...p])).toEqual([
      [0, 0],
      [0.5, 0.5],
      [0.75, 0.25],
      [0.25, 0.75],
    ]);
    const p = sobolPoints(32, 12, { scramble: false });
    expect([...p[5]]).toEqual([0.875, 0.875, 0.125, 0.375, 0.875, 0.625, 0.875, 0.375, 0.375, 0.125, 0.375, 0.875]);
    expect([...p[31]]).toEqual([0.03125, 0.53125, 0.90625, 0.96875, 0.96875, 0.78125, 0.34375, 0.53125, 0.15625, 0.59375, 0.03125, 0.34375]);
  });

  it("matches reference points deep in the sequence and in high dimensions", () => {
    const p = sobolPoints(4096, 256, { scramble: false });
    const dims = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 49, 127, 199, 255];
    expect(dims.map((d) => p[1000][d])).toEqual([
      0.2197265625, 0.0966796875, 0.5185546875, 0.6767578125, 0.2802734375, 0.9072265625, 0.0458984375, 0.8994140625, 0.5009765625, 0.0693359375,
      0.4794921875, 0.5439453125, 0.8427734375, 0.2490234375,
    ]);
    expect(dims.map((d) => p[4095][d])).toEqual([
      0.000244140625, 0.941162109375, 0.334228515625, 0.901611328125, 0.940185546875, 0.078857421875, 0.949462890625, 0.390869140625, 0.191650390625,
      0.246337890625, 0.607666015625, 0.261474609375, 0.830322265625, 0.613037109375,
    ]);
  });

  it("refuses more dimensions than the direction numbers cover", () => {
    expect(SOBOL_MAX_DIMENSIONS).toBe(256);
    expect(() => sobolPoints(4, 257)).toThrow(/dims must be a whole number from 1 to 256/);
  });
});

describe("sobolPoints with scrambling", () => {
  it("keeps the net property: 2^m points fill each of 2^m slices of every dimension once", () => {
    for (const seed of [1, 2, 3]) {
      const p = sobolPoints(64, 20, { seed });
      for (let d = 0; d < 20; d++) {
        const slices = p.map((x) => Math.floor(x[d] * 64)).sort((a, b) => a - b);
        expect(slices).toEqual(Array.from({ length: 64 }, (_, i) => i));
      }
      // and pairs of dimensions: 64 points in an 8 x 8 grid, one per square (t = 0 for the first two)
      const squares = new Set(p.map((x) => Math.floor(x[0] * 8) * 8 + Math.floor(x[1] * 8)));
      expect(squares.size).toBe(64);
    }
  });

  it("is a function of the seed, and differs from the plain sequence", () => {
    const a = sobolPoints(16, 4, { seed: 5 });
    expect(sobolPoints(16, 4, { seed: 5 })).toEqual(a);
    expect(sobolPoints(16, 4, { seed: 6 })).not.toEqual(a);
    expect([...a[0]]).not.toEqual([0, 0, 0, 0]);
    for (const x of a) for (const v of x) expect(v >= 0 && v < 1).toBe(true);
  });
});
