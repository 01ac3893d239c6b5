/**
 * The pool runner hands the pool the biggest runs first (household-days, warm-up included;
 * ties in run order) and reports every result under its own spec, whatever the order; a
 * sweep builds the same order from its lazy plan (cli/sweep/run-order.ts).
 */
import { describe, expect, it } from "vitest";
import { biggestFirst, cellCosts } from "../../cli/sweep/run-order.ts";
import type { BatchRow, RunSpec } from "../../sim/core/batch.ts";
import { defaultScenario, parseSweep } from "../../sim/scenario/index.ts";
import { createPoolRunner, estimatedCost, runInOrder } from "../../workers/pool-runner.ts";
import type { WorkerPool } from "../../workers/pool.ts";
import type { RunJob } from "../../workers/pool-worker-api.ts";

/** A pool that runs nothing: it records the job order and answers with each job's size. */
function recordingPool(order: number[]): WorkerPool {
  return {
    size: 2,
    async run(jobs, onResult) {
      for (const job of jobs) {
        order.push(job.id);
        onResult(job, { households: job.scenario.neighbourhood.households, days: job.scenario.run.days });
      }
    },
    async close() {},
  };
}

const spec = (runIndex: number, households: number, days: number): RunSpec => ({
  runIndex,
  cellIndex: runIndex,
  replication: 0,
  seed: 100 + runIndex,
  params: { "neighbourhood.households": households, "run.days": days },
});

describe("pool runner", () => {
  it("starts the biggest runs first, ties in run order, and keys results by spec", async () => {
    const order: number[] = [];
    const runner = createPoolRunner(recordingPool(order), defaultScenario());
    const specs = [spec(0, 200, 10), spec(1, 2000, 10), spec(2, 200, 100), spec(3, 400, 10), spec(4, 2000, 10)];
    const got = new Map<number, Record<string, number>>();
    await runner.run(specs, (s, r) => got.set(s.runIndex, r));
    // warm-up days count too: (households x (warm-up + days))
    expect(order).toEqual([1, 4, 2, 3, 0]);
    for (const s of specs) {
      expect(got.get(s.runIndex)).toEqual({ households: s.params["neighbourhood.households"], days: s.params["run.days"] });
    }
  });

  it("estimates a run's work in household-days, warm-up included, and honours a days override", () => {
    const sc = defaultScenario();
    const job: RunJob = { id: 0, scenario: sc, seed: 1 };
    expect(estimatedCost(job)).toBe(sc.neighbourhood.households * (sc.run.warmupDays + sc.run.days));
    expect(estimatedCost({ ...job, days: 5 })).toBe(sc.neighbourhood.households * (sc.run.warmupDays + 5));
  });
});

describe("runInOrder and a sweep's run order", () => {
  const sweep = parseSweep(
    "base: baseline\nreplications: 3\nseed: 2\nvary:\n  neighbourhood.households: { values: [200, 2000, 400] }\n  run.days: { values: [10, 100] }\n",
    { fileName: "s.yaml" },
  );
  if (!sweep.ok) throw new Error("sweep fixture invalid");
  const { base } = sweep.sweep;
  const plan = sweep.sweep.plan();

  it("biggestFirst gives, lazily, the order longestFirst gives the listed plan; runInOrder keeps it", async () => {
    const listed: number[] = [];
    await createPoolRunner(recordingPool(listed), base).run([...plan.runs()], () => undefined);
    const streamed: number[] = [];
    const got = new Map<number, Record<string, number>>();
    await runInOrder(recordingPool(streamed), base, biggestFirst(plan, cellCosts(base, plan, null), null, new Map()), (s, r) =>
      got.set(s.runIndex, r),
    );
    expect(streamed).toEqual(listed);
    expect(got.size).toBe(plan.size);
    for (const [i, r] of got)
      expect(r).toEqual({ households: plan.runAt(i).params["neighbourhood.households"], days: plan.runAt(i).params["run.days"] });
  });

  it("a shard's order skips other shards' runs and the runs already done", () => {
    const shard = { index: 2, count: 4 };
    const done = new Map([[5, {} as BatchRow]]);
    const order = [...biggestFirst(plan, cellCosts(base, plan, shard), shard, done)].map((s) => s.runIndex);
    const expected = Array.from({ length: plan.size }, (_, i) => i).filter((i) => i % 4 === 1 && i !== 5);
    expect([...order].sort((a, b) => a - b)).toEqual(expected);
  });
});
