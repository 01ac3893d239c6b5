/**
 * `doorstep sweep` end to end (toy model, real processes): tables independent of the
 * number of workers, Parquet readable and equal to the CSV, kill -9 and SIGINT followed by
 * --resume give the same bytes as an uninterrupted sweep, shards + merge equal the whole.
 */
import { appendFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetReadObjects } from "hyparquet";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, spawnToyCli, toyCli } from "./cli-process.ts";

const SWEEP = join(FIXTURES, "toy-sweep.yaml");
const TOTAL = 18;
const tmp = mkdtempSync(join(tmpdir(), "doorstep-sweep-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const bytes = (dir: string, f: string) => readFileSync(join(dir, f));
const definition = (dir: string) => JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8")).definition;
const journalLines = (dir: string) =>
  existsSync(join(dir, "runs.jsonl")) ? readFileSync(join(dir, "runs.jsonl"), "utf8").split("\n").filter(Boolean).length : 0;

function sweepOk(out: string, ...extra: string[]) {
  const r = toyCli(["sweep", SWEEP, "--out", out, "--no-progress", ...extra]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return r;
}

function expectSameTables(a: string, b: string) {
  expect(bytes(b, "runs.csv").equals(bytes(a, "runs.csv"))).toBe(true);
  expect(bytes(b, "runs.parquet").equals(bytes(a, "runs.parquet"))).toBe(true);
}

/** Starts a slowed-down sweep and waits until its journal holds at least `rows` runs. */
async function startAndWait(out: string, rows: number) {
  const child = spawnToyCli(["sweep", SWEEP, "--out", out, "--workers", "2", "--no-progress"], { DOORSTEP_TOY_RUN_MS: "120" });
  let stderr = "";
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((r) => child.on("exit", (code) => r(code)));
  for (let i = 0; i < 400 && journalLines(out) < rows; i++) await new Promise((r) => setTimeout(r, 25));
  return { child, exited, stderr: () => stderr };
}

const reference = join(tmp, "reference");
beforeAll(() => {
  sweepOk(reference, "--workers", "1");
});

describe("doorstep sweep", () => {
  it("writes one row per run, and Parquet that reads back equal to the CSV", async () => {
    const csv = readFileSync(join(reference, "runs.csv"), "utf8").trim().split("\n");
    expect(csv).toHaveLength(TOTAL + 1);
    expect(csv[0]).toBe("runIndex,cellIndex,replication,seed,run.days,run.warmupDays,packages_delivered,packages_stolen,camera_adoption,theft_rate");
    const buf = readFileSync(join(reference, "runs.parquet"));
    const rows = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) });
    expect(rows).toHaveLength(TOTAL);
    const header = csv[0].split(",");
    rows.forEach((row, i) => {
      const cells = csv[i + 1].split(",");
      header.forEach((h, c) => expect(String(row[h])).toBe(cells[c]));
    });
    expect(definition(reference)).toMatchObject({ totalRuns: TOTAL, cells: 6, replications: 3, seed: 11, shard: null });
  });

  it("gives identical tables with 2 and 4 workers (4 capped at the cores, saying so)", () => {
    for (const n of ["2", "4"]) {
      const out = join(tmp, `workers-${n}`);
      const r = toyCli(["sweep", SWEEP, "--out", out, "--no-progress", "--workers", n]);
      expect(r.code).toBe(0);
      // On a machine with fewer cores than asked, one line says how many workers ran.
      expect(r.stderr).toMatch(n === "2" ? /^(doorstep: using 1 worker\(s\), not 2: .*\n)?$/ : /^(doorstep: using [1-3] worker\(s\), not 4: .*\n)?$/);
      expectSameTables(reference, out);
    }
  });

  it("survives kill -9 (and a torn journal line) and resumes to the same bytes", async () => {
    const out = join(tmp, "killed");
    const run = await startAndWait(out, 4);
    run.child.kill("SIGKILL");
    await run.exited;
    const done = journalLines(out);
    expect(done).toBeGreaterThanOrEqual(4);
    expect(done).toBeLessThan(TOTAL);
    expect(existsSync(join(out, "runs.csv"))).toBe(false);
    appendFileSync(join(out, "runs.jsonl"), '{"runIndex":17,"cellIndex":5,"repl');

    const again = toyCli(["sweep", SWEEP, "--out", out, "--no-progress", "--resume"]);
    expect(again.code).toBe(0);
    expect(again.stderr).toContain("dropped 1 journal line(s) that were unfinished, corrupt, repeated or of another sweep");
    expect(again.stderr).toContain(`resuming: ${done} of ${TOTAL} runs already done`);
    expect(journalLines(out)).toBe(TOTAL);
    expectSameTables(reference, out);
  });

  it("stops cleanly on SIGINT with exit code 130 and resumes", async () => {
    const out = join(tmp, "interrupted");
    const run = await startAndWait(out, 3);
    run.child.kill("SIGINT");
    expect(await run.exited).toBe(130);
    expect(run.stderr()).toMatch(/interrupted after \d+ of 18 runs; continue with: doorstep sweep .* --resume/);
    const refused = toyCli(["sweep", SWEEP, "--out", out, "--no-progress"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds a sweep; add --resume/);
    toyCli(["sweep", SWEEP, "--out", out, "--no-progress", "--resume"]);
    expectSameTables(reference, out);
  });

  it("shards 1/3, 2/3, 3/3 merged equal the whole sweep", () => {
    const shards = [1, 2, 3].map((i) => {
      const out = join(tmp, `shard-${i}`);
      sweepOk(out, "--shard", `${i}/3`, "--workers", "1");
      expect(definition(out).shard).toEqual({ index: i, count: 3 });
      return out;
    });
    expect(shards.map(journalLines)).toEqual([6, 6, 6]);
    const merged = join(tmp, "merged");
    const r = toyCli(["merge", ...shards, "--out", merged]);
    expect(r.code).toBe(0);
    expectSameTables(reference, merged);
    expect(definition(merged)).toEqual(definition(reference));

    const missing = toyCli(["merge", shards[0], shards[2], "--out", join(tmp, "merged-missing")]);
    expect(missing.code).toBe(1);
    expect(missing.stderr.trim()).toBe("doorstep: 6 of 18 run(s) are missing: runIndex 1, 4, 7, 10, 13, 16 (is a shard unfinished or left out?)");
    const doubled = toyCli(["merge", ...shards, shards[1], "--out", join(tmp, "merged-doubled")]);
    expect(doubled.code).toBe(1);
    expect(doubled.stderr.trim()).toMatch(/^doorstep: 6 run\(s\) appear in more than one folder: runIndex 1, 4, 7/);
  });

  it("refuses to resume a folder holding a different sweep", () => {
    const out = join(tmp, "shard-1");
    const r = toyCli(["sweep", SWEEP, "--out", out, "--resume", "--no-progress"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toHaveLength(1);
    expect(r.stderr).toMatch(/holds a different sweep/);
  });
});
