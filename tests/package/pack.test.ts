/**
 * The package a user installs. A copy of the checkout is packed (`npm pack`, whose prepack
 * compiles dist/), the tarball is installed with `npm install --omit=dev` in an empty
 * folder without the network, and the installed `doorstep` works there with no dev tool:
 * `--help` without loading the model, `validate` of the shipped scenarios, `compare` on
 * worker threads, a run of a shipped scenario, and a sweep on two worker threads started
 * from dist/ that gives the same table as the sources.
 *
 * Offline: `npm install <tarball>` resolves each dependency's version range from the
 * registry's metadata, which `npm ci` never fetches (it installs the lockfile's tarballs by
 * URL), so with a cache filled by `npm ci`, `--offline` alone fails (ENOTCACHED). The test
 * therefore puts the production dependencies, copied from this checkout's node_modules,
 * into the empty folder first; npm finds them satisfied and installs only the tarball.
 */
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROOT, copyCheckout, mustRun, runIn, tempFolder } from "./checkout-copy.ts";

const FIXTURES = join(ROOT, "tests", "fixtures", "package");
const TSX = createRequire(import.meta.url).resolve("tsx");

interface LockEntry {
  dev?: boolean;
  devOptional?: boolean;
  optional?: boolean;
}

/** Paths (`node_modules/...`) of the packages a production install of this checkout holds. */
function productionPackages(): string[] {
  const lock = JSON.parse(readFileSync(join(ROOT, "package-lock.json"), "utf8")) as { packages: Record<string, LockEntry> };
  return Object.entries(lock.packages)
    .filter(([path, p]) => path.startsWith("node_modules/") && !p.dev && !p.devOptional)
    .map(([path]) => path);
}

let tmp = "";
let app = "";
let packed: string[] = [];

/** Runs the installed `doorstep` in the app folder, as a user would (npx, no network). */
const doorstep = (args: string[], env: Record<string, string> = {}) =>
  runIn(app, "npx", ["--no-install", "doorstep", ...args], { npm_config_offline: "true", ...env });

