/**
 * `doorstep calibrate <calibration.yaml>`: approximate Bayesian computation of scenario
 * parameters against summary targets (sim/core/abc.ts), every run on the worker pool.
 * Each finished run is appended to its generation's journal (`runs-gen-<g>.jsonl`,
 * fsync'd); a generation's proposals depend only on the seed and the previous
 * population, so a killed calibration continues with `--resume` and ends with the same
 * files, byte for byte, as an uninterrupted one.
 *
 *   1. load the calibration; check its targets against the model's summary metrics
 *   2. check the output folder: new, or (with --resume) the same definition
 *   3. per generation: plan its runs, read its journal back, run the rest on the pool,
 *      score each proposal by the distance of its mean summaries from the targets
 *   4. write posterior.csv, summary.csv, generations.csv; print the summary
 */
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import {
  abcRunSeed,
  runAbc,
  type AbcGeneration,
  targetDistance,
  type BatchRow,
  type Calibration,
  type ParamSet,
  type RunSpec,
  type Scenario,
} from "../../sim/node.ts";
import { PoolClosedError, createWorkerPool } from "../../workers/pool.ts";
import { workerCount } from "../worker-count.ts";
import { createPoolRunner } from "../../workers/pool-runner.ts";
import { CALIBRATION_MANIFEST_FILE, calibrationDefinition, readCalibrationManifest } from "../calibrate/calibration-manifest.ts";
import { summaryTableText, posteriorSummary, writePosteriorFiles } from "../calibrate/posterior-files.ts";
import type { CliDeps } from "../cli-deps.ts";
import { CliError } from "../cli-error.ts";
import { writeFileDurably } from "../durable-write.ts";
import { EXIT } from "../exit-codes.ts";
import { loadCalibrationForCli } from "../load-calibration.ts";
import { onInterrupt } from "../on-interrupt.ts";
import { doorstepVersion, gitCommit } from "../package-info.ts";
import { createProgressBar, formatDuration } from "../progress-bar.ts";
import { safeName } from "../run-folder.ts";
import { openJournal, readJournal, rewriteJournal } from "../sweep/journal.ts";
import { normaliseRow } from "../sweep/run-row.ts";
import type { SimulationFactory } from "../../workers/simulation-factory.ts";

/** The flags of `calibrate` (declared in calibrate-definition.ts). */
export interface CalibrateFlags {
  workers?: number;
  out?: string;
  resume?: boolean;
  progress: boolean;
}

/** The journal of generation `g`. */
export function journalFile(g: number): string {
  return `runs-gen-${g}.jsonl`;
}

/** The summary metrics a run of `base` reports (what targets may name). */
function summaryMetrics(factory: SimulationFactory, base: Scenario): string[] {
  return Object.keys(factory.create(base, { days: 1 }).summary());
}

/** The runs of one generation: proposal-major, `replications` each, seeds hashed from (seed, generation, proposal, replication). */
function planGeneration(c: Calibration, g: number, proposals: readonly ParamSet[]): RunSpec[] {
  const R = c.replications;
  return proposals.flatMap((params, i) =>
    Array.from({ length: R }, (_, r) => ({
      runIndex: i * R + r,
      cellIndex: i,
      replication: r,
      seed: abcRunSeed(c.seed, g, i, r),
      params: { ...params },
    })),
  );
}

/** The mean of each target metric over a proposal's replications (NaN when any run has none). */
function meanStats(c: Calibration, rows: ReadonlyMap<number, BatchRow>, count: number): Record<string, number>[] {
  const R = c.replications;
  return Array.from({ length: count }, (_, i) => {
    const out: Record<string, number> = {};
    for (const m of Object.keys(c.targets)) {
      let sum = 0;
      for (let r = 0; r < R; r++) sum += rows.get(i * R + r)?.result[m] ?? NaN;
      out[m] = sum / R;
    }
    return out;
  });
}

