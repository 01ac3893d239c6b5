/**
 * `doorstep sensitivity <sweep-folder>`: Morris or Sobol' indices of every summary metric
 * of a finished Morris or Sobol' sweep against each varied parameter; or, with
 * `--test-function`, of a test function with known indices, to check the estimators.
 *
 *   1. read the folder's manifest (the sweep's definition) and journal (its runs)
 *   2. analyse every metric (sim/scenario/sweep-sensitivity.ts)
 *   3. write sensitivity.csv, sensitivity.parquet (and sensitivity-s2.csv) into the folder
 *   4. print the top parameters per headline metric
 */
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { analyseTestFunction, sweepSensitivity, TEST_FUNCTIONS, type SensitivityMethod, type SweepRun } from "../../sim/node.ts";
import type { CliDeps } from "../cli-deps.ts";
import { CliError } from "../cli-error.ts";
import { EXIT } from "../exit-codes.ts";
import { writeSensitivity, sensitivityTable } from "../sensitivity/sensitivity-tables.ts";
import { isHeadline } from "../summary-table.ts";
import { readSweepManifest } from "../sweep/sweep-manifest.ts";
import { JOURNAL_FILE } from "../sweep/write-tables.ts";

/** The flags of `sensitivity` (declared in sensitivity-definition.ts). */
export interface SensitivityFlags {
  testFunction?: string;
  method: string;
  samples?: number;
  trajectories?: number;
  levels?: number;
  candidates?: number;
  secondOrder?: boolean;
  seed: number;
  out?: string;
  average: boolean;
  resamples: number;
  metric: string[];
  top: number;
}

/** Runs `doorstep sensitivity`. */
export async function sensitivityCommand(folder: string | undefined, flags: SensitivityFlags, deps: CliDeps): Promise<void> {
  if (flags.testFunction !== undefined) return testFunctionCommand(flags.testFunction, flags, deps);
  if (folder === undefined) throw new CliError("sensitivity needs a sweep folder, or --test-function NAME", EXIT.usage);
  // 1. read
  if (!existsSync(folder)) throw new CliError(`cannot read sweep folder "${folder}": no such folder`, EXIT.invalid);
  const manifest = readSweepManifest(folder);
  if (!manifest) throw new CliError(`"${folder}" is not a sweep folder (no manifest.json); run doorstep sweep first`, EXIT.invalid);
  const def = manifest.definition;
  if (def.shard) throw new CliError(`"${folder}" holds one shard of a sweep; join the shards with doorstep merge first`, EXIT.invalid);
  const runs = readRuns(join(folder, JOURNAL_FILE));
  // 2. analyse
  let result: ReturnType<typeof sweepSensitivity>;
  try {
    result = sweepSensitivity(
      {
        vary: def.vary,
        sampler: def.sampler,
        samples: def.samples,
        ...(def.calcSecondOrder !== undefined ? { calcSecondOrder: def.calcSecondOrder } : {}),
        cells: def.cells,
        replications: def.replications,
        seed: def.seed,
      },
      runs,
      { average: flags.average, resamples: flags.resamples, ...(flags.metric.length > 0 ? { metrics: flags.metric } : {}) },
    );
  } catch (e) {
    throw new CliError(`${folder}: ${(e as Error).message}`, EXIT.invalid);
  }
  // 3. write
  const written = writeSensitivity(folder, result.rows, result.secondOrder);
  // 4. print
  const picked = result.rows.filter((r) => flags.metric.length > 0 || isHeadline(r.metric));
  // A metric that never changed (no effects, or no variance) says nothing: name it, do not tabulate it.
  const moved = new Set(picked.filter((r) => (r.method === "morris" ? r.mu_star > 0 : Number.isFinite(r.ST))).map((r) => r.metric));
  const shown = picked.filter((r) => moved.has(r.metric));
  const constant = [...new Set(picked.map((r) => r.metric))].filter((m) => !moved.has(m));
  const ranking = def.sampler === "morris" ? "mu* (mean absolute elementary effect, per whole range of the parameter)" : "ST (total index)";
  process.stdout.write(
    `${def.name}: ${def.sampler} analysis of ${runs.length} runs (${def.cells} parameter sets x ${def.replications} replications, ${flags.average ? "replications averaged" : "replications as copies of the design"})\n` +
      `top ${flags.top} parameters per metric by ${ranking}, with 95% bootstrap intervals:\n\n` +
      `${sensitivityTable(shown, flags.top)}\n\n` +
      (constant.length > 0 ? `the same in every run: ${constant.join(", ")}\n` : "") +
      (result.skipped.length > 0 ? `not analysed (a run has no finite value): ${result.skipped.join(", ")}\n` : "") +
      `wrote ${written.map((f) => join(folder, f)).join(", ")}\n`,
  );
}

