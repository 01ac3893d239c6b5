/**
 * Morris screening: the design's shape (one input moves per step, by Δ, on the grid) and
 * its answer on functions whose ranking is known.
 */
import { describe, expect, it } from "vitest";
import { morrisIndices, morrisSample } from "../../sim/core/morris.ts";
import { sobolG } from "../../sim/core/test-functions.ts";

describe("morrisSample", () => {
  it("moves exactly one input by Δ = p / (2 (p - 1)) per step, each input once per trajectory, on the grid", () => {
    const dims = 5;
    const levels = 6;
    const delta = levels / (2 * (levels - 1));
    const pts = morrisSample(dims, { trajectories: 7, levels, seed: 2 });
    expect(pts.length).toBe(7 * (dims + 1));
    for (let t = 0; t < pts.length; t += dims + 1) {
      const moved = new Set<number>();
      for (let k = t; k < t + dims; k++) {
        const changed = [...pts[k]].map((v, i) => [i, pts[k + 1][i] - v]).filter(([, d]) => d !== 0);
        expect(changed.length).toBe(1);
        expect(Math.abs(changed[0][1])).toBeCloseTo(delta, 12);
        moved.add(changed[0][0]);
      }
      expect(moved.size).toBe(dims);
    }
    for (const p of pts) for (const v of p) expect(Math.abs(v * (levels - 1) - Math.round(v * (levels - 1)))).toBeLessThan(1e-9);
  });

  it("with candidates, keeps trajectories more spread out than the first ones drawn", () => {
    const spread = (pts: Float64Array[], dims: number) => {
      const traj: Float64Array[][] = [];
      for (let t = 0; t < pts.length; t += dims + 1) traj.push(pts.slice(t, t + dims + 1));
      let s = 0;
      for (let i = 0; i < traj.length; i++)
        for (let j = i + 1; j < traj.length; j++) for (const p of traj[i]) for (const q of traj[j]) s += Math.hypot(...p.map((v, k) => v - q[k]));
      return s;
    };
    const plain = morrisSample(4, { trajectories: 6, seed: 9 });
    const chosen = morrisSample(4, { trajectories: 6, seed: 9, candidates: 40 });
    expect(chosen.length).toBe(plain.length);
    expect(spread(chosen, 4)).toBeGreaterThan(spread(plain, 4));
  });

  it("rejects odd levels and too few candidates", () => {
    expect(() => morrisSample(3, { trajectories: 4, levels: 5, seed: 1 })).toThrow(/even/);
    expect(() => morrisSample(3, { trajectories: 4, candidates: 2, seed: 1 })).toThrow(/candidates/);
  });
});

describe("morrisIndices", () => {
  it("gives the exact slopes of a linear function, with sigma 0", () => {
    const pts = morrisSample(3, { trajectories: 5, seed: 4 });
    const y = pts.map((x) => 3 * x[0] - 2 * x[1] + 0 * x[2]);
    const m = morrisIndices(pts, y, 3, { resamples: 50 });
    expect([...m.mu].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([3, -2, 0]);
    expect([...m.muStar].map((v) => Math.round(v * 1e9) / 1e9)).toEqual([3, 2, 0]);
    expect(Math.max(...m.sigma)).toBeLessThan(1e-9);
    expect([...m.effects]).toEqual([5, 5, 5]);
  });

  it("ranks the G function's important inputs first (a = 0, 1, 4.5, 9 before the four with a = 99)", () => {
    const g = sobolG();
    const pts = morrisSample(8, { trajectories: 20, levels: 4, seed: 1, candidates: 80 });
    const m = morrisIndices(
      pts,
      pts.map((x) => g.evaluate(x)),
      8,
      { seed: 1 },
    );
    const ranking = [...m.muStar.keys()].sort((a, b) => m.muStar[b] - m.muStar[a]);
    expect(ranking.slice(0, 4)).toEqual([0, 1, 2, 3]);
    // the negligible inputs' intervals lie below the least important of the four
    for (let i = 4; i < 8; i++) expect(m.muStar[i] + m.muStarConf[i]).toBeLessThan(m.muStar[3] - m.muStarConf[3]);
    // the effects of x1 interact with the others: sigma is large next to mu*
    expect(m.sigma[0]).toBeGreaterThan(0.5 * m.muStar[0]);
  });

  it("skips steps that changed no input (rounded integer inputs)", () => {
    const x = [new Float64Array([0, 0]), new Float64Array([0, 0]), new Float64Array([0, 1])];
    const m = morrisIndices(x, [1, 5, 7], 2, { resamples: 10 });
    expect([...m.effects]).toEqual([0, 1]);
    expect(Number.isNaN(m.mu[0])).toBe(true);
    expect(m.mu[1]).toBe(2);
  });
});