/** Runs `doorstep calibrate`. */
export async function calibrateCommand(file: string, flags: CalibrateFlags, deps: CliDeps): Promise<void> {
  const cwd = deps.cwd ?? process.cwd();
  // 1. load; targets are checked against what a run of the base scenario reports
  const factory = await deps.loadFactory();
  const unchecked = loadCalibrationForCli(file);
  const c = loadCalibrationForCli(file, summaryMetrics(factory, unchecked.base));
  const definition = calibrationDefinition(c);

  // 2. folder
  const dir = flags.out ?? join(cwd, "results", "calibrations", safeName(c.name));
  const existing = existsSync(dir) ? readCalibrationManifest(dir) : null;
  if (existing && !flags.resume) {
    throw new CliError(`"${dir}" already holds a calibration; add --resume to continue it, or choose another --out`, EXIT.invalid);
  }
  if (!existing && existsSync(dir) && readdirSync(dir).length > 0) {
    throw new CliError(`output folder "${dir}" is not empty and holds no calibration manifest; choose another --out`, EXIT.invalid);
  }
  if (existing && JSON.stringify(existing.definition) !== JSON.stringify(definition)) {
    throw new CliError(`"${dir}" holds a different calibration (the file or its base scenario changed); choose another --out`, EXIT.invalid);
  }
  mkdirSync(dir, { recursive: true });
  if (!existing) {
    const manifest = {
      kind: "doorstep-calibration",
      doorstep: doorstepVersion(),
      gitCommit: gitCommit(),
      node: process.version,
      created: new Date().toISOString(),
      calibrationFile: file,
      definition,
    };
    writeFileDurably(join(dir, CALIBRATION_MANIFEST_FILE), JSON.stringify(manifest, null, 2) + "\n");
  }

  // 3. generations
  const perGeneration = c.plan.proposals * c.replications;
  const total = perGeneration * c.plan.generations;
  const workers = workerCount(flags.workers, perGeneration);
  if (workers.note) process.stderr.write(`doorstep: ${workers.note}\n`);
  const pool = createWorkerPool({
    size: workers.count,
    entry: deps.poolEntry,
    onCrash: (job, reason) => process.stderr.write(`\ndoorstep: a worker died on run ${job.id} (${reason}); running it again\n`),
  });
  const bar = flags.progress ? createProgressBar({ total, unit: "runs" }) : null;
  let done = 0;
  let ran = 0;
  let interrupted = false;
  const off = onInterrupt(() => {
    interrupted = true;
    void pool.close();
  });
  const lastStats: Record<string, number>[][] = [];
  const t0 = performance.now();
  let gens: AbcGeneration[];
  try {
    gens = await runAbc(c.plan, async (g, proposals) => {
      const plan = planGeneration(c, g, proposals);
      const byIndex = new Map(plan.map((s) => [s.runIndex, s]));
      const path = join(dir, journalFile(g));
      const read = readJournal(path, byIndex);
      if (read.dropped > 0) {
        process.stderr.write(
          `doorstep: dropped ${read.dropped} unfinished or invalid journal line(s) of generation ${g}; those runs will run again\n`,
        );
        rewriteJournal(path, read.rows.values());
      }
      const rows = new Map<number, BatchRow>(read.rows);
      if (existing && rows.size > 0) process.stderr.write(`resuming generation ${g}: ${rows.size} of ${plan.length} runs already done\n`);
      done += rows.size;
      bar?.update(done);
      const todo = plan.filter((s) => !rows.has(s.runIndex));
      if (todo.length > 0) {
        const journal = openJournal(path);
        try {
          await createPoolRunner(pool, c.base).run(todo, (spec, result) => {
            const row = normaliseRow({ ...spec, result }, byIndex);
            journal.append(row);
            rows.set(row.runIndex, row);
            ran++;
            bar?.update(++done);
          });
        } finally {
          journal.close();
        }
      }
      const stats = meanStats(c, rows, proposals.length);
      lastStats[g] = stats;
      return stats.map((s) => targetDistance(s, c.targets));
    });
    bar?.finish();
  } catch (e) {
    bar?.finish();
    if (interrupted || e instanceof PoolClosedError) {
      throw new CliError(
        `interrupted after ${done} of ${total} runs; continue with: doorstep calibrate ${file} --resume${flags.out ? ` --out ${flags.out}` : ""}`,
        EXIT.interrupted,
      );
    }
    throw new CliError(`${(e as Error).message} (finished runs are kept; fix the problem and rerun with --resume)`, EXIT.runFailed);
  } finally {
    off();
    await pool.close();
  }
  if (flags.progress && ran > 0) {
    const seconds = (performance.now() - t0) / 1000;
    process.stderr.write(
      `ran ${ran} runs in ${formatDuration(seconds)} on ${workers.count} worker(s): ${Math.round((ran / seconds) * 60)} runs/min\n`,
    );
  }

  // 4. files
  writePosteriorFiles(dir, c, gens, lastStats[gens.length - 1]);
  const last = gens[gens.length - 1];
  process.stdout.write(
    `${c.name}: ${c.method}, ${gens.length} generation(s) of ${c.plan.proposals} parameter sets x ${c.replications} replication(s); ` +
      `kept ${last.particles.length} (tolerance ${Number(last.tolerance.toPrecision(4))}, effective sample size ${Math.round(last.ess)})\n\n`,
  );
  process.stdout.write(summaryTableText(posteriorSummary(c, last)) + "\n\nwrote " + dir + "\n");
}
