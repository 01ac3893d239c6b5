/** Sweep files: validation with positions, cells from each sampler, applyParams. */
import { describe, expect, it } from "vitest";
import { loadSweepFile } from "../../sim/scenario/load-file.ts";
import { applyParams, defaultScenario, linspace, messages, parseSweep, POLICY_NAMES, sweepCells } from "../../sim/scenario/index.ts";
import { brief, cellsOf, diagnosticsOf, FIXTURES } from "./helpers.ts";

const sweep = (text: string) => parseSweep(text, { fileName: "s.yaml" });

describe("parseSweep", () => {
  it("loads a preset-based grid sweep and computes its cells", () => {
    const r = sweep(
      "base: portal-partnership\nvary:\n  run.days: { values: [30, 60] }\n  policy.retentionDays: { range: { from: 0, to: 60, steps: 3 } }\nreplications: 3\nseed: 5\n",
    );
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.sweep).toMatchObject({ name: "s", sampler: "grid", replications: 3, seed: 5, baseFile: "preset:portal-partnership" });
    expect(r.sweep.base.policy.portal).toBe(true);
    expect(cellsOf(r.sweep.plan()).map((c) => c.params)).toEqual([
      { "run.days": 30, "policy.retentionDays": 0 },
      { "run.days": 30, "policy.retentionDays": 30 },
      { "run.days": 30, "policy.retentionDays": 60 },
      { "run.days": 60, "policy.retentionDays": 0 },
      { "run.days": 60, "policy.retentionDays": 30 },
      { "run.days": 60, "policy.retentionDays": 60 },
    ]);
  });

  it("reports every problem at once with positions and exact messages", () => {
    const ds = diagnosticsOf(loadSweepFile(`${FIXTURES}/sweep-many-errors.yaml`));
    expect(ds.map(brief)).toEqual([
      `5:18 out-of-range ${messages.outOfRange(0, { min: 1, max: 3650, int: true })}`,
      `5:21 wrong-type ${messages.wrongType("number", "long")}`,
      `7:20 bad-enum ${messages.badEnum("portl", POLICY_NAMES, "portal-partnership")}`,
      `9:5 wrong-type ${messages.notNumeric("range", "boolean")}`,
    ]);
    expect(ds[2].path).toEqual(["vary", "policy.name", "values", 1]);
  });

  it("unknown parameter path suggests the nearest valid one", () => {
    const [d] = diagnosticsOf(sweep("base: baseline\nvary:\n  run.dais: { values: [1] }\n"));
    expect(brief(d)).toBe(`3:3 unknown-param ${messages.unknownParam("run.dais", "run.days")}`);
  });

  it("distributions need random or lhs, and those need samples", () => {
    const [d] = diagnosticsOf(sweep("base: baseline\nvary:\n  run.days: { int: { min: 1, max: 9 } }\n"));
    expect(brief(d)).toBe(`3:15 sampler-mismatch ${messages.samplerMismatch("int", "grid")}`);
    const [e] = diagnosticsOf(sweep("base: baseline\nvary:\n  run.days: { int: { min: 1, max: 9 } }\nsampler: lhs\n"));
    expect(brief(e)).toBe(`4:10 samples-required ${messages.samplesRequired("lhs")}`);
  });

  it("a vary entry with two kinds, or none, is a bad-vary", () => {
    const [d] = diagnosticsOf(sweep("base: baseline\nvary:\n  run.days: { values: [1], choice: [2] }\n"));
    expect(brief(d)).toBe(
      `3:13 bad-vary ${messages.badVary(["values", "choice"], ["values", "range", "uniform", "int", "normal", "lognormal", "choice"])}`,
    );
    expect(diagnosticsOf(sweep("base: baseline\nvary: {}\n"))[0]).toMatchObject({ code: "bad-vary", message: messages.emptyVary() });
  });

  it("an unknown key in the sweep itself", () => {
    const [d] = diagnosticsOf(sweep("base: baseline\nvary:\n  run.days: { values: [1] }\nreplicatons: 3\n"));
    expect(brief(d)).toBe(`4:1 unknown-key ${messages.unknownKey("replicatons", "replications", [])}`);
  });

  it("problems in the base scenario are reported in the base file", () => {
    const files: Record<string, string> = { "d/base.yaml": "run:\n  days: -1\n" };
    const r = parseSweep("base: ./base.yaml\nvary:\n  run.seed: { values: [1, 2] }\n", { fileName: "d/s.yaml", readFile: (p) => files[p] });
    const [d] = diagnosticsOf(r);
    expect(d).toMatchObject({ file: "d/base.yaml", line: 2, column: 9, code: "out-of-range" });
  });

  it("a missing base file", () => {
    const r = parseSweep("base: ./nope.yaml\nvary:\n  run.seed: { values: [1] }\n", { fileName: "d/s.yaml", readFile: () => undefined });
    expect(brief(diagnosticsOf(r)[0])).toBe(`1:7 base-not-found ${messages.extendsNotFound("./nope.yaml", "d/nope.yaml", "base")}`);
  });
});

