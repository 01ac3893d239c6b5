/**
 * `doorstep patterns [scenario.yaml]`: runs the scenario `--replications` times on the
 * worker pool (replication r uses `runSeed(seed, 0, r)`, as `compare` does) and prints two
 * tables, the calibration targets (figures the defaults were tuned to) and the validation
 * patterns (figures no parameter was tuned to), each figure with the model's mean and 95%
 * interval over the replications, the published value, its source keys and a verdict:
 * `ok` when the interval (the mean, with one replication) meets the published range,
 * `off` when it does not, `n/a` when no run had anything to measure.
 */
import { applyParams, defaultScenario, PATTERNS, runSeed, type Pattern, type Scenario, type Summary } from "../../sim/node.ts";
import { workerCount } from "../worker-count.ts";
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
import { meanOfDefined, type MeanInterval } from "../stats/mean-interval.ts";

/** The flags of `patterns` (declared in patterns-definition.ts). */
export interface PatternsFlags {
  replications: number;
  seed?: number;
  days?: number;
  workers?: number;
  set: string[];
  progress: boolean;
}

/** Runs `doorstep patterns`. */
export async function patternsCommand(file: string | undefined, flags: PatternsFlags, deps: CliDeps): Promise<void> {
  const sets = parseSets(flags.set);
  const scenario: Scenario = file ? loadScenarioForCli(file, sets) : applyParams(defaultScenario(), sets);
  const R = flags.replications;
  const seed = flags.seed ?? scenario.run.seed;
  const jobs: RunJob[] = Array.from({ length: R }, (_, r) => ({
    id: r,
    scenario,
    seed: runSeed(seed, 0, r),
    ...(flags.days ? { days: flags.days } : {}),
  }));

  const summaries: Summary[] = new Array(R);
  const workers = workerCount(flags.workers, R);
  if (workers.note) process.stderr.write(`doorstep: ${workers.note}\n`);
  const pool = createWorkerPool({ size: workers.count, entry: deps.poolEntry });
  const bar = flags.progress ? createProgressBar({ total: R, unit: "runs" }) : null;
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
    if (e instanceof PoolClosedError) throw new CliError(`interrupted after ${done} of ${R} runs`, EXIT.interrupted);
    throw new CliError((e as Error).message, EXIT.runFailed);
  } finally {
    off();
    await pool.close();
  }

  const days = flags.days ?? scenario.run.days;
  process.stdout.write(`${scenario.name}: ${R} replications of ${days} days, seeds from ${seed}\n`);
  for (const kind of ["calibration", "validation"] as const) {
    const rows = PATTERNS.filter((p) => p.kind === kind).map((p) => patternRow(p, summaries));
    const ok = rows.filter((r) => r[5] === "ok").length;
    const title =
      kind === "calibration" ? "Calibration targets (figures the defaults were tuned to)" : "Validation patterns (figures no parameter was tuned to)";
    process.stdout.write(`\n${title}: ${ok} of ${rows.length} ok\n`);
    process.stdout.write(formatTable(["figure", "model mean", "95% interval", "published", "source", "verdict"], rows) + "\n");
  }
}

/** One table row: figure, mean, interval, published, source, verdict. */
export function patternRow(p: Pattern, summaries: readonly Summary[]): string[] {
  const m = meanOfDefined(summaries.map((s) => p.value(s)));
  const interval = Number.isFinite(m.lo) ? `[${formatValue(m.lo)}, ${formatValue(m.hi)}]` : "n/a";
  const mean = m.n === 0 ? "n/a" : m.n < summaries.length ? `${formatValue(m.mean)} (${m.n} of ${summaries.length} runs)` : formatValue(m.mean);
  return [p.figure, mean, interval, `${p.published} [${formatValue(p.low)}, ${formatValue(p.high)}]`, p.source, verdict(m, p)];
}

/** ok when the model's interval (or its mean, without an interval) meets the published range. */
export function verdict(m: MeanInterval, p: Pick<Pattern, "low" | "high">): "ok" | "off" | "n/a" {
  if (m.n === 0) return "n/a";
  const lo = Number.isFinite(m.lo) ? m.lo : m.mean;
  const hi = Number.isFinite(m.hi) ? m.hi : m.mean;
  return hi >= p.low && lo <= p.high ? "ok" : "off";
}
