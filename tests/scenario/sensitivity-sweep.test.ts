/**
 * Morris, Sobol' and design sweeps: validation with positions, their cells, the mapping
 * between unit points and parameter values, `set:`, and the analysis of a finished sweep.
 */
import { describe, expect, it } from "vitest";
import { messages, parseSweep, readDesign, sweepSensitivity, type SweepRun } from "../../sim/scenario/index.ts";
import { unitOf, valueAt } from "../../sim/scenario/sensitivity-design.ts";
import { brief, cellsOf, diagnosticsOf } from "./helpers.ts";

const files: Record<string, string> = {};
const sweep = (text: string) => parseSweep(text, { fileName: "s.yaml", readFile: (p) => files[p] });
const VARY = "vary:\n  run.days: { int: { min: 10, max: 40 } }\n  residents.initialCameraShare: { uniform: { min: 0.1, max: 0.4 } }\n";

describe("morris and sobol sweeps", () => {
  it("a Morris sweep has r (d + 1) cells, one parameter changing per step, values inside the ranges", () => {
    const r = sweep(`base: baseline\nsampler: morris\ntrajectories: 4\nlevels: 4\n${VARY}`);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const cells = cellsOf(r.sweep.plan());
    expect(cells).toHaveLength(4 * 3);
    for (let t = 0; t < cells.length; t += 3) {
      for (let k = t; k < t + 2; k++) {
        const changed = Object.keys(cells[k].params).filter((p) => cells[k].params[p] !== cells[k + 1].params[p]);
        expect(changed.length).toBeLessThanOrEqual(1); // rounding of whole numbers may leave a step unchanged
      }
    }
    for (const c of cells) {
      expect(Number.isInteger(c.params["run.days"])).toBe(true);
      expect(c.params["run.days"]).toBeGreaterThanOrEqual(10);
      expect(c.params["run.days"]).toBeLessThanOrEqual(40);
    }
    // the grid's levels 0, 1/3, 2/3, 1 of [0.1, 0.4]
    expect(new Set(cells.map((c) => c.params["residents.initialCameraShare"]))).toEqual(
      new Set([0.1, 0.2, 0.3, 0.4].filter((v) => cells.some((c) => c.params["residents.initialCameraShare"] === v))),
    );
  });

  it("a Sobol' sweep has N (d + 2) cells, N (2d + 2) with second order", () => {
    const r = sweep(`base: baseline\nsampler: sobol\nsamples: 8\n${VARY}`);
    const r2 = sweep(`base: baseline\nsampler: sobol\nsamples: 8\ncalcSecondOrder: true\n${VARY}`);
    if (!r.ok || !r2.ok) throw new Error("sweeps did not parse");
    expect(cellsOf(r.sweep.plan())).toHaveLength(8 * 4);
    expect(cellsOf(r2.sweep.plan())).toHaveLength(8 * 6);
    expect(r2.sweep.calcSecondOrder).toBe(true);
  });

  it("maps unit points to values and back: intervals, whole numbers, lists", () => {
    const uni = { uniform: { min: 2, max: 6 } };
    expect(valueAt(uni, undefined, 0.25, "sobol")).toBe(3);
    expect(unitOf(uni, undefined, 3)).toBe(0.25);
    const int = { int: { min: 0, max: 3 } };
    expect([0, 1 / 3, 2 / 3, 1].map((u) => valueAt(int, undefined, u, "morris"))).toEqual([0, 1, 2, 3]);
    expect([0, 0.24, 0.26, 0.99].map((u) => valueAt(int, undefined, u, "sobol"))).toEqual([0, 0, 1, 3]);
    const list = { values: [false, true] };
    expect([0, 1 / 3, 2 / 3, 1].map((u) => valueAt(list, undefined, u, "morris"))).toEqual([false, false, true, true]);
    expect(unitOf(list, undefined, true)).toBe(1);
  });

  it("reports sampler problems with positions", () => {
    const ds = diagnosticsOf(
      sweep("base: baseline\nsampler: sobol\nsamples: 12\ntrajectories: 3\nvary:\n  run.days: { normal: { mean: 30, sd: 5 } }\n"),
    );
    expect(ds.map(brief)).toEqual([
      `3:10 not-power-of-two ${messages.notPowerOfTwo(12)}`,
      `4:1 not-for-sampler ${messages.notForSampler("trajectories", "morris", "sobol")}`,
      `6:15 sampler-mismatch ${messages.sensitivityKind("normal", "sobol")}`,
    ]);
    expect(diagnosticsOf(sweep(`base: baseline\nsampler: morris\n${VARY}`)).map((d) => d.code)).toEqual(["trajectories-required"]);
    expect(diagnosticsOf(sweep(`base: baseline\nsampler: morris\ntrajectories: 4\nlevels: 5\n${VARY}`)).map(brief)).toEqual([
      `4:9 odd-levels ${messages.oddLevels(5)}`,
    ]);
    expect(diagnosticsOf(sweep("base: baseline\nsampler: morris\ntrajectories: 4\n")).map((d) => d.code)).toEqual(["vary-required"]);
  });
});

