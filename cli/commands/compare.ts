/**
 * `doorstep compare <a.yaml> <b.yaml> [...]`: runs every scenario with the same seeds
 * (replication r uses `runSeed(seed, 0, r)` for every scenario) on the worker pool and
 * prints, per headline metric, each scenario's mean with a t-based 95% interval and its
 * difference to the first scenario with the interval of the paired differences. A ratio
 * that is undefined in a run (null in its summary) is left out of the mean, and out of the
 * differences of that seed; the mean then says in how many runs it was defined, and is
 * "n/a" when it was defined in none.
 */
import { availableParallelism } from "node:os";
import { runSeed, type Scenario, type Summary } from "../../sim/node.ts";
import { createWorkerPool, PoolClosedError } from "../../workers/pool.ts";
import type { RunJob } from "../../workers/pool-worker-api.ts";
import type { CliDeps } from "../cli-deps.ts";
import { CliError } from "../cli-error.ts";
import { EXIT } from "../exit-codes.ts";
import { formatTable, formatValue } from "../format-table.ts";
import { loadScenarioForCli } from "../load-scenario.ts";
import { onInterrupt } from "../on-interrupt.ts";
import { parseSets } from "../parse-set.ts";
import { createProgressBar } from "../progress-bar.ts";
import { meanOfDefined, pairedDifferenceOfDefined, type MeanInterval } from "../stats/mean-interval.ts";
import { isHeadline } from "../summary-table.ts";

/** The flags of `compare` (declared in compare-definition.ts). */
export interface CompareFlags {
  replications: number;
  seed?: number;
  days?: number;
  workers?: number;
  set: string[];
  progress: boolean;
}

/** Runs `doorstep compare`. */
export async function compareCommand(files: string[], flags: CompareFlags, deps: CliDeps): Promise<void> {
  if (files.length < 2) throw new CliError("compare needs at least two scenario files", EXIT.usage);
  const sets = parseSets(flags.set);
  const scenarios: Scenario[] = files.map((f) => loadScenarioForCli(f, sets));
  const names = scenarios.map((s) => s.name);
  const labels = new Set(names).size === names.length ? names : files;
  const R = flags.replications;
  const seed = flags.seed ?? scenarios[0].run.seed;
  const jobs: RunJob[] = scenarios.flatMap((scenario, k) =>
    Array.from({ length: R }, (_, r) => ({ id: k * R + r, scenario, seed: runSeed(seed, 0, r), ...(flags.days ? { days: flags.days } : {}) })),
  );

  const summaries: Summary[] = new Array(jobs.length);
  const pool = createWorkerPool({ size: Math.min(flags.workers ?? availableParallelism(), jobs.length), entry: deps.poolEntry });
  const bar = flags.progress ? createProgressBar({ total: jobs.length, unit: "runs" }) : null;
  let done = 0;
  const off = onInterrupt(() => void pool.close());
  try {
    await pool.run(jobs, (job, summary) => {
      summaries[job.id] = summary;
      bar?.update(++done);
    });
    bar?.finish();
  } catch (e) {
    bar?.finish();
    if (e instanceof PoolClosedError) throw new CliError(`interrupted after ${done} of ${jobs.length} runs`, EXIT.interrupted);
    throw new CliError((e as Error).message, EXIT.runFailed);
  } finally {
    off();
    await pool.close();
  }

  const metrics = Object.keys(summaries[0]).filter(isHeadline);
  const column = (k: number, m: string) => summaries.slice(k * R, (k + 1) * R).map((s) => s[m] ?? null);
  const ci = (x: MeanInterval) => (Number.isFinite(x.lo) ? `[${formatValue(x.lo)}, ${formatValue(x.hi)}]` : "n/a");
  const mean = (x: MeanInterval) => (x.n === 0 ? "n/a" : x.n < R ? `${formatValue(x.mean)} (${x.n} of ${R} runs)` : formatValue(x.mean));
  const rows: string[][] = [];
  for (const m of metrics) {
    const ref = column(0, m);
    scenarios.forEach((_, k) => {
      const values = column(k, m);
      const own = meanOfDefined(values);
      const diff = k === 0 ? null : pairedDifferenceOfDefined(ref, values);
      rows.push([k === 0 ? m : "", labels[k], mean(own), ci(own), diff ? (diff.n === 0 ? "n/a" : formatValue(diff.mean)) : "", diff ? ci(diff) : ""]);
    });
  }
  process.stdout.write(`${R} replications per scenario, seeds from ${seed}; differences are paired (same seeds)\n\n`);
  process.stdout.write(formatTable(["metric", "scenario", "mean", "95% interval", `diff vs ${labels[0]}`, "95% interval"], rows) + "\n");
}
