import { describe, expect, it } from "vitest";
import { Schelling } from "../../sim/examples/schelling.ts";
import { SCHELLING_CONFIGS } from "../../sim/examples/mesa-configurations.ts";

describe("Schelling segregation (Mesa's basic example)", () => {
  it("raises the share of similar neighbours well above its start", () => {
    const model = new Schelling({ ...SCHELLING_CONFIGS.small.params, seed: 5 });
    const start = model.similarShare();
    // Random placement with half minority, half majority: about half of neighbours match.
    expect(start).toBeGreaterThan(0.4);
    expect(start).toBeLessThan(0.6);
    model.runSteps(20);
    const end = model.similarShare();
    expect(end).toBeGreaterThan(start + 0.15);
    expect(end).toBeGreaterThan(0.7);
  });

  it("makes most agents happy and keeps every agent on its own cell", () => {
    const model = new Schelling({ ...SCHELLING_CONFIGS.small.params, seed: 9 });
    const pctHappy = model.datacollector.column("pct_happy");
    const before = pctHappy[0];
    model.runSteps(20);
    const after = model.datacollector.column("pct_happy");
    expect(after[after.length - 1]).toBeGreaterThan(before);
    expect(after[after.length - 1]).toBeGreaterThan(90);
    const seen = new Set<number>();
    for (const a of model.residents) {
      expect(seen.has(a.cell)).toBe(false);
      seen.add(a.cell);
    }
    expect(seen.size).toBe(model.agents.size);
  });

  it("collects Mesa's reporters every step", () => {
    const model = new Schelling({ width: 10, height: 10, density: 0.8, seed: 2 });
    model.runSteps(3);
    const rows = model.datacollector.modelRows();
    expect(rows.length).toBe(4);
    for (const r of rows) {
      expect(r.population).toBe(model.agents.size);
      expect(r.pct_happy).toBeCloseTo((r.happy / r.population) * 100, 10);
      expect(r.minority_pct).toBeGreaterThan(0);
    }
    expect(model.datacollector.agentRows().length).toBe(4 * model.agents.size);
  });

  it("is deterministic: the same seed gives byte-identical data", () => {
    const run = (seed: number) => {
      const m = new Schelling({ ...SCHELLING_CONFIGS.large.params, width: 30, height: 30, seed });
      m.runSteps(5);
      return m.datacollector.toCSV() + m.datacollector.agentCSV();
    };
    expect(run(4)).toBe(run(4));
    expect(run(4)).not.toBe(run(5));
  });
});
