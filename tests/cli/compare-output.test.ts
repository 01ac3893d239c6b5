/**
 * What `doorstep compare` prints (cli/compare/compare-output.ts): headline metrics unless
 * --all, intervals clipped to each metric's valid range, clear differences marked, CSV and
 * JSON with nulls; and help examples that name files which exist.
 */
import { existsSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import {
  compareRows,
  formatCompareCsv,
  formatCompareJson,
  formatCompareTable,
  validRange,
  type CompareReport,
} from "../../cli/compare/compare-output.ts";
import { HEADLINE_METRICS, runScenario, defaultScenario, type MetricInfo } from "../../sim/index.ts";
import { ROOT, toyCli } from "./cli-process.ts";

const TOY = "tests/fixtures/cli/toy.yaml";
const BUSY = "tests/fixtures/cli/toy-busy.yaml";
const info = (name: string, unit: string, kind: "count" | "level" = "count"): MetricInfo => ({ name, unit, kind, description: "" });

describe("compare rows", () => {
  const data: Record<string, number[][]> = {
    // Mostly zero counts: the t interval of the mean dips below 0.
    stolen: [
      [0, 0, 0, 4],
      [0, 0, 0, 0],
    ],
    // A share near 1: the t interval pokes above 1.
    share: [
      [0.99, 1, 0.9, 1],
      [0.5, 0.52, 0.49, 0.51],
    ],
    // A measure that can be negative keeps its interval.
    change: [
      [-3, 2, -1, 1],
      [-2, 3, 0, 2],
    ],
  };
  const infos = new Map([
    ["stolen", info("stolen", "packages")],
    ["share", info("share", "fraction of households", "level")],
  ]);
  const rows = compareRows(["stolen", "share", "change"], ["a", "b"], (k, m) => data[m][k], infos);

  it("clips intervals to the valid range: counts at 0, fractions at 0 and 1", () => {
    expect(rows[0].cells[0].own.lo).toBe(0);
    expect(rows[0].cells[0].own.hi).toBeGreaterThan(1);
    expect(rows[1].cells[0].own.hi).toBe(1);
    expect(rows[1].cells[1].diff!.lo).toBeGreaterThanOrEqual(-1);
    expect(rows[2].cells[0].own.lo).toBeLessThan(0);
    expect(validRange(undefined, [0, 2])).toEqual({ min: 0, max: Infinity });
    expect(validRange(undefined, [-1, 2])).toEqual({ min: -Infinity, max: Infinity });
  });

  it("marks a difference clear when its interval excludes 0", () => {
    expect(rows[1].cells[1].diff!.clear).toBe("lower");
    expect(rows[2].cells[1].diff!.clear).toBe("higher"); // every paired difference is +1
    expect(rows[0].cells[1].diff!.clear).toBeNull();
    expect(rows[0].cells[0].diff).toBeNull();
  });

  it("writes CSV with empty cells and JSON with nulls for undefined values", () => {
    const one = compareRows(["stolen"], ["a", "b"], (k) => [k, NaN], infos);
    const report: CompareReport = { replications: 2, seed: 1, scenarios: ["a", "b"], rows: one, precision: null };
    const csv = formatCompareCsv(report).trim().split("\n");
    expect(csv[0]).toBe("metric,unit,scenario,mean,lo,hi,diff_mean,diff_lo,diff_hi,clear");
    expect(csv[1]).toBe("stolen,packages,a,,,,,,,");
    const json = JSON.parse(formatCompareJson(report));
    expect(json.metrics[0].scenarios[1]).toEqual({
      scenario: "b",
      mean: null,
      lo: null,
      hi: null,
      diff: { mean: null, lo: null, hi: null, clear: null },
    });
    expect(json.precision).toBeNull();
  });

  it("says that one replication gives no intervals, and counts in the singular", () => {
    const single = compareRows(["stolen"], ["a", "b"], (k) => [k], infos);
    const text = formatCompareTable({ replications: 1, seed: 4, scenarios: ["a", "b"], rows: single, precision: null });
    expect(text.split("\n")[0]).toMatch(/^1 replication per scenario, seeds from 4;/);
    expect(text).toContain("With 1 replication there are no intervals (n/a)");
    const two = formatCompareTable({ replications: 2, seed: 1, scenarios: ["a", "b"], rows, precision: null });
    expect(two.split("\n")[0]).toMatch(/^2 replications per scenario/);
    expect(two).not.toContain("no intervals");
  });

  it("the headline metrics are summary metrics of the model", () => {
    const summary = runScenario(defaultScenario(), { days: 1, seed: 1 }).summary;
    for (const m of HEADLINE_METRICS) expect(Object.keys(summary)).toContain(m);
  });
});

describe("doorstep compare output", () => {
  it("shows the headline metrics by default and every metric with --all, as JSON", () => {
    const head = toyCli(["compare", TOY, BUSY, "--replications", "3", "--format", "json", "--no-progress"]);
    expect(head.code).toBe(0);
    const h = JSON.parse(head.stdout);
    expect(h.metrics.map((m: { metric: string }) => m.metric)).toEqual(["packages_stolen", "camera_adoption"]);
    expect(h).toMatchObject({ replications: 3, seed: 3, paired: true, scenarios: ["toy", "toy-busy"] });
    const all = JSON.parse(toyCli(["compare", TOY, BUSY, "--replications", "3", "--format", "json", "--all", "--no-progress"]).stdout);
    expect(all.metrics.map((m: { metric: string }) => m.metric)).toEqual(["packages_delivered", "packages_stolen", "camera_adoption", "theft_rate"]);
  });

  it("writes CSV for scripts, and refuses an unknown format", () => {
    const r = toyCli(["compare", TOY, BUSY, "--replications", "3", "--format", "csv", "--no-progress"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trim().split("\n");
    expect(lines[0]).toBe("metric,unit,scenario,mean,lo,hi,diff_mean,diff_lo,diff_hi,clear");
    expect(lines).toHaveLength(1 + 2 * 2);
    const bad = toyCli(["compare", TOY, BUSY, "--format", "xml"]);
    expect(bad.code).toBe(2);
  });

  it("every file a command's help names exists", () => {
    for (const command of ["run", "compare", "sweep", "calibrate", "validate", "merge", "schema"]) {
      const help = toyCli([command, "--help"]).stdout;
      for (const file of help.match(/scenarios\/[\w./-]+\.yaml/g) ?? [])
        expect(existsSync(join(ROOT, file)), `${command} --help names ${file}`).toBe(true);
    }
  });
});
