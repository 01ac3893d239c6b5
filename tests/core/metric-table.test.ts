/** MetricTable and the DataCollector's metrics: counts restart each collect, levels persist, groups add to totals. */
import { describe, expect, it } from "vitest";
import { DataCollector, metricColumns, MetricTable, type MetricSpec } from "../../sim/core/index.ts";

const SPECS = [
  { name: "arrests", unit: "arrests", description: "Arrests.", kind: "count", byGroup: true, label: "Arrests" },
  { name: "adoption", unit: "fraction", description: "Share with a camera.", kind: "level", label: "Adoption" },
] as const satisfies readonly MetricSpec[];

describe("MetricTable", () => {
  it("expands by-group metrics into columns right after their total", () => {
    expect(metricColumns(SPECS, ["a", "b"]).map((c) => [c.name, c.label])).toEqual([
      ["arrests", "Arrests"],
      ["arrests__a", "Arrests, group a"],
      ["arrests__b", "Arrests, group b"],
      ["adoption", "Adoption"],
    ]);
    expect(() => metricColumns(SPECS, ["a", "a"])).toThrow(/listed twice/);
    expect(() => metricColumns(SPECS, ["x__y"])).toThrow(/group name/);
  });

  it("keeps counts per period and levels until set again, in growable columns", () => {
    const t = new MetricTable(SPECS, ["a", "b"]);
    for (let day = 0; day < 100; day++) {
      t.incGroup("arrests", day % 2, 2);
      if (day === 0) t.set("adoption", 0.25);
      t.close();
    }
    expect(t.rowCount).toBe(100);
    expect(Array.from(t.column("arrests").subarray(0, 3))).toEqual([2, 2, 2]);
    expect(Array.from(t.column("arrests__b").subarray(0, 3))).toEqual([0, 2, 0]);
    expect(t.column("adoption")[99]).toBe(0.25);
    expect(() => t.incGroup("adoption", "a")).toThrow(/not broken down by group/);
    expect(() => t.incGroup("arrests", "z")).toThrow(/unknown group "z"/);
  });
});

describe("DataCollector with metrics", () => {
  it("closes the metrics' row at each collect, beside the model reporters, and writes them to CSV", () => {
    const model = { steps: 0, n: 7 };
    const dc = new DataCollector<typeof model, never, (typeof SPECS)[number]["name"]>({
      modelReporters: { n: (m) => m.n },
      metrics: SPECS,
      groups: ["a"],
      stepName: "day",
    });
    dc.inc("arrests");
    dc.set("adoption", 0.5);
    dc.collect(model);
    model.steps = 1;
    dc.collect(model);
    expect(dc.modelRows()).toEqual([
      { day: 0, n: 7, arrests: 1, arrests__a: 0, adoption: 0.5 },
      { day: 1, n: 7, arrests: 0, arrests__a: 0, adoption: 0.5 },
    ]);
    expect(dc.toCSV()).toBe("day,n,arrests,arrests__a,adoption\n0,7,1,0,0.5\n1,7,0,0,0.5\n");
    expect(() => new DataCollector({ modelReporters: { day: () => 1 }, stepName: "day" })).toThrow(/reserved/);
  });
});
