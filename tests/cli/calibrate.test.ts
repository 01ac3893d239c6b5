/**
 * `doorstep calibrate` end to end. On the toy model (fast): the files it writes, the same
 * bytes with 1 and 2 workers, kill -9 then --resume giving the same bytes, and input
 * errors with positions. On the surveillance model: synthetic truth, i.e. the targets of
 * one run with known parameters are recovered (each truth inside its 90% interval, and the
 * interval narrower than the prior's).
 */
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../sim/node.ts";
import { runScenario } from "../../sim/index.ts";
import { FIXTURES, realCli, spawnToyCli, toyCli } from "./cli-process.ts";

const TOY = join(FIXTURES, "toy-calibration.yaml");
const TOTAL = 3 * 16 * 2; // generations x proposals x replications
const FILES = ["posterior.csv", "summary.csv", "generations.csv"];
const tmp = mkdtempSync(join(tmpdir(), "doorstep-calibrate-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const text = (dir: string, f: string) => readFileSync(join(dir, f), "utf8");
const journalLines = (dir: string) =>
  [0, 1, 2].reduce(
    (n, g) => n + (existsSync(join(dir, `runs-gen-${g}.jsonl`)) ? text(dir, `runs-gen-${g}.jsonl`).split("\n").filter(Boolean).length : 0),
    0,
  );

function calibrateOk(out: string, ...extra: string[]) {
  const r = toyCli(["calibrate", TOY, "--out", out, "--no-progress", ...extra]);
  expect(r.stderr).toBe("");
  expect(r.code).toBe(0);
  return r;
}

const reference = join(tmp, "reference");
let referenceStdout = "";
beforeAll(() => {
  referenceStdout = calibrateOk(reference, "--workers", "1").stdout;
});

describe("doorstep calibrate (toy model)", () => {
  it("writes the posterior, its summary and the generations, and prints the summary", () => {
    const posterior = text(reference, "posterior.csv").trim().split("\n");
    expect(posterior[0]).toBe("particle,run.days,distance,weight,packages_delivered");
    expect(posterior).toHaveLength(1 + 8);
    const rows = posterior.slice(1).map((l) => l.split(",").map(Number));
    const weights = rows.map((r) => r[3]);
    expect(weights.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    for (let i = 1; i < rows.length; i++) expect(rows[i][2]).toBeGreaterThanOrEqual(rows[i - 1][2]);
    // The toy delivers Poisson(20) a day: about 20 days give the 400 packages of the target.
    const summary = text(reference, "summary.csv").trim().split("\n");
    expect(summary[0]).toBe("parameter,median,lower_5,upper_95,mode,probability");
    const [, median, lo, hi] = summary[1].split(",").map(Number);
    expect(lo).toBeLessThanOrEqual(20);
    expect(hi).toBeGreaterThanOrEqual(20);
    expect(Math.abs(median - 20)).toBeLessThanOrEqual(3);
    expect(text(reference, "generations.csv").trim().split("\n")).toHaveLength(4);
    expect(referenceStdout).toMatch(/^toy-calibration: abc-smc, 3 generation\(s\) of 16 parameter sets x 2 replication\(s\); kept 8/);
    expect(referenceStdout).toMatch(/\nrun\.days +\d+(\.\d+)? +\[\d+(\.\d+)?, \d+(\.\d+)?\]\n/);
    expect(journalLines(reference)).toBe(TOTAL);
  });

  it("gives identical files with 2 workers", () => {
    const out = join(tmp, "workers-2");
    calibrateOk(out, "--workers", "2");
    for (const f of FILES) expect(text(out, f)).toBe(text(reference, f));
  });

  it("survives kill -9 and resumes to the same bytes", async () => {
    const out = join(tmp, "killed");
    const child = spawnToyCli(["calibrate", TOY, "--out", out, "--workers", "2", "--no-progress"], { DOORSTEP_TOY_RUN_MS: "60" });
    const exited = new Promise((r) => child.on("exit", r));
    for (let i = 0; i < 600 && journalLines(out) < 40; i++) await new Promise((r) => setTimeout(r, 25));
    child.kill("SIGKILL");
    await exited;
    const done = journalLines(out);
    expect(done).toBeGreaterThanOrEqual(40);
    expect(done).toBeLessThan(TOTAL);
    expect(existsSync(join(out, "posterior.csv"))).toBe(false);
    const refused = toyCli(["calibrate", TOY, "--out", out, "--no-progress"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/already holds a calibration; add --resume/);
    const again = toyCli(["calibrate", TOY, "--out", out, "--no-progress", "--resume"]);
    expect(again.code).toBe(0);
    expect(again.stderr).toMatch(/resuming generation 0: \d+ of 32 runs already done/);
    expect(journalLines(out)).toBe(TOTAL);
    for (const f of FILES) expect(text(out, f)).toBe(text(reference, f));
  });

  it("reports a target that is not a summary metric at its line and column, before running anything", () => {
    const file = join(tmp, "bad.yaml");
    writeFileSync(
      file,
      readFileSync(TOY, "utf8")
        .replace("base: ./toy.yaml", `base: ${relative(tmp, join(FIXTURES, "toy.yaml"))}`)
        .replace("packages_delivered:", "packages_delivred:"),
    );
    const out = join(tmp, "bad-out");
    const r = toyCli(["calibrate", file, "--out", out, "--no-progress"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(
      `doorstep: ${file}:8:3  targets.packages_delivred  unknown summary metric "packages_delivred", did you mean "packages_delivered"?\n`,
    );
    expect(existsSync(out)).toBe(false);
  });
});

describe("doorstep calibrate (surveillance model, synthetic truth)", () => {
  it("recovers the camera share and parcel volume a run was made with", () => {
    // Truth: small-town-truth.yaml (share 0.4, 4 parcels a week) run with its own seed.
    const truth = loadScenarioFile(join(FIXTURES, "small-town-truth.yaml"));
    if (!truth.ok) throw new Error("truth scenario does not load");
    const observed = runScenario(truth.scenario).summary;
    const file = join(tmp, "truth-calibration.yaml");
    writeFileSync(
      file,
      readFileSync(join(FIXTURES, "small-town-calibration.yaml"), "utf8")
        .replace("base: ./small-town.yaml", `base: ${relative(tmp, join(FIXTURES, "small-town.yaml"))}`)
        .replace("value: 0.3,", `value: ${observed.camera_adoption},`)
        .replace("value: 120,", `value: ${observed.packages_delivered},`),
    );
    const out = join(tmp, "truth");
    const r = realCli(["calibrate", file, "--out", out, "--workers", "2", "--no-progress"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const rows = Object.fromEntries(
      text(out, "summary.csv")
        .trim()
        .split("\n")
        .slice(1)
        .map((l) => l.split(","))
        .map(([name, median, lo, hi]) => [name, { median: Number(median), lo: Number(lo), hi: Number(hi) }]),
    );
    const check = (name: string, truthValue: number, priorMin: number, priorMax: number) => {
      const s = rows[name];
      expect(s.lo, name).toBeLessThanOrEqual(truthValue);
      expect(s.hi, name).toBeGreaterThanOrEqual(truthValue);
      // The data say something: the interval is narrower than the prior's central 90%.
      expect(s.hi - s.lo, name).toBeLessThan(0.9 * (priorMax - priorMin));
    };
    check("residents.initialCameraShare", 0.4, 0.05, 0.8);
    check("deliveries.parcelsPerHouseholdPerWeek", 4, 1, 8);
  }, 120_000);
});
