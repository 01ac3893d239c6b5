/** The Node worker pool: results independent of pool size, crashed workers replaced and their job re-run. */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { hashSeed } from "../../sim/core/index.ts";
import type { Summary } from "../../sim/index.ts";
import { createWorkerPool, type WorkerPool } from "../../workers/pool.ts";
import type { RunJob } from "../../workers/pool-worker-api.ts";
import { toyFactory } from "../fixtures/workers/toy-factory.ts";

const ENTRY = new URL("../fixtures/workers/toy-pool-worker.ts", import.meta.url);
const parsed = toyFactory.parse("name: toy\nrun:\n  days: 30\n  warmupDays: 3\n", "toy.yaml");
if (!parsed.ok) throw new Error("fixture scenario invalid");
const jobs: RunJob[] = Array.from({ length: 10 }, (_, id) => ({ id, scenario: parsed.scenario, seed: hashSeed("pool-test", id) }));

async function table(pool: WorkerPool): Promise<string> {
  const rows = new Map<number, Summary>();
  await pool.run(jobs, (job, summary) => rows.set(job.id, summary));
  return JSON.stringify([...rows].sort((a, b) => a[0] - b[0]));
}

let pools: WorkerPool[] = [];
afterEach(async () => {
  await Promise.all(pools.map((p) => p.close()));
  pools = [];
});

describe("worker pool", () => {
  it("takes jobs from a generator one at a time: never more than the workers ahead of the results", async () => {
    const pool = createWorkerPool({ size: 2, entry: ENTRY });
    pools.push(pool);
    let taken = 0;
    let reported = 0;
    let mostAhead = 0;
    function* lazyJobs(): Generator<RunJob> {
      for (const job of jobs) {
        taken++;
        mostAhead = Math.max(mostAhead, taken - reported);
        yield job;
      }
    }
    const rows = new Map<number, Summary>();
    await pool.run(lazyJobs(), (job, summary) => {
      reported++;
      rows.set(job.id, summary);
    });
    expect(rows.size).toBe(jobs.length);
    expect(mostAhead).toBeLessThanOrEqual(2);
    expect(JSON.stringify([...rows].sort((a, b) => a[0] - b[0]))).toBe(await table(pool));
  });

  it("gives identical tables for 1, 2 and 4 workers", async () => {
    const tables = [];
    for (const size of [1, 2, 4]) {
      const pool = createWorkerPool({ size, entry: ENTRY });
      pools.push(pool);
      tables.push(await table(pool));
    }
    expect(JSON.parse(tables[0])).toHaveLength(10);
    expect(tables[1]).toBe(tables[0]);
    expect(tables[2]).toBe(tables[0]);
  });

  it("replaces a worker that exits mid-job and runs that job again", async () => {
    const dir = mkdtempSync(join(tmpdir(), "doorstep-pool-"));
    const marker = join(dir, "crashed");
    process.env.DOORSTEP_CRASH_MARKER = marker;
    process.env.DOORSTEP_CRASH_JOB = "4";
    try {
      const crashes: number[] = [];
      const pool = createWorkerPool({ size: 2, entry: ENTRY, onCrash: (job) => crashes.push(job.id) });
      pools.push(pool);
      const crashed = await table(pool);
      expect(crashes).toEqual([4]);
      delete process.env.DOORSTEP_CRASH_MARKER;
      const clean = createWorkerPool({ size: 1, entry: ENTRY });
      pools.push(clean);
      expect(crashed).toBe(await table(clean));
    } finally {
      delete process.env.DOORSTEP_CRASH_MARKER;
      delete process.env.DOORSTEP_CRASH_JOB;
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it("reports a model error as a failed run, not a crash", async () => {
    const pool = createWorkerPool({ size: 1, entry: ENTRY });
    pools.push(pool);
    const bad = { ...jobs[0], days: -1 };
    await expect(pool.run([bad], () => undefined)).rejects.toThrow(/run 0 .*failed/);
  });
});