describe("set:", () => {
  it("applies fixed values to the base scenario and checks them", () => {
    const r = sweep(`base: baseline\nset:\n  neighbourhood.households: 300\n  run.days: 20\n${VARY}sampler: morris\ntrajectories: 2\n`);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.sweep.base.neighbourhood.households).toBe(300);
    expect(r.sweep.base.run.days).toBe(20);
    const ds = diagnosticsOf(sweep(`base: baseline\nset:\n  run.dayz: 20\n  run.days: 0\n${VARY}sampler: sobol\nsamples: 4\n`));
    expect(ds.map(brief)).toEqual([
      `3:3 unknown-param ${messages.unknownParam("run.dayz", "run.days")}`,
      `4:13 out-of-range ${messages.outOfRange(0, { min: 1, max: 3650, int: true })}`,
    ]);
  });
});

describe("design sweeps", () => {
  it("runs the rows of a CSV file; its columns become the sweep's parameters", () => {
    files["design.csv"] = 'run.days,policy.name\n10,none\n20,"portal-partnership"\n\n';
    const r = sweep("base: baseline\nsampler: design\ndesign: design.csv\nreplications: 2\n");
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(cellsOf(r.sweep.plan()).map((c) => c.params)).toEqual([
      { "run.days": 10, "policy.name": "none" },
      { "run.days": 20, "policy.name": "portal-partnership" },
    ]);
    expect(Object.keys(r.sweep.vary)).toEqual(["run.days", "policy.name"]);
    expect(r.sweep.design?.file).toBe("design.csv");
  });

  it("names the row and column of each problem, at the design file's line:column", () => {
    const r = readDesign("run.days,run.warmupDay,policy.name\n10,1,none\n0,2,portl\n5,3\n", "d.csv");
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      `d.csv:1:10 unknown-param ${messages.unknownParam("run.warmupDay", "run.warmupDays")}`,
      `d.csv:3:1 out-of-range row 2, column "run.days": ${messages.outOfRange(0, { min: 1, max: 3650, int: true })}`,
      expect.stringMatching(/^d\.csv:3:5 bad-enum row 2, column "policy.name": /),
      `d.csv:4:3 design-row-length ${messages.designRowLength(3, 3, 2)}`,
    ]);
  });

  it("refuses vary with a design, a missing design file, and an empty one", () => {
    files["empty.csv"] = "run.days\n";
    expect(diagnosticsOf(sweep(`base: baseline\nsampler: design\ndesign: design.csv\n${VARY}`)).map((d) => d.code)).toEqual(["vary-with-design"]);
    expect(diagnosticsOf(sweep("base: baseline\nsampler: design\ndesign: nope.csv\n")).map(brief)).toEqual([
      `3:9 design-not-found ${messages.designNotFound("nope.csv", "nope.csv")}`,
    ]);
    expect(diagnosticsOf(sweep("base: baseline\nsampler: design\ndesign: empty.csv\n")).map((d) => d.code)).toEqual(["design-empty"]);
  });
});

describe("sweepSensitivity", () => {
  const plan = `base: baseline\nsampler: morris\ntrajectories: 8\n${VARY}replications: 2\n`;

  function runsOf(f: (days: number, share: number) => number, noise: (rep: number) => number): SweepRun[] {
    const r = sweep(plan);
    if (!r.ok) throw new Error("sweep did not parse");
    return cellsOf(r.sweep.plan()).flatMap((c) =>
      [0, 1].map((replication) => ({
        cellIndex: c.index,
        replication,
        params: c.params,
        result: { y: f(c.params["run.days"] as number, c.params["residents.initialCameraShare"] as number) + noise(replication) },
      })),
    );
  }
  const parsed = sweep(plan);
  if (!parsed.ok) throw new Error("sweep did not parse");
  const def = {
    vary: parsed.sweep.vary,
    sampler: "morris" as const,
    cells: 24,
    replications: 2,
    seed: 1,
  };

  it("finds the slopes of the response per whole range, averaging replications", () => {
    // y = 2 days + 100 share: across the ranges, days moves y by 60, share by 30
    const out = sweepSensitivity(
      def,
      runsOf(
        (d, s) => 2 * d + 100 * s,
        (rep) => (rep === 0 ? 1 : -1),
      ),
    );
    const days = out.rows.find((r) => r.parameter === "run.days")!;
    const share = out.rows.find((r) => r.parameter === "residents.initialCameraShare")!;
    expect(days.mu_star).toBeCloseTo(60, 6);
    expect(share.mu_star).toBeCloseTo(30, 6);
    expect(days.sigma).toBeLessThan(1e-6); // the noise cancels in the average
    expect(Number.isNaN(days.S1)).toBe(true);
  });

  it("without averaging, replication noise shows in sigma", () => {
    const out = sweepSensitivity(
      def,
      runsOf(
        (d, s) => 2 * d + 100 * s,
        (rep) => (rep === 0 ? 3 : -3),
      ),
      { average: false },
    );
    expect(out.rows.find((r) => r.parameter === "run.days")!.sigma).toBeLessThan(1e-6); // each copy has the same noise on every run
    const noisy = sweepSensitivity(
      def,
      runsOf(
        (d) => d,
        () => 0,
      ).map((r, i) => ({ ...r, result: { y: r.result.y + (i % 3) } })),
      { average: false },
    );
    expect(noisy.rows.find((r) => r.parameter === "run.days")!.sigma).toBeGreaterThan(0.5);
  });

  it("refuses incomplete sweeps and other samplers", () => {
    const runs = runsOf(
      (d) => d,
      () => 0,
    );
    expect(() => sweepSensitivity(def, runs.slice(1))).toThrow(/has 47 of its 48 runs/);
    expect(() => sweepSensitivity({ ...def, sampler: "lhs" }, runs)).toThrow(/needs a sweep with sampler morris or sobol/);
  });
});
