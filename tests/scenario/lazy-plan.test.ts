/**
 * Sweep plans are lazy: counted at once, run i built on demand, never a list of every run.
 * Their runs are byte-identical to the eager construction they replaced (digests in
 * plan-golden.ts), and a plan far over the run limit is counted, refused by `validate`
 * and still gives its last run, all without allocating the plan.
 */
import { createHash } from "node:crypto";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { runSeed, type RunPlan } from "../../sim/core/index.ts";
import { loadSweepFile } from "../../sim/scenario/load-file.ts";
import { formatDiagnostic, messages, parseSweep, sweepRunPlan, type Sweep } from "../../sim/scenario/index.ts";
import { MAX_SWEEP_RUNS } from "../../sim/scenario/plan-size.ts";
import { PLAN_DIGESTS, PLAN_FILES, PLAN_TEXTS } from "./plan-golden.ts";
import { ROOT } from "./helpers.ts";

function digest(plan: RunPlan): [number, string] {
  const runs = [...plan.runs()];
  return [runs.length, createHash("sha256").update(JSON.stringify(runs)).digest("hex").slice(0, 16)];
}

function mustParse(r: { ok: true; sweep: Sweep } | { ok: false; diagnostics: Parameters<typeof formatDiagnostic>[0][] }): Sweep {
  if (!r.ok) throw new Error(r.diagnostics.map(formatDiagnostic).join("\n"));
  return r.sweep;
}

describe("lazy sweep plans give the runs of the eager construction", () => {
  for (const file of PLAN_FILES) {
    it(file, () => {
      const sweep = mustParse(loadSweepFile(join(ROOT, file)));
      expect(digest(sweep.plan())).toEqual(PLAN_DIGESTS[file]);
    });
  }
  for (const [name, text] of Object.entries(PLAN_TEXTS)) {
    it(`${name} sampler, every kind of vary entry`, () => {
      const sweep = mustParse(parseSweep(text, { fileName: "s.yaml" }));
      const plan = sweep.plan();
      expect(digest(plan)).toEqual(PLAN_DIGESTS[name]);
      // By index, in any order, equals the sequence.
      const last = plan.size - 1;
      expect(plan.runAt(last)).toEqual([...plan.runs(last)][0]);
      expect([...plan.runs(1, 3)].map((r) => r.runIndex)).toEqual(Array.from({ length: Math.ceil((plan.size - 1) / 3) }, (_, k) => 1 + 3 * k));
    });
  }
});

describe("a plan of 10 million runs", () => {
  const vary = {
    "neighbourhood.irregularity": { range: { from: 0, to: 0.5, steps: 1000 } },
    "cameras.fps": { range: { from: 1, to: 60, steps: 1000 } },
  };
  const text = `base: baseline\nseed: 4\nreplications: 10\nvary:\n  neighbourhood.irregularity: { range: { from: 0, to: 0.5, steps: 1000 } }\n  cameras.fps: { range: { from: 1, to: 60, steps: 1000 } }\n`;

  it("is counted and gives its last run at once, without allocating the plan", () => {
    const heap0 = process.memoryUsage().heapUsed;
    const t0 = performance.now();
    const plan = sweepRunPlan({ vary, sampler: "grid", seed: 4, replications: 10 });
    expect(plan.size).toBe(10_000_000);
    expect(plan.cellCount).toBe(1_000_000);
    const last = plan.runAt(9_999_999);
    const seconds = (performance.now() - t0) / 1000;
    expect(last).toEqual({
      runIndex: 9_999_999,
      cellIndex: 999_999,
      replication: 9,
      seed: runSeed(4, 999_999, 9),
      params: { "neighbourhood.irregularity": 0.5, "cameras.fps": 60 },
    });
    expect(plan.runAt(10).params).toEqual({ "neighbourhood.irregularity": 0, "cameras.fps": expect.closeTo(1 + 59 / 999, 9) });
    // 10 million run objects would take gigabytes and many seconds.
    expect(seconds).toBeLessThan(1);
    expect(process.memoryUsage().heapUsed - heap0).toBeLessThan(20 * 1024 * 1024);
  });

  it("of any sampler is counted before any cell is drawn", () => {
    const heap0 = process.memoryUsage().heapUsed;
    const uniform = { "cameras.fps": { uniform: { min: 1, max: 60 } }, "neighbourhood.irregularity": { uniform: { min: 0, max: 0.5 } } };
    const sizes = [
      sweepRunPlan({ vary: uniform, sampler: "lhs", samples: 5_000_000, seed: 1, replications: 2 }).size,
      sweepRunPlan({ vary: uniform, sampler: "random", samples: 5_000_000, seed: 1, replications: 2 }).size,
      sweepRunPlan({ vary: uniform, sampler: "morris", trajectories: 1_000_000, levels: 4, seed: 1, replications: 5 }).size,
      sweepRunPlan({ vary: uniform, sampler: "sobol", samples: 2 ** 20, seed: 1, replications: 2 }).size,
    ];
    expect(sizes).toEqual([10_000_000, 10_000_000, 15_000_000, 2 ** 23]);
    expect(process.memoryUsage().heapUsed - heap0).toBeLessThan(20 * 1024 * 1024);
  });

  it("is refused by validate with its size, the limit and file:line:column", () => {
    const r = parseSweep(text, { fileName: "huge.yaml" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.code} ${d.message}`)).toEqual([
      `huge.yaml:3:15 plan-too-large ${messages.planTooLarge(1_000_000, 10, MAX_SWEEP_RUNS)}`,
    ]);
  });
});
