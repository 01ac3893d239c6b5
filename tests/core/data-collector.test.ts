import { describe, expect, it } from "vitest";
import { Agent, csvField, DataCollector, Model } from "../../sim/core/index.ts";

class Saver extends Agent {
  wealth = 0;
  override step(): void {
    this.wealth += this.id;
  }
}

class Bank extends Model {
  dc = new DataCollector<Bank, Saver>({
    modelReporters: { total: (m) => m.agents.agg((a) => (a as Saver).wealth, "sum"), 'odd, "name"': () => NaN },
    agentReporters: { wealth: (a) => a.wealth },
  });
  constructor() {
    super({ seed: 1 });
    for (let i = 0; i < 3; i++) new Saver(this);
  }
  override step(): void {
    this.agents.do("step");
    if (this.steps === 2) this.agents.toArray()[0].remove();
    this.dc.collect(this);
  }
}

describe("DataCollector", () => {
  it("collects model reporters into columns, one value per collect", () => {
    const m = new Bank();
    m.runSteps(3);
    expect(Array.from(m.dc.column("total"))).toEqual([6, 10, 15]);
    expect(Array.from(m.dc.steps())).toEqual([1, 2, 3]);
    expect(m.dc.rowCount).toBe(3);
    expect(m.dc.modelRows()[1]).toEqual({ step: 2, total: 10, 'odd, "name"': NaN });
    expect(() => m.dc.column("nope")).toThrow(/no model reporter "nope"/);
  });

  it("collects agent reporters columnar: step, agentId, value", () => {
    const m = new Bank();
    m.runSteps(3);
    expect(m.dc.agentRowCount).toBe(3 + 2 + 2);
    expect(m.dc.agentRows()).toEqual([
      { step: 1, agentId: 1, wealth: 1 },
      { step: 1, agentId: 2, wealth: 2 },
      { step: 1, agentId: 3, wealth: 3 },
      { step: 2, agentId: 2, wealth: 4 },
      { step: 2, agentId: 3, wealth: 6 },
      { step: 3, agentId: 2, wealth: 6 },
      { step: 3, agentId: 3, wealth: 9 },
    ]);
    expect(Array.from(m.dc.agentColumn("wealth"))).toEqual([1, 2, 3, 4, 6, 6, 9]);
    expect(Array.from(m.dc.agentIds())).toEqual([1, 2, 3, 2, 3, 2, 3]);
  });

  it("grows past its initial capacity", () => {
    const dc = new DataCollector<{ steps: number }>({ modelReporters: { sq: (m) => m.steps * m.steps } });
    for (let s = 0; s < 1000; s++) dc.collect({ steps: s });
    const col = dc.column("sq");
    expect(col.length).toBe(1000);
    expect(col[999]).toBe(999 * 999);
  });

  it("exports CSV with quoted headers and empty fields for NaN", () => {
    const m = new Bank();
    m.runSteps(2);
    expect(m.dc.toCSV()).toBe('step,total,"odd, ""name"""\n1,6,\n2,10,\n');
    expect(m.dc.agentCSV().split("\n").slice(0, 3)).toEqual(["step,agentId,wealth", "1,1,1", "1,2,2"]);
    expect(csvField("plain")).toBe("plain");
    expect(csvField("two\nlines")).toBe('"two\nlines"');
  });

  it("refuses reserved names and models without agents", () => {
    expect(() => new DataCollector({ modelReporters: { step: () => 0 } })).toThrow(/reserved/);
    const dc = new DataCollector<object>({ agentReporters: { x: () => 1 } });
    expect(() => dc.collect({})).toThrow(/no iterable `agents`/);
  });
});