beforeAll(() => {
  tmp = tempFolder("pack");
  const checkout = copyCheckout(tmp);
  const [info] = JSON.parse(mustRun(checkout, "npm", ["pack", "--json", "--ignore-scripts=false", "--pack-destination", tmp])) as {
    filename: string;
    files: { path: string }[];
  }[];
  packed = info.files.map((f) => f.path);

  app = join(tmp, "app");
  mkdirSync(join(app, "node_modules"), { recursive: true });
  writeFileSync(join(app, "package.json"), `${JSON.stringify({ name: "app", private: true })}\n`);
  for (const path of productionPackages()) cpSync(join(ROOT, path), join(app, path), { recursive: true, dereference: true });
  mustRun(app, "npm", ["install", "--omit=dev", "--offline", "--no-audit", "--no-fund", join(tmp, info.filename)]);
  for (const f of ["town.yaml", "town-sweep.yaml"]) cpSync(join(FIXTURES, f), join(app, f));
  // A user's project is often a git repository: its commit is not doorstep's (where git is installed).
  const git = (...args: string[]) => runIn(app, "git", ["-c", "user.name=test", "-c", "user.email=test@example.org", ...args]);
  if (spawnSync("git", ["--version"]).status === 0) {
    git("init", "-q");
    git("commit", "-q", "--allow-empty", "-m", "a user's project");
  }
}, 300_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("the packed doorstep package", () => {
  it("ships the compiled CLI, the scenarios and the docs, and no sources or tests", () => {
    const needed = [
      "bin/doorstep.js",
      "dist/doorstep.js",
      "dist/pool-worker.js",
      "dist/node-engine.js",
      "package.json",
      "README.md",
      "LICENSE",
      "docs/cli.md",
      "docs/sources.md",
    ];
    for (const f of [...needed, "scenarios/baseline.yaml", "scenarios/sweeps/policy-x-adoption.yaml"]) expect(packed).toContain(f);
    const unwanted = (f: string) => f.endsWith(".ts") || /^(cli|sim|workers|viz|tests|scenarios\/broken)\//.test(f) || f === "dist/build-inputs.json";
    expect(packed.filter(unwanted)).toEqual([]);
  });

  it("installs without dev dependencies: no tsx, no esbuild", () => {
    const installed = readdirSync(join(app, "node_modules"));
    expect(installed).toContain("doorstep");
    expect(installed).not.toContain("tsx");
    expect(installed).not.toContain("esbuild");
    expect(existsSync(join(app, "node_modules", ".bin", "doorstep"))).toBe(true);
  });

  it("--help lists the commands without loading the model, the scenario schema or the workers", () => {
    const log = join(tmp, "help-imports.log");
    const bin = join(app, "node_modules", "doorstep", "bin", "doorstep.js");
    const r = runIn(app, process.execPath, ["--import", join(FIXTURES, "log-imports.mjs"), bin, "--help"], { DOORSTEP_IMPORT_LOG: log });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    for (const command of ["run", "compare", "sweep", "merge", "validate", "schema"]) expect(r.stdout).toMatch(new RegExp(`\\n  ${command} `));
    const loaded = readFileSync(log, "utf8").split("\n").filter(Boolean);
    expect(loaded).toContain(new URL(`file://${join(app, "node_modules", "doorstep", "dist", "doorstep.js")}`).href);
    expect(loaded.filter((url) => /\/node_modules\/(zod|yaml|hyparquet|hyparquet-writer|comlink|seedrandom)\//.test(url))).toEqual([]);
    expect(loaded.filter((url) => /\/(pool-worker|node-engine)\.js$/.test(url))).toEqual([]);
  });

  it("validates the shipped scenarios and sweeps", () => {
    const dir = join(app, "node_modules", "doorstep", "scenarios");
    const files = [...readdirSync(dir).filter((f) => f.endsWith(".yaml")), ...readdirSync(join(dir, "sweeps")).map((f) => `sweeps/${f}`)];
    expect(files.length).toBeGreaterThan(5);
    const r = doorstep(["validate", ...files.map((f) => `node_modules/doorstep/scenarios/${f}`)]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split("\n")).toHaveLength(files.length);
  }, 60_000);

  it("compares two scenarios on worker threads", () => {
    const r = doorstep([
      "compare",
      "town.yaml",
      "town.yaml",
      "--set",
      "residents.initialCameraShare=0.4",
      "--replications",
      "2",
      "--workers",
      "2",
      "--no-progress",
    ]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^2 replications per scenario/);
    expect(r.stdout).toMatch(/\npackages_stolen +packages +town\.yaml +\d/);
  }, 120_000);

  it("runs a shipped scenario and writes its run folder", () => {
    const r = doorstep(["run", "node_modules/doorstep/scenarios/baseline.yaml", "--days", "5", "--no-progress"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^baseline {2}seed 1 {2}\d+ days\n/);
    const runs = readdirSync(join(app, "results", "runs"));
    expect(runs).toHaveLength(1);
    const dir = join(app, "results", "runs", runs[0]);
    const manifest = JSON.parse(readFileSync(join(dir, "manifest.json"), "utf8"));
    expect(manifest.doorstep).toBe(JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")).version);
    expect(manifest.gitCommit).toBeNull();
    const daily = readFileSync(join(dir, "daily.csv"), "utf8").trim().split("\n");
    expect(daily).toHaveLength(manifest.totalDays + 1);
    expect(JSON.parse(readFileSync(join(dir, "summary.json"), "utf8")).packages_delivered).toBeGreaterThan(0);
  }, 180_000);

  it("sweeps on 2 worker threads from dist/ and gives the table the sources give", () => {
    const r = doorstep(["sweep", "town-sweep.yaml", "--workers", "2", "--out", "sweep", "--no-progress"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    const installed = readFileSync(join(app, "sweep", "runs.csv"), "utf8");
    expect(installed.trim().split("\n")).toHaveLength(5);

    const fromSources = join(tmp, "sources-sweep");
    mustRun(app, process.execPath, [
      "--import",
      TSX,
      join(ROOT, "cli", "main.ts"),
      "sweep",
      "town-sweep.yaml",
      "--workers",
      "2",
      "--out",
      fromSources,
      "--no-progress",
    ]);
    expect(installed).toBe(readFileSync(join(fromSources, "runs.csv"), "utf8"));
    expect(readFileSync(join(app, "sweep", "runs.parquet")).equals(readFileSync(join(fromSources, "runs.parquet")))).toBe(true);
  }, 180_000);
});