describe("sweepCells", () => {
  it("Latin hypercube: deterministic, clamped to ranges, integers stay integers", () => {
    const r = loadSweepFile(`${FIXTURES}/sweep-lhs.yaml`);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    const cells = cellsOf(r.sweep.plan());
    expect(cells).toHaveLength(40);
    expect(cellsOf(r.sweep.plan())).toEqual(cells);
    const share = cells.map((c) => c.params["residents.initialCameraShare"] as number);
    expect(Math.max(...share)).toBe(1); // normal(0.9, 0.5) clamped to the 0..1 range
    expect(Math.min(...share)).toBeGreaterThanOrEqual(0);
    for (const c of cells) {
      expect(Number.isInteger(c.params["sting.baits"])).toBe(true);
      expect(["none", "full-partnership"]).toContain(c.params["policy.name"]);
      applyParams(r.sweep.base, c.params);
    }
    // Latin hypercube: the 40 baits values cover 1..40 in 40 strata, so they spread out.
    expect(new Set(cells.map((c) => c.params["sting.baits"])).size).toBeGreaterThan(25);
  });

  it("random sampling depends on the seed only", () => {
    const plan = { vary: { "run.days": { uniform: { min: 10, max: 20 } } }, sampler: "random" as const, samples: 5, seed: 3 };
    const cells = (p: typeof plan) => {
      const source = sweepCells(p);
      return Array.from({ length: source.count }, (_, i) => source.cellAt(i));
    };
    const a = cells(plan);
    expect(cells(plan)).toEqual(a);
    expect(cells({ ...plan, seed: 4 })).not.toEqual(a);
    for (const c of a) expect(Number.isInteger(c.params["run.days"])).toBe(true);
  });

  it("linspace has no float noise", () => {
    expect(linspace(0.05, 0.45, 5)).toEqual([0.05, 0.15, 0.25, 0.35, 0.45]);
    expect(linspace(1, 0, 3)).toEqual([1, 0.5, 0]);
  });
});

describe("applyParams", () => {
  it("sets dotted paths and re-validates", () => {
    const s = applyParams(defaultScenario(), { "run.days": 12, "sting.enabled": true });
    expect(s.run.days).toBe(12);
    expect(s.sting.enabled).toBe(true);
    expect(defaultScenario().run.days).not.toBe(12);
  });

  it("policy.name selects the bundle afresh; switches in the same params still apply", () => {
    const base = applyParams(defaultScenario(), { "policy.retentionDays": 5 });
    const s = applyParams(base, { "policy.name": "direct-requests", "policy.warrantRequired": true });
    expect(s.policy).toMatchObject({ name: "direct-requests", directRequests: true, warrantRequired: true, retentionDays: 60 });
  });

  it("reaches into name -> number maps", () => {
    const s = applyParams(defaultScenario(), { "residents.suspiciousBias.b": 1.5 });
    expect(s.residents.suspiciousBias.b).toBe(1.5);
    const r = sweep("base: baseline\nvary:\n  residents.suspiciousBias.b: { values: [1, 2] }\n");
    expect(r.ok && r.sweep.plan().cellCount).toBe(2);
  });

  it("throws with every problem for unknown paths and bad values", () => {
    expect(() => applyParams(defaultScenario(), { "run.dayz": 3 })).toThrow(messages.unknownParam("run.dayz", "run.days"));
    expect(() => applyParams(defaultScenario(), { "run.days": 0, "policy.portal": "yes" })).toThrow(
      /run\.days {2}expected an integer from 1 to 3650, found 0\n\s+policy\.portal {2}expected boolean, found string "yes"/,
    );
  });
});

describe("sweep value types", () => {
  it("a map where a value belongs names the accepted types", () => {
    const [d] = diagnosticsOf(sweep("base: baseline\nvary:\n  run.days:\n    values: [30, { a: 1 }]\n"));
    expect(brief(d)).toBe(`4:18 wrong-type ${messages.wrongType("number or string or boolean", { a: 1 })}`);
  });
});
