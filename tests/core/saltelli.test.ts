/**
 * Sobol' indices on functions with analytic answers. The seeds are fixed, so each check
 * either always passes or always fails; what makes them meaningful is that the intervals
 * are narrow (half-widths below 0.04) and must still contain the analytic value, and that
 * the design sizes and layouts are pinned.
 */
import { describe, expect, it } from "vitest";
import { saltelliRowsPerSample, saltelliSample, sobolIndices } from "../../sim/core/saltelli.ts";
import { ishigami, sobolG, type TestFunction } from "../../sim/core/test-functions.ts";

function outputs(f: TestFunction, pts: Float64Array[]): Float64Array {
  return Float64Array.from(pts, (u) => f.evaluate(Array.from(u, (v, i) => f.bounds[i][0] + v * (f.bounds[i][1] - f.bounds[i][0]))));
}

describe("saltelliSample", () => {
  it("lays out A, AB_i, (BA_i,) B per base sample", () => {
    const pts = saltelliSample(3, 8, 1, { secondOrder: true });
    expect(pts.length).toBe(8 * saltelliRowsPerSample(3, true));
    expect(saltelliRowsPerSample(3)).toBe(5);
    const [a, ab1, ab2, ab3, ba1, ba2, ba3, b] = pts.slice(0, 8).map((p) => [...p]);
    expect(ab1).toEqual([b[0], a[1], a[2]]);
    expect(ab2).toEqual([a[0], b[1], a[2]]);
    expect(ab3).toEqual([a[0], a[1], b[2]]);
    expect(ba1).toEqual([a[0], b[1], b[2]]);
    expect(ba2).toEqual([b[0], a[1], b[2]]);
    expect(ba3).toEqual([b[0], b[1], a[2]]);
    expect(saltelliSample(3, 8, 1)).toEqual(saltelliSample(3, 8, 1));
    expect(saltelliSample(3, 8, 2)).not.toEqual(saltelliSample(3, 8, 1));
  });
});

describe("sobolIndices", () => {
  it("recovers Ishigami's analytic S1, ST and S2 within the bootstrap intervals (N = 8192)", () => {
    const f = ishigami();
    const n = 8192;
    const s = sobolIndices(outputs(f, saltelliSample(3, n, 1, { secondOrder: true })), 3, n, { secondOrder: true, seed: 1 });
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(s.S1[i] - f.S1[i]), `S1 of x${i + 1}`).toBeLessThanOrEqual(s.S1Conf[i]);
      expect(Math.abs(s.ST[i] - f.ST[i]), `ST of x${i + 1}`).toBeLessThanOrEqual(s.STConf[i]);
      expect(s.S1Conf[i]).toBeLessThan(0.04);
      expect(s.STConf[i]).toBeLessThan(0.04);
    }
    // x1 and x3 interact (S13 = ST3 ≈ 0.244); the other pairs do not
    const s2 = s.S2!;
    const s2c = s.S2Conf!;
    expect(Math.abs(s2[0][2] - f.ST[2])).toBeLessThanOrEqual(s2c[0][2]);
    expect(Math.abs(s2[0][1])).toBeLessThanOrEqual(s2c[0][1]);
    expect(Math.abs(s2[1][2])).toBeLessThanOrEqual(s2c[1][2]);
  });

  it("recovers the G function's indices and ranks its inputs", () => {
    const g = sobolG();
    const n = 4096;
    const s = sobolIndices(outputs(g, saltelliSample(8, n, 3)), 8, n, { seed: 3 });
    // 95% intervals: with 16 checks about one miss is expected, so the four negligible
    // inputs (analytic ST ≈ 1e-4) are checked against an absolute tolerance instead.
    for (let i = 0; i < 4; i++) {
      expect(Math.abs(s.S1[i] - g.S1[i]), `S1 of x${i + 1}`).toBeLessThanOrEqual(s.S1Conf[i]);
      expect(Math.abs(s.ST[i] - g.ST[i]), `ST of x${i + 1}`).toBeLessThanOrEqual(s.STConf[i]);
    }
    for (let i = 4; i < 8; i++) {
      expect(Math.abs(s.S1[i] - g.S1[i]), `S1 of x${i + 1}`).toBeLessThan(0.01);
      expect(Math.abs(s.ST[i] - g.ST[i]), `ST of x${i + 1}`).toBeLessThan(1e-4);
    }
    expect(s.ST[0]).toBeGreaterThan(s.ST[1]);
    expect(s.ST[1]).toBeGreaterThan(s.ST[2]);
  });

  it("gives NaN for a constant output and rejects a design of the wrong size", () => {
    const s = sobolIndices(new Float64Array(4 * 5).fill(3), 3, 4, { resamples: 10 });
    expect(Number.isNaN(s.S1[0]) && Number.isNaN(s.ST[2])).toBe(true);
    expect(() => sobolIndices(new Float64Array(19), 3, 4)).toThrow(/has 20 outputs, got 19/);
  });
});
