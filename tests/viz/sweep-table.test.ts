import { describe, it, expect } from "vitest";
import { readFileSync } from "node:fs";
import { readSweepTable, groupMean, distinct, classifyColumns } from "../../viz/sweeps/sweep-table.ts";

const fixture = readFileSync(new URL("../e2e/fixtures/runs.csv", import.meta.url));
const bytes = () => fixture.buffer.slice(fixture.byteOffset, fixture.byteOffset + fixture.byteLength) as ArrayBuffer;

describe("sweep tables", () => {
  it("finds the dotted parameter columns and the metric columns", async () => {
    const t = await readSweepTable("runs.csv", bytes());
    expect(t.rows).toHaveLength(27);
    expect(t.params).toEqual(["policy.name", "residents.initialCameraShare"]);
    expect(t.metrics).toEqual(["packages_stolen", "arrests", "innocents_in_shared_footage", "perceived_crime"]);
    expect(distinct(t.rows, "residents.initialCameraShare")).toEqual([0.05, 0.25, 0.45]);
  });
  it("averages a metric over replications per parameter combination", async () => {
    const t = await readSweepTable("runs.csv", bytes());
    const g = groupMean(t.rows, ["policy.name", "residents.initialCameraShare"], "packages_stolen");
    expect(g).toHaveLength(9);
    const first = t.rows
      .filter((r) => r["policy.name"] === "none" && r["residents.initialCameraShare"] === 0.05)
      .map((r) => r.packages_stolen as number);
    expect(g[0].ci.mean).toBeCloseTo(first.reduce((a, b) => a + b, 0) / 3, 10);
    expect(g[0].ci.n).toBe(3);
  });
  it("refuses a table that is not a sweep table", async () => {
    const buf = new TextEncoder().encode("a,b\n1,2\n").buffer as ArrayBuffer;
    await expect(readSweepTable("other.csv", buf)).rejects.toThrow(/not a sweep table: it has no runIndex, cellIndex, replication, seed columns/);
  });
  it("without dotted names, takes columns constant within each cell as parameters", () => {
    const rows = [
      { runIndex: 0, cellIndex: 0, replication: 0, seed: 1, k: 1, m: 5 },
      { runIndex: 1, cellIndex: 0, replication: 1, seed: 2, k: 1, m: 6 },
      { runIndex: 2, cellIndex: 1, replication: 0, seed: 3, k: 2, m: 7 },
    ];
    expect(classifyColumns(Object.keys(rows[0]), rows)).toEqual({ params: ["k"], metrics: ["m"] });
  });
});
