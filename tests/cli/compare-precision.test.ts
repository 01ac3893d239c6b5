/**
 * `compare --precision`: the maths of cli/compare/precision.ts, and the command on the toy
 * model (batches until precise, the same numbers with 1 and 2 workers, stopping at the
 * maximum and saying so, and bad targets refused before anything runs).
 */
import { describe, expect, it } from "vitest";
import { checkPrecision, nextReplications, parsePrecision } from "../../cli/compare/precision.ts";
import { toyCli } from "./cli-process.ts";

const TOY = "tests/fixtures/cli/toy.yaml";
const BUSY = "tests/fixtures/cli/toy-busy.yaml";

describe("precision targets", () => {
  it("parses absolute and relative half-widths", () => {
    expect(parsePrecision(["packages_stolen=0.5", "camera_adoption=5%"])).toEqual([
      { metric: "packages_stolen", halfWidth: 0.5, relative: false },
      { metric: "camera_adoption", halfWidth: 5, relative: true },
    ]);
    expect(() => parsePrecision(["packages_stolen"])).toThrow(/METRIC=HALFWIDTH/);
    expect(() => parsePrecision(["packages_stolen=0"])).toThrow(/above 0/);
  });

  it("checks the paired differences' half-width and asks for (t sd / h)^2 replications", () => {
    // Differences 1, 3, 1, 3: mean 2, sd 1.1547, t(0.975, 3) = 3.1824, half-width 1.8375.
    const data = [
      [10, 20, 30, 40],
      [11, 23, 31, 43],
    ];
    const [c] = checkPrecision(parsePrecision(["m=0.5"]), 2, (k) => data[k]);
    expect(c.halfWidth).toBeCloseTo(1.8375, 3);
    expect(c.met).toBe(false);
    expect(c.needed).toBe(Math.ceil(4 * (c.halfWidth / 0.5) ** 2)); // (t sd / h)^2 = n (halfwidth / h)^2
    const [rel] = checkPrecision(parsePrecision(["m=10%"]), 2, (k) => data[k]);
    expect(rel.wanted).toBeCloseTo(2.5, 12); // 10% of the first scenario's mean, 25
    expect(rel.met).toBe(true);
    expect(nextReplications(4, [c], 100)).toBe(8); // needed 55, but at most twice as many
    expect(nextReplications(4, [c], 6)).toBe(6);
    expect(nextReplications(4, [rel], 100)).toBe(4);
  });
});

describe("doorstep compare --precision", () => {
  const args = [TOY, BUSY, "--replications", "4", "--precision", "packages_stolen=3", "--precision", "packages_delivered=2%", "--no-progress"];

  it("adds replications until every interval is narrow enough, the same with 1 and 2 workers", () => {
    const one = toyCli(["compare", ...args, "--workers", "1"]);
    expect(one.stderr).toBe("");
    expect(one.code).toBe(0);
    const n = Number(/^(\d+) replications per scenario/.exec(one.stdout)?.[1]);
    expect(n).toBeGreaterThan(4);
    expect(one.stdout).toContain(`precision reached after ${n} replications`);
    expect(one.stdout).toMatch(/packages_stolen, toy-busy vs toy: half-width [\d.]+, asked 3: ok/);
    expect(one.stdout).toMatch(/packages_delivered, toy-busy vs toy: half-width [\d.]+, asked 2% of toy's mean = [\d.]+: ok/);
    const two = toyCli(["compare", ...args, "--workers", "2"]);
    expect(two.stdout).toBe(one.stdout);
  });

  it("stops at --max-replications and says the precision was not reached", () => {
    const r = toyCli([
      "compare",
      TOY,
      BUSY,
      "--replications",
      "3",
      "--precision",
      "packages_stolen=0.01",
      "--max-replications",
      "5",
      "--no-progress",
    ]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^5 replications per scenario/);
    expect(r.stdout).toContain("precision not reached: stopped at the maximum of 5 replications");
    expect(r.stdout).toMatch(/packages_stolen, toy-busy vs toy: half-width [\d.]+, asked 0.01: not reached; about \d+ replications would be needed/);
  });

  it("refuses an unknown metric before running, and --max-replications without --precision", () => {
    const r = toyCli(["compare", TOY, BUSY, "--precision", "packages_stole=1", "--no-progress"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('doorstep: --precision names "packages_stole", not a summary metric of the model (see doorstep run\'s table)\n');
    const u = toyCli(["compare", TOY, BUSY, "--max-replications", "9", "--no-progress"]);
    expect(u.code).toBe(2);
    expect(u.stderr).toBe("doorstep: --max-replications needs --precision\n");
  });
});
