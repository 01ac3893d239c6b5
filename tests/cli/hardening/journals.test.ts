/**
 * Journals and folders (issue 20): journal lines are bound to their sweep by a digest,
 * the same sweep spelled by another path is the same sweep, one process per folder, a kill
 * during the manifest write does not block --resume, empty shards merge, no temporary
 * file survives, and the resume message says what really happens.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { EXIT } from "../../../cli/exit-codes.ts";
import { FIXTURES, ROOT, toyCli } from "../cli-process.ts";

const SWEEP = join(FIXTURES, "toy-sweep.yaml");
const tmp = mkdtempSync(join(tmpdir(), "doorstep-journals-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const read = (dir: string, f: string) => readFileSync(join(dir, f), "utf8");
const lines = (dir: string) => read(dir, "runs.jsonl").split("\n").filter(Boolean);

function sweep(file: string, out: string, ...extra: string[]) {
  return toyCli(["sweep", file, "--out", out, "--no-progress", "--workers", "1", ...extra], {}, ROOT, 120_000);
}

const reference = join(tmp, "reference");
beforeAll(() => {
  expect(sweep(SWEEP, reference).code).toBe(0);
}, 120_000);

describe("journal lines are bound to their sweep", () => {
  it("a line of a sweep with the same plan but another base is dropped, counted and run again", () => {
    // Sweep B: the same vary, replications and seed, another base scenario.
    const other = join(tmp, "other-sweep.yaml");
    writeFileSync(other, read(FIXTURES, "toy-sweep.yaml").replace("base: ./toy.yaml", `base: ${join(FIXTURES, "toy-busy.yaml")}`));
    const b = join(tmp, "b");
    expect(sweep(other, b).code).toBe(0);
    const a = join(tmp, "a");
    mkdirSync(a);
    for (const f of ["manifest.json", "runs.jsonl"]) copyFileSync(join(reference, f), join(a, f));
    const foreign = lines(b).find((l) => JSON.parse(l).runIndex === 0)!;
    writeFileSync(join(a, "runs.jsonl"), [foreign, ...lines(reference).filter((l) => JSON.parse(l).runIndex !== 0)].join("\n") + "\n");
    const r = sweep(SWEEP, a, "--resume");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(
      "doorstep: dropped 1 journal line(s) that were unfinished, corrupt, repeated or of another sweep; 1 run(s) still to run",
    );
    expect(read(a, "runs.csv")).toBe(read(reference, "runs.csv"));
  });

  it("the same sweep file spelled relative and absolute is the same sweep for --resume", () => {
    const out = join(tmp, "spelled");
    const rel = relative(ROOT, SWEEP);
    expect(sweep(rel, out).code).toBe(0);
    rmSync(join(out, "runs.csv"));
    const r = sweep(SWEEP, out, "--resume");
    expect(r.stderr).not.toContain("different sweep");
    expect(r.code).toBe(0);
    expect(read(out, "runs.csv")).toBe(read(reference, "runs.csv"));
  });

  it("a journal whose only fault is a repeated line says every run is done, not that runs will run again", () => {
    const out = join(tmp, "repeated");
    mkdirSync(out);
    copyFileSync(join(reference, "manifest.json"), join(out, "manifest.json"));
    writeFileSync(join(out, "runs.jsonl"), [...lines(reference), lines(reference)[0]].join("\n") + "\n");
    const r = sweep(SWEEP, out, "--resume");
    expect(r.code).toBe(0);
    expect(r.stderr).toContain("dropped 1 journal line(s)");
    expect(r.stderr).toContain("every run is done");
    expect(r.stderr).not.toContain("will run again");
  });
});

describe("folders", () => {
  it("a second process on a locked folder is refused, naming the holder", () => {
    const out = join(tmp, "locked");
    mkdirSync(out);
    writeFileSync(join(out, ".doorstep-lock"), JSON.stringify({ host: hostname(), pid: process.pid, since: "2026-01-01T00:00:00Z" }));
    const r = sweep(SWEEP, out);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toBe(
      `doorstep: "${out}" is in use by another doorstep sweep (process ${process.pid} on ${hostname()}, since 2026-01-01T00:00:00Z); wait for it, or choose another --out\n`,
    );
    expect(readdirSync(out)).toEqual([".doorstep-lock"]);
  });

  it("a stale lock (its process is gone) is taken over; the lock is removed at the end", () => {
    const out = join(tmp, "stale-lock");
    mkdirSync(out);
    writeFileSync(join(out, ".doorstep-lock"), JSON.stringify({ host: hostname(), pid: 2 ** 22 + 7, since: "2026-01-01T00:00:00Z" }));
    expect(sweep(SWEEP, out).code).toBe(0);
    expect(existsSync(join(out, ".doorstep-lock"))).toBe(false);
  });

  it("a kill while the manifest was written does not block --resume, and leaves no temporary behind", () => {
    const out = join(tmp, "killed-manifest");
    mkdirSync(out);
    writeFileSync(join(out, "manifest.json.tmp-424242"), read(reference, "manifest.json").slice(0, 100));
    const r = sweep(SWEEP, out, "--resume");
    expect(r.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(["manifest.json", "runs.csv", "runs.jsonl", "runs.parquet"]);
    expect(read(out, "runs.csv")).toBe(read(reference, "runs.csv"));
  });

  it("shards with no runs merge", () => {
    // Two runs in three shards: shard 3 holds none and never opens a journal.
    const small = join(tmp, "two-runs.yaml");
    writeFileSync(small, `name: two-runs\nbase: ${join(FIXTURES, "toy.yaml")}\nvary:\n  run.days: { values: [20, 30] }\nseed: 5\n`);
    const whole = join(tmp, "two-whole");
    expect(sweep(small, whole).code).toBe(0);
    const dirs = [1, 2, 3].map((i) => join(tmp, `two-shard-${i}`));
    dirs.forEach((d, k) => expect(sweep(small, d, "--shard", `${k + 1}/3`).code).toBe(0));
    const merged = join(tmp, "two-merged");
    const r = toyCli(["merge", ...dirs, "--out", merged], {}, ROOT, 60_000);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(read(merged, "runs.csv")).toBe(read(whole, "runs.csv"));
  });
});
