/** `doorstep run`, `compare`, `validate` and `schema` on the toy model: outputs and their shape. */
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { ROOT, toyCli } from "./cli-process.ts";

const TOY = "tests/fixtures/cli/toy.yaml";
const tmp = mkdtempSync(join(tmpdir(), "doorstep-run-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("doorstep run", () => {
  it("writes manifest.json, daily.csv, summary.json, cases.csv and arrests.csv and prints the headline table", () => {
    const out = join(tmp, "run");
    const r = toyCli(["run", TOY, "--seed", "9", "--days", "12", "--set", "run.warmupDays=1", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^toy {2}seed 9 {2}13 days\n/);
    expect(r.stdout).toMatch(/packages_stolen +\d+ +packages/);
    expect(readdirSync(out).sort()).toEqual(["arrests.csv", "cases.csv", "daily.csv", "manifest.json", "summary.json"]);
    // The toy model has no police: the event-level files hold their header only.
    expect(readFileSync(join(out, "cases.csv"), "utf8")).toMatch(/^case_id,day_reported,household,victim_group,evidence,[^\n]*\n$/);
    expect(readFileSync(join(out, "arrests.csv"), "utf8")).toBe("arrest_id,day,person,group,rightful,via,case_id\n");
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest).toMatchObject({ command: "run", seed: 9, totalDays: 13, scenarioFile: TOY, overrides: { "run.warmupDays": 1 } });
    expect(manifest.scenario.run.warmupDays).toBe(1);
    expect(manifest.doorstep).toMatch(/^\d+\.\d+\.\d+$/);
    expect(Date.parse(manifest.finished) - Date.parse(manifest.started)).toBeGreaterThanOrEqual(0);
    expect(manifest.durationSeconds).toBeGreaterThanOrEqual(0);
    const daily = readFileSync(join(out, "daily.csv"), "utf8").trim().split("\n");
    expect(daily[0]).toBe("day,packages_delivered,packages_stolen,camera_adoption");
    expect(daily).toHaveLength(14);
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    const stolen = daily.slice(2).reduce((a, l) => a + Number(l.split(",")[2]), 0);
    expect(summary.packages_stolen).toBe(stolen);
    // Non-TTY progress: plain lines on stderr, no carriage returns.
    expect(r.stderr).not.toContain("\r");
  });

  it("the same seed gives the same daily.csv; the default folder is results/runs/<name>-s<seed>-<stamp>", () => {
    const a = join(tmp, "a");
    const b = join(tmp, "b");
    toyCli(["run", TOY, "--out", a, "--no-progress"]);
    toyCli(["run", TOY, "--out", b, "--no-progress"]);
    expect(readFileSync(join(a, "daily.csv"), "utf8")).toBe(readFileSync(join(b, "daily.csv"), "utf8"));
    const refused = toyCli(["run", TOY, "--out", a, "--no-progress"]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/is not empty/);
    const home = join(tmp, "home");
    mkdirSync(home);
    expect(toyCli(["run", join(ROOT, TOY), "--no-progress"], {}, home).code).toBe(0);
    expect(toyCli(["run", join(ROOT, TOY), "--no-progress", "--seed", "4"], {}, home).code).toBe(0);
    const folders = readdirSync(join(home, "results", "runs")).sort();
    expect(folders).toHaveLength(2);
    expect(folders[0]).toMatch(/^toy-s3-\d{8}T\d{6}Z$/);
    expect(folders[1]).toMatch(/^toy-s4-\d{8}T\d{6}Z$/);
  });
});

describe("doorstep compare", () => {
  it("prints means, intervals and paired differences; a scenario against itself differs by exactly 0", () => {
    const r = toyCli(["compare", TOY, "tests/fixtures/cli/toy-busy.yaml", "--replications", "4", "--workers", "2", "--no-progress"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("4 replications per scenario");
    expect(r.stdout).toMatch(/metric +unit +scenario +mean +95% interval +diff vs toy +95% interval +clear/);
    expect(r.stdout).toMatch(/packages_stolen +packages +toy +[\d.]+ +\[[\d.]+, [\d.]+\]/);
    expect(r.stdout).toMatch(/\n +toy-busy +[\d.]+ +\[[\d.]+, [\d.]+\] +[-+]?[\d.]+ +\[[-+]?[\d.]+, [-+]?[\d.]+\]/);
    // A share reads as on the dashboard: a percentage, its difference in percentage points.
    expect(r.stdout).toMatch(/camera_adoption +%.*diff in pp +toy +[\d.]+% +\[[\d.]+%, [\d.]+%\]/);
    expect(r.stdout).toMatch(/\n +toy-busy +[\d.]+% +\[[\d.]+%, [\d.]+%\] +[-+]?[\d.]+ pp +\[[-+]?[\d.]+ pp, [-+]?[\d.]+ pp\]/);
    const self = toyCli(["compare", TOY, "tests/fixtures/cli/toy-copy.yaml", "--replications", "3", "--no-progress"]);
    expect(self.code).toBe(0);
    expect(self.stdout).toMatch(/\n +toy-copy +[\d.]+ +\[[\d.]+, [\d.]+\] +0 +\[0, 0\]/);
  });
});

describe("doorstep patterns", () => {
  it("prints the calibration targets and the validation patterns, n/a where the model has nothing to measure", () => {
    const r = toyCli(["patterns", TOY, "--replications", "2", "--workers", "1", "--no-progress"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("2 replications of");
    expect(r.stdout).toMatch(/Calibration targets \(figures the defaults were tuned to\): \d+ of \d+ ok/);
    expect(r.stdout).toMatch(/Validation patterns \(figures no parameter was tuned to\): \d+ of \d+ ok/);
    expect(r.stdout).toMatch(/figure +model mean +95% interval +published +source +verdict/);
    // The toy model has no posts: the figure is n/a, not 0.
    expect(r.stdout).toMatch(/share of posts not about any crime.* n\/a .*markup-latimes-nd-lapd-posts +n\/a/);
  });
});

describe("doorstep validate and schema", () => {
  it("validate prints ok per valid file and every problem of the others; exit 1 if any fails", () => {
    const r = toyCli(["validate", TOY, "tests/fixtures/cli/toy-sweep.yaml", "tests/fixtures/cli/bad.yaml"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`ok  ${TOY}\nok  tests/fixtures/cli/toy-sweep.yaml\n`);
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(2);
    expect(toyCli(["validate", TOY]).code).toBe(0);
  });

  it("schema prints the JSON Schema, or writes it with --out", () => {
    const r = toyCli(["schema"]);
    expect(r.code).toBe(0);
    const schema = JSON.parse(r.stdout);
    expect(schema.properties.run.properties.seed).toBeDefined();
    const out = join(tmp, "schema", "scenario.schema.json");
    expect(toyCli(["schema", "--out", out]).code).toBe(0);
    expect(JSON.parse(readFileSync(out, "utf8"))).toEqual(schema);
  });
});
