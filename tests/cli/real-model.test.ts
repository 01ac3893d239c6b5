/**
 * The shipped `doorstep` launcher (bin/doorstep.js) on the real surveillance model: a run
 * writes its folder, a small sweep gives byte-identical tables with 1 and 2 workers, and
 * the same sweep killed with SIGKILL and resumed ends with the same bytes.
 */
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { realCli, spawnRealCli } from "./cli-process.ts";

const tmp = mkdtempSync(join(tmpdir(), "doorstep-real-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

describe("doorstep on the surveillance model", () => {
  it("run: writes daily.csv with the model's columns and a summary with its metrics", () => {
    const out = join(tmp, "run");
    const r = realCli(["run", "tests/fixtures/cli/small-town.yaml", "--days", "2", "--out", out, "--no-progress"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^small-town {2}seed 4 {2}3 days\n/);
    expect(r.stdout).toMatch(/\npackages_delivered +\d+ +packages\n/);
    const daily = readFileSync(join(out, "daily.csv"), "utf8").trim().split("\n");
    expect(daily).toHaveLength(4);
    expect(daily[0].split(",")).toContain("packages_stolen");
    const summary = JSON.parse(readFileSync(join(out, "summary.json"), "utf8"));
    expect(summary.packages_delivered).toBeGreaterThan(0);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.scenario.neighbourhood.households).toBe(60);
    expect(manifest.scenario.policy.name).toBe("none");
    expect(manifest.timeline).toEqual([]);
  });

  it("run: writes cases.csv (one row per reported theft) and arrests.csv; thefts_cleared is the number of cleared rows", () => {
    const out = join(tmp, "run-cases");
    const busy = ["thieves.perThousandHouseholds=50", "thieves.activeDaysPerWeek=5", "residents.reportProbability=1"];
    const police = ["police.investigateProbability=1", "police.officerHoursPerDayPer1000Households=100", "police.witnessProbability=0.5"];
    const sets = [...busy, ...police].flatMap((s) => ["--set", s]);
    const r = realCli(["run", "tests/fixtures/cli/small-town.yaml", "--days", "40", "--seed", "2", "--out", out, "--no-progress", ...sets]);
    expect(r.code).toBe(0);
    const table = (file: string) =>
      readFileSync(join(out, file), "utf8")
        .trim()
        .split("\n")
        .map((l) => l.split(","));
    const daily = table("daily.csv");
    const column = (name: string) => daily.slice(1).reduce((a, row) => a + Number(row[daily[0].indexOf(name)]), 0);
    const [header, ...cases] = table("cases.csv");
    expect(header).toEqual([
      "case_id",
      "day_reported",
      "household",
      "victim_group",
      "evidence",
      "suspect_person",
      "suspect_group",
      "suspect_is_taker",
      "outcome",
      "arrest_id",
    ]);
    expect(cases).toHaveLength(column("thefts_reported"));
    const cleared = cases.filter((row) => row[8] === "cleared");
    expect(cleared.length).toBeGreaterThan(0);
    expect(cleared).toHaveLength(column("thefts_cleared"));
    const [arrestHeader, ...arrests] = table("arrests.csv");
    expect(arrestHeader).toEqual(["arrest_id", "day", "person", "group", "rightful", "via", "case_id"]);
    expect(arrests).toHaveLength(column("arrests"));
    expect(arrests.filter((row) => row[4] === "false")).toHaveLength(column("arrests_wrongful"));
  });

  it("run: records the scenario's dated changes in the manifest, with the day each applies on", () => {
    const out = join(tmp, "run-timeline");
    const r = realCli(["run", "tests/fixtures/cli/small-town-ordinance.yaml", "--out", out, "--no-progress"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const manifest = JSON.parse(readFileSync(join(out, "manifest.json"), "utf8"));
    expect(manifest.timeline).toEqual([
      { day: 1, runDay: 2, applied: true, set: { "policy.name": "warrant-required" } },
      { day: 9, runDay: 10, applied: false, set: { "policy.faceRecognition": false } },
    ]);
    expect(manifest.scenario.policy.name).toBe("portal-partnership");
  });

  it("sweep: 1 and 2 workers, and a kill -9 + --resume, give the same runs.csv and runs.parquet", async () => {
    const outs = ["1", "2"].map((n) => {
      const out = join(tmp, `sweep-${n}`);
      const r = realCli(["sweep", "tests/fixtures/cli/small-sweep.yaml", "--workers", n, "--out", out, "--no-progress"]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
      return out;
    });
    const csv = readFileSync(join(outs[0], "runs.csv"), "utf8").trim().split("\n");
    expect(csv).toHaveLength(9);
    expect(csv[0]).toMatch(/^runIndex,cellIndex,replication,seed,policy\.name,residents\.initialCameraShare,packages_delivered,/);
    expect(csv[3]).toMatch(/^2,1,0,\d+,none,0\.4,/);
    for (const f of ["runs.csv", "runs.parquet"]) {
      expect(readFileSync(join(outs[1], f)).equals(readFileSync(join(outs[0], f)))).toBe(true);
    }

    const killed = join(tmp, "sweep-killed");
    const journal = join(killed, "runs.jsonl");
    const lines = () => (existsSync(journal) ? readFileSync(journal, "utf8").split("\n").filter(Boolean).length : 0);
    const child = spawnRealCli(["sweep", "tests/fixtures/cli/small-sweep.yaml", "--workers", "1", "--out", killed, "--no-progress"]);
    const exited = new Promise((r) => child.on("exit", r));
    const deadline = Date.now() + 60_000;
    while (lines() < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    child.kill("SIGKILL");
    await exited;
    expect(lines()).toBeGreaterThanOrEqual(2);
    expect(lines()).toBeLessThan(8);
    const resumed = realCli(["sweep", "tests/fixtures/cli/small-sweep.yaml", "--workers", "2", "--out", killed, "--resume", "--no-progress"]);
    expect(resumed.code).toBe(0);
    for (const f of ["runs.csv", "runs.parquet"]) {
      expect(readFileSync(join(killed, f)).equals(readFileSync(join(outs[0], f)))).toBe(true);
    }
  }, 180_000);
});
