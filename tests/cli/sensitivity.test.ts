/**
 * `doorstep sensitivity` end to end (toy model, real processes): a test function's indices
 * against the analytic ones, Morris and Sobol' sweeps analysed into sensitivity.csv and
 * .parquet, design sweeps, and the errors of a folder that cannot be analysed.
 */
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parquetReadObjects } from "hyparquet";
import { afterAll, describe, expect, it } from "vitest";
import { FIXTURES, toyCli } from "./cli-process.ts";

const tmp = mkdtempSync(join(tmpdir(), "doorstep-sensitivity-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** sensitivity.csv as objects (numbers parsed, empty cells NaN). */
function readCsv(file: string): Record<string, string | number>[] {
  const [head, ...lines] = readFileSync(file, "utf8").trim().split("\n");
  const cols = head.split(",");
  return lines.map((l) => Object.fromEntries(l.split(",").map((v, i) => [cols[i], i < 3 ? v : v === "" ? Number.NaN : Number(v)])));
}

function sweepAndAnalyse(name: string, ...flags: string[]) {
  const out = join(tmp, name);
  const s = toyCli(["sweep", join(FIXTURES, `${name}.yaml`), "--out", out, "--no-progress", "--workers", "2"]);
  expect(s.stderr).toBe("");
  expect(s.code).toBe(0);
  const a = toyCli(["sensitivity", out, ...flags]);
  expect(a.stderr).toBe("");
  expect(a.code).toBe(0);
  return { out, stdout: a.stdout };
}

describe("doorstep sensitivity --test-function", () => {
  it("prints and writes Ishigami's Sobol' indices, each interval holding the analytic value", () => {
    const out = join(tmp, "ishigami");
    const r = toyCli(["sensitivity", "--test-function", "ishigami", "--method", "sobol", "--samples", "8192", "--seed", "1", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ishigami: sobol analysis of 40960 evaluations/);
    expect(r.stdout).toMatch(/x1\s+0\.314 ± 0\.022\s+0\.558 ± 0\.031\s+0\.3139\s+0\.5576/);
    const rows = readCsv(join(out, "sensitivity.csv"));
    const analytic = { S1: [0.3139, 0.4424, 0], ST: [0.5576, 0.4424, 0.2437] };
    expect(rows.map((x) => x.parameter)).toEqual(["x1", "x2", "x3"]);
    rows.forEach((x, i) => {
      expect(x.method).toBe("sobol");
      expect(Math.abs((x.S1 as number) - analytic.S1[i])).toBeLessThanOrEqual(x.S1_conf as number);
      expect(Math.abs((x.ST as number) - analytic.ST[i])).toBeLessThanOrEqual(x.ST_conf as number);
      expect(Number.isNaN(x.mu_star)).toBe(true);
    });
  }, 60_000);

  it("ranks the G function's inputs with Morris", () => {
    const out = join(tmp, "g-morris");
    const r = toyCli(["sensitivity", "--test-function", "sobol-g", "--method", "morris", "--trajectories", "30", "--candidates", "90", "--out", out]);
    expect(r.code).toBe(0);
    const rows = readCsv(join(out, "sensitivity.csv"));
    const ranked = [...rows].sort((a, b) => (b.mu_star as number) - (a.mu_star as number)).map((x) => x.parameter);
    expect(ranked.slice(0, 4)).toEqual(["x1", "x2", "x3", "x4"]);
  });

  it("rejects unknown functions and a Sobol' N that is not a power of two", () => {
    expect(toyCli(["sensitivity", "--test-function", "rosenbrock"])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/unknown test function "rosenbrock"/),
    });
    expect(toyCli(["sensitivity", "--test-function", "ishigami", "--samples", "1000"])).toMatchObject({
      code: 2,
      stderr: expect.stringMatching(/power of two/),
    });
  });
});

describe("doorstep sensitivity <sweep-folder>", () => {
  it("analyses a Morris sweep: run length matters far more than warm-up for packages delivered", async () => {
    const { out, stdout } = sweepAndAnalyse("toy-morris");
    expect(stdout).toMatch(/toy-morris: morris analysis of 36 runs \(18 parameter sets x 2 replications, replications averaged\)/);
    const rows = readCsv(join(out, "sensitivity.csv"));
    expect(rows).toHaveLength(2 * 4); // 2 parameters x 4 summary metrics
    const delivered = (p: string) => rows.find((x) => x.metric === "packages_delivered" && x.parameter === p)!;
    // ~20 packages a day over 30 more days: mu* ≈ 600, far above warm-up's
    expect(delivered("run.days").mu_star).toBeGreaterThan(500);
    expect(delivered("run.days").mu_star as number).toBeGreaterThan(5 * (delivered("run.warmupDays").mu_star as number));
    const buf = readFileSync(join(out, "sensitivity.parquet"));
    const pq = await parquetReadObjects({ file: buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength) });
    expect(pq).toHaveLength(rows.length);
    expect(pq[0].metric).toBe(rows[0].metric);
    expect(pq[0].mu_star).toBe(rows[0].mu_star);
    expect(pq[0].S1).toBeNull();
  }, 120_000);

  it("analyses a Sobol' sweep with second order, averaging or not", () => {
    const { out, stdout } = sweepAndAnalyse("toy-sobol");
    expect(stdout).toMatch(/96 parameter sets x 2 replications, replications averaged/);
    const rows = readCsv(join(out, "sensitivity.csv"));
    const st = (p: string) => rows.find((x) => x.metric === "packages_delivered" && x.parameter === p)!.ST as number;
    expect(st("run.days")).toBeGreaterThan(0.7);
    expect(st("run.warmupDays")).toBeLessThan(0.1);
    expect(readFileSync(join(out, "sensitivity-s2.csv"), "utf8").split("\n")[0]).toBe("metric,parameter,parameter2,S2,S2_conf");
    const stacked = toyCli(["sensitivity", out, "--no-average", "--metric", "packages_delivered"]);
    expect(stacked.code).toBe(0);
    expect(stacked.stdout).toMatch(/replications as copies of the design/);
    expect(readCsv(join(out, "sensitivity.csv")).map((x) => x.metric)).toEqual(["packages_delivered", "packages_delivered"]);
  }, 120_000);

  it("runs a design file's rows, and refuses to analyse them", () => {
    const out = join(tmp, "design");
    expect(toyCli(["sweep", join(FIXTURES, "toy-design.yaml"), "--out", out, "--no-progress", "--workers", "1"]).code).toBe(0);
    const csv = readFileSync(join(out, "runs.csv"), "utf8").trim().split("\n");
    expect(csv.map((l) => l.split(",").slice(4, 6).join(","))).toEqual(["run.days,run.warmupDays", "12,0", "12,0", "25,3", "25,3", "40,1", "40,1"]);
    const r = toyCli(["sensitivity", out]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/sensitivity analysis needs a sweep with sampler morris or sobol/);
  });

  it("reports a bad design at the design file's line and column", () => {
    const r = toyCli(["sweep", join(FIXTURES, "toy-bad-design.yaml"), "--out", join(tmp, "bad"), "--no-progress"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/toy-bad-design\.csv:1:10 {2}run\.warmupDay {2}unknown parameter "run\.warmupDay", did you mean "run\.warmupDays"\?/);
    expect(r.stderr).toMatch(
      /toy-bad-design\.csv:3:1 {2}design\[2\]\.run\.days {2}row 2, column "run\.days": expected an integer from 1 to 3650, found 0/,
    );
  });

  it("explains a folder that is not a finished sweep", () => {
    expect(toyCli(["sensitivity", join(tmp, "nope")])).toMatchObject({ code: 1, stderr: expect.stringMatching(/no such folder/) });
    expect(toyCli(["sensitivity"])).toMatchObject({ code: 2, stderr: expect.stringMatching(/needs a sweep folder, or --test-function/) });
  });
});
