/**
 * The layering rules of .dependency-cruiser.cjs bite and the repository keeps them: the
 * cruiser, run in-process with the project's own configuration and tsconfig, reports
 * every forbidden import of a small broken tree (tests/fixtures/architecture/broken-tree,
 * one import per rule), and reports no error on the real source tree.
 */
import { fileURLToPath } from "node:url";
import { cruise, type ICruiseResult, type IViolation } from "dependency-cruiser";
import extractDepcruiseOptions from "dependency-cruiser/config-utl/extract-depcruise-options";
import extractTSConfig from "dependency-cruiser/config-utl/extract-ts-config";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../../", import.meta.url));
const CONFIG = `${ROOT}.dependency-cruiser.cjs`;
const BROKEN_TREE = fileURLToPath(new URL("../fixtures/architecture/broken-tree/", import.meta.url));
/** The folders `npm run lint:deps` cruises. */
const FOLDERS = ["sim", "workers", "viz", "cli", "bin", "scripts", "tests"];

/**
 * Cruises `folders` of `root` with the project's rules, from `root` as the working
 * directory (the rules' paths, like `^sim/`, are relative to it; vitest runs this file in
 * its own process, so changing directory touches no other suite).
 */
async function cruiseTree(root: string, folders: string[]): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(CONFIG);
  const tsConfig = extractTSConfig(`${ROOT}tsconfig.json`);
  const before = process.cwd();
  process.chdir(root);
  try {
    const { output } = await cruise(folders, options, {}, { tsConfig });
    if (typeof output === "string") throw new Error(`expected a cruise result object, found text: ${output.slice(0, 200)}`);
    return output;
  } finally {
    process.chdir(before);
  }
}

/** A violation as `rule: from -> to` (for a cycle, `to` is where it closes). */
const show = (v: IViolation) => `${v.rule.name}: ${v.from} -> ${v.to}`;

describe("the layering rules", () => {
  it("report every forbidden import of the broken tree, one rule at a time", async () => {
    const result = await cruiseTree(BROKEN_TREE, ["sim", "workers", "viz", "cli", "tests"]);
    const found = result.summary.violations.map(show);
    const expected = [
      "core-is-domain-free: sim/core/leaky.ts -> sim/domain/model.ts",
      "core-through-its-index: sim/domain/model.ts -> sim/core/rng.ts",
      "examples-use-only-the-core: sim/examples/walker.ts -> sim/domain/model.ts",
      "scenario-below-domain: sim/scenario/schema.ts -> sim/domain/model.ts",
      "domain-below-api: sim/domain/uses-api.ts -> sim/index.ts",
      "sim-is-host-free: sim/domain/uses-host.ts -> workers/pool.ts",
      "hosts-through-public-api: workers/engine.ts -> sim/domain/model.ts",
      "workers-below-hosts: workers/engine.ts -> viz/chart.ts",
      "hosts-are-independent: viz/page.ts -> cli/format.ts",
      "cli-is-not-the-dashboard: cli/main.ts -> viz/chart.ts",
      "dashboard-is-node-free: viz/page.ts -> sim/node.ts",
      "browser-code-is-node-free: viz/page.ts -> path",
      "browser-code-is-node-free: workers/browser-engine.ts -> worker_threads",
      "not-to-test: cli/main.ts -> tests/helper.ts",
      "not-to-unresolvable: viz/page.ts -> ./missing.ts",
      "browser-api-is-node-free: sim/index.ts -> fs",
    ];
    for (const line of expected) expect(found, line).toContain(line);

    // The one runtime loop is an error; the type-only loop and folder-crossing arrows are not file cycles.
    const cycles = result.summary.violations.filter((v) => v.rule.name === "no-circular");
    expect(cycles.map((v) => [v.from, v.to].sort().join(" "))).toEqual(["sim/domain/loop-a.ts sim/domain/loop-b.ts"]);
    const folderCycles = result.summary.violations.filter((v) => v.rule.name === "no-circular-folders").map((v) => `${v.from} -> ${v.to}`);
    expect(folderCycles).toContain("sim/domain -> sim/scenario");

    // A loop of type-only imports is listed as a warning, never as an error.
    const typed = result.summary.violations.filter((v) => v.from.startsWith("sim/domain/typed-"));
    expect(typed.length).toBeGreaterThan(0);
    for (const v of typed) expect(`${v.rule.name} ${v.rule.severity}`).toBe("no-circular-types warn");

    // Every error rule of the configuration is proved to bite by the tree.
    const options = await extractDepcruiseOptions(CONFIG);
    const errorRules = (options.ruleSet?.forbidden ?? []).filter((r) => r.severity === "error").map((r) => r.name);
    const bitten = new Set(result.summary.violations.map((v) => v.rule.name));
    expect(errorRules.filter((name) => !bitten.has(name ?? ""))).toEqual([]);
    expect(result.summary.error).toBeGreaterThanOrEqual(expected.length);
  }, 60_000);

  it("find no error in the repository's own tree", async () => {
    const result = await cruiseTree(ROOT, FOLDERS);
    const errors = result.summary.violations.filter((v) => v.rule.severity === "error").map(show);
    expect(errors).toEqual([]);
    // The tree is really cruised, .ts specifiers resolved: hosts reach sim/index.ts.
    const api = result.modules.find((m) => m.source === "sim/index.ts");
    expect(api?.dependents).toEqual(expect.arrayContaining(["workers/domain-factory.ts", "viz/shared/scenario-input.ts", "sim/node.ts"]));
    expect(result.modules.filter((m) => m.couldNotResolve)).toEqual([]);
  }, 120_000);
});