/** The runs in a sweep journal; a torn last line is ignored (the sweep is then incomplete). */
function readRuns(path: string): SweepRun[] {
  if (!existsSync(path)) throw new CliError(`"${path}" not found: the sweep has not run yet`, EXIT.invalid);
  const lines = readFileSync(path, "utf8").split("\n");
  lines.pop();
  const restore = (v: unknown) => (typeof v === "number" ? v : Number(v));
  return lines
    .filter((l) => l !== "")
    .map((l, i) => {
      try {
        const r = JSON.parse(l) as SweepRun;
        const result: Record<string, number> = {};
        for (const [k, v] of Object.entries(r.result)) result[k] = restore(v);
        return { cellIndex: r.cellIndex, replication: r.replication, params: r.params, result };
      } catch {
        throw new CliError(`${path}:${i + 1}: not a run of a sweep (corrupt line); rerun the sweep with --resume`, EXIT.invalid);
      }
    });
}

/** `--test-function NAME`: sample, evaluate and analyse a function with known indices. */
function testFunctionCommand(name: string, flags: SensitivityFlags, deps: CliDeps): void {
  if (!(name in TEST_FUNCTIONS)) {
    throw new CliError(`unknown test function "${name}"; expected one of ${Object.keys(TEST_FUNCTIONS).join(", ")}`, EXIT.usage);
  }
  if (flags.method !== "morris" && flags.method !== "sobol")
    throw new CliError(`--method must be morris or sobol, found "${flags.method}"`, EXIT.usage);
  const method = flags.method as SensitivityMethod;
  const samples = flags.samples ?? 1024;
  if (method === "sobol" && (samples & (samples - 1)) !== 0)
    throw new CliError(`--samples must be a power of two for sobol, found ${samples}`, EXIT.usage);
  const r = analyseTestFunction(name, {
    method,
    samples,
    trajectories: flags.trajectories ?? 20,
    levels: flags.levels ?? 4,
    ...(flags.candidates !== undefined ? { candidates: flags.candidates } : {}),
    secondOrder: flags.secondOrder ?? false,
    resamples: flags.resamples,
    seed: flags.seed,
  });
  const dir = flags.out ?? join(deps.cwd ?? process.cwd(), "results", "sensitivity", `${name}-${method}-s${flags.seed}`);
  mkdirSync(dir, { recursive: true });
  const written = writeSensitivity(dir, r.rows, r.secondOrder);
  const s2 =
    r.secondOrder.length > 0
      ? `\nsecond-order indices:\n${r.secondOrder.map((x) => `  ${x.parameter} x ${x.parameter2}: ${Number(x.S2.toPrecision(3))} ± ${Number(x.S2_conf.toPrecision(2))}`).join("\n")}\n`
      : "";
  process.stdout.write(
    `${name}: ${method} analysis of ${r.evaluations} evaluations (seed ${flags.seed}), 95% bootstrap intervals${method === "sobol" ? " next to the analytic indices" : ""}:\n\n` +
      `${sensitivityTable(r.rows, r.rows.length, method === "sobol" ? r.analytic : undefined)}\n${s2}\n` +
      `wrote ${written.map((f) => join(dir, f)).join(", ")}\n`,
  );
}
