/**
 * `doorstep compare <a.yaml> <b.yaml> [...]`: runs every scenario with the same seeds
 * (replication r uses `runSeed(seed, 0, r)` for every scenario) on the worker pool and
 * prints, per headline metric (`--all`: every metric), each scenario's mean with a t-based
 * 95% interval and its difference to the first scenario with the interval of the paired
 * differences, clear differences marked, as a table, CSV or JSON (cli/compare/compare-output.ts).
 * With `--precision METRIC=HALFWIDTH` it runs replications in batches until every named
 * interval of paired differences is that narrow, or `--max-replications` is reached, and
 * says which (cli/compare/precision.ts). A ratio that is undefined in a run (null in its
 * summary) is left out of the mean, and out of the differences of that seed; the mean then
 * says in how many runs it was defined, and is "n/a" when it was defined in none.
 */
import { HEADLINE_METRICS, runSeed, type Scenario, type Summary } from "../../sim/node.ts";
import { createWorkerPool, PoolClosedError } from "../../workers/pool.ts";
import type { RunJob } from "../../workers/pool-worker-api.ts";
import type { CliDeps } from "../cli-deps.ts";
import { CliError } from "../cli-error.ts";
import { EXIT } from "../exit-codes.ts";
import { loadScenarioForCli } from "../load-scenario.ts";
import { onInterrupt } from "../on-interrupt.ts";
import { parseSets } from "../parse-set.ts";
import { createProgressBar, formatDuration } from "../progress-bar.ts";
import {
  type CompareFormat,
  type CompareReport,
  compareRows,
  formatCompareCsv,
  formatCompareJson,
  formatCompareTable,
  precisionText,
} from "../compare/compare-output.ts";
import { checkPrecision, checkPrecisionMetrics, nextReplications, parsePrecision, type PrecisionCheck } from "../compare/precision.ts";
import { isHeadline } from "../summary-table.ts";
import { checkFlagLimits } from "../flag-limits.ts";
import { workerCount } from "../worker-count.ts";
import { oneLineSafe } from "../terminal-text.ts";

/** The flags of `compare` (declared in compare-definition.ts). */
export interface CompareFlags {
  replications: number;
  seed?: number;
  days?: number;
  workers?: number;
  set: string[];
  precision: string[];
  maxReplications?: number;
  all?: boolean;
  format: CompareFormat;
  progress: boolean;
}

/** Default `--max-replications` when `--precision` is given. */
export const DEFAULT_MAX_REPLICATIONS = 100;

/** Runs `doorstep compare`. */
export async function compareCommand(files: string[], flags: CompareFlags, deps: CliDeps): Promise<void> {
  if (files.length < 2) throw new CliError("compare needs at least two scenario files", EXIT.usage);
  const sets = parseSets(flags.set);
  checkFlagLimits({ "--seed": ["run.seed", flags.seed], "--days": ["run.days", flags.days] });
  const scenarios: Scenario[] = files.map((f) => loadScenarioForCli(f, sets));
  const names = scenarios.map((s) => s.name);
  // Names and paths come from files and the command line: no escape reaches the terminal.
  const labels = (new Set(names).size === names.length ? names : files).map(oneLineSafe);
  const targets = parsePrecision(flags.precision);
  if (flags.maxReplications !== undefined && targets.length === 0) throw new CliError("--max-replications needs --precision", EXIT.usage);
  const max = targets.length > 0 ? (flags.maxReplications ?? Math.max(DEFAULT_MAX_REPLICATIONS, flags.replications)) : flags.replications;
  if (max < flags.replications) throw new CliError(`--max-replications ${max} is below --replications ${flags.replications}`, EXIT.usage);
  // Names, units and kinds of the metrics (for --precision, and to clip intervals), from a run that is built, not run.
  const probe = (await deps.loadFactory()).create(scenarios[0], { days: 1 });
  const infos = new Map(probe.metrics().map((m) => [m.name, m]));
  checkPrecisionMetrics(targets, Object.keys(probe.summary()));
  const K = scenarios.length;
  const seed = flags.seed ?? scenarios[0].run.seed;
  /** summaries[k][r]: scenario k, replication r (seed `runSeed(seed, 0, r)` for every scenario). */
  const summaries: Summary[][] = scenarios.map(() => []);
  const workers = workerCount(flags.workers, max * K);
  if (workers.note) process.stderr.write(`doorstep: ${workers.note}\n`);
  const pool = createWorkerPool({ size: workers.count, entry: deps.poolEntry });
  const off = onInterrupt(() => void pool.close());
  let R = flags.replications;
  let checks: PrecisionCheck[] = [];
  /** Seconds per replication of all scenarios in the last batch (the first includes worker start-up). */
  let perReplication = 0;
  try {
    await runReplications(0, R);
    for (;;) {
      if (targets.length === 0) break;
      checks = checkPrecision(targets, K, (k, m) => summaries[k].slice(0, R).map((s) => s[m] ?? null));
      const next = nextReplications(R, checks, max);
      if (next === R) break;
      if (flags.progress) {
        process.stderr.write(
          `not precise yet after ${R} replications; running up to ${next} (about ${formatDuration(perReplication * (next - R))} more)\n`,
        );
      }
      await runReplications(R, next);
      R = next;
    }
  } finally {
    off();
    await pool.close();
  }

  /** Runs replications [from, to) of every scenario on the pool. */
  async function runReplications(from: number, to: number): Promise<void> {
    const jobs: RunJob[] = [];
    for (let r = from; r < to; r++) {
      scenarios.forEach((scenario, k) =>
        jobs.push({ id: r * K + k, scenario, seed: runSeed(seed, 0, r), ...(flags.days ? { days: flags.days } : {}) }),
      );
    }
    const bar = flags.progress ? createProgressBar({ total: jobs.length, unit: "runs" }) : null;
    let done = 0;
    const started = performance.now();
    try {
      await pool.run(jobs, (job, summary) => {
        summaries[job.id % K][Math.floor(job.id / K)] = summary;
        bar?.update(++done);
      });
      bar?.finish();
      perReplication = (performance.now() - started) / 1000 / (to - from);
    } catch (e) {
      bar?.finish();
      if (e instanceof PoolClosedError) throw new CliError(`interrupted after ${from * K + done} of ${to * K} runs`, EXIT.interrupted);
      throw new CliError((e as Error).message, EXIT.runFailed);
    }
  }

  const reported = Object.keys(summaries[0][0]);
  const headline = HEADLINE_METRICS.filter((m) => reported.includes(m));
  // A model without the surveillance model's headline measures shows all of its own.
  const metrics = flags.all || headline.length === 0 ? reported.filter((m) => flags.all || isHeadline(m)) : headline;
  const report: CompareReport = {
    replications: R,
    seed,
    scenarios: labels,
    rows: compareRows(metrics, labels, (k, m) => summaries[k].map((s) => s[m] ?? null), infos),
    precision: targets.length > 0 ? { reached: checks.every((c) => c.met), maxReplications: max, checks } : null,
  };
  if (flags.format === "json") process.stdout.write(formatCompareJson(report));
  else if (flags.format === "csv") {
    process.stdout.write(formatCompareCsv(report));
    if (report.precision) process.stderr.write(precisionText(report) + "\n");
  } else process.stdout.write(formatCompareTable(report));
}
