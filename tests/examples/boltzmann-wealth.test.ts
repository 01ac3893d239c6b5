import { describe, expect, it } from "vitest";
import { createRng, MultiGrid } from "../../sim/core/index.ts";
import { BoltzmannWealth, randomMooreNeighbour } from "../../sim/examples/boltzmann-wealth.ts";
import { BOLTZMANN_CONFIGS } from "../../sim/examples/mesa-configurations.ts";

describe("Boltzmann wealth (Mesa's basic example)", () => {
  it("starts equal (Gini 0) and settles in the known stationary range 0.5-0.7", () => {
    const model = new BoltzmannWealth({ n: 100, width: 10, height: 10, seed: 7 });
    expect(model.gini()).toBe(0);
    model.runSteps(300);
    const gini = model.datacollector.column("Gini");
    expect(gini.length).toBe(301); // the initial collection plus one a step
    // Average over the last 100 steps to smooth step-to-step noise.
    let late = 0;
    for (let i = gini.length - 100; i < gini.length; i++) late += gini[i];
    late /= 100;
    expect(late).toBeGreaterThan(0.5);
    expect(late).toBeLessThan(0.7);
  });

  it("conserves total wealth and never lets wealth go negative", () => {
    const model = new BoltzmannWealth({ ...BOLTZMANN_CONFIGS.small.params, seed: 3 });
    model.runSteps(50);
    let total = 0;
    for (const a of model.people) {
      expect(a.wealth).toBeGreaterThanOrEqual(0);
      total += a.wealth;
    }
    expect(total).toBe(100);
  });

  it("collects every agent's wealth every step, like Mesa's agent reporter", () => {
    const model = new BoltzmannWealth({ n: 20, width: 5, height: 5, seed: 1 });
    model.runSteps(4);
    const rows = model.datacollector.agentRows();
    expect(rows.length).toBe(20 * 5);
    expect(rows.every((r) => typeof r.Wealth === "number")).toBe(true);
  });

  it("is deterministic: the same seed gives byte-identical data", () => {
    const run = (seed: number) => {
      const m = new BoltzmannWealth({ n: 200, width: 10, height: 10, seed });
      m.runSteps(40);
      return m.datacollector.toCSV() + m.datacollector.agentCSV();
    };
    expect(run(11)).toBe(run(11));
    expect(run(11)).not.toBe(run(12));
  });

  it("moves agents to exactly the grid's Moore neighbourhood, each cell equally often", () => {
    const rng = createRng(1);
    for (const [w, h, torus] of [
      [10, 10, false],
      [5, 4, true],
      [1, 6, false],
      [2, 2, true],
    ] as const) {
      const grid = new MultiGrid<unknown>(w, h, { torus });
      for (let cell = 0; cell < w * h; cell++) {
        const hood = [...grid.neighborhoodOfCell(cell)].sort((a, b) => a - b);
        const counts = new Map<number, number>();
        const draws = 400 * hood.length;
        for (let i = 0; i < draws; i++) {
          const c = randomMooreNeighbour(grid, cell, rng);
          counts.set(c, (counts.get(c) ?? 0) + 1);
        }
        expect([...counts.keys()].sort((a, b) => a - b)).toEqual(hood);
        // Each of k cells expects 400 draws; 5 standard deviations is under 100.
        for (const n of counts.values()) expect(Math.abs(n - 400)).toBeLessThan(100);
      }
    }
  });
});
