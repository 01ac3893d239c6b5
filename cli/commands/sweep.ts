/**
 * `doorstep sweep <sweep.yaml>`: every run of a sweep (or of one shard) on the worker
 * pool, with a progress bar and ETA. Each finished run is appended to the journal
 * (`runs.jsonl`, fsync'd) at once; `runs.csv` and `runs.parquet` are written from the
 * journal when all runs are in. Killed at any moment, the sweep continues with `--resume`
 * and ends with the same tables, byte for byte, as an uninterrupted sweep.
 *
 *   1. load and validate the sweep; its plan gives run i on demand, this shard's by index
 *   2. check the output folder: new, or (with --resume) the same definition
 *   3. read the journal back: valid rows are done, a torn last line is dropped
 *   4. run the rest on the pool (biggest cells first, each run built when a worker is
 *      free), appending each result to the journal
 *   5. write the tables from the journal rows, sorted by runIndex
 */
import { join } from "node:path";
import type { BatchRow, RunSpec } from "../../sim/node.ts";
import { PoolClosedError, createWorkerPool } from "../../workers/pool.ts";
import { runInOrder } from "../../workers/pool-runner.ts";
import type { CliDeps } from "../cli-deps.ts";
import { CliError } from "../cli-error.ts";
import { writeFileDurably } from "../durable-write.ts";
import { EXIT } from "../exit-codes.ts";
import { loadSweepForCli } from "../load-sweep.ts";
import { onInterrupt } from "../on-interrupt.ts";
import { doorstepVersion, gitCommit } from "../package-info.ts";
import { createProgressBar, formatDuration } from "../progress-bar.ts";
import { safeName } from "../run-folder.ts";
import { openJournal, readJournal, rewriteJournal } from "../sweep/journal.ts";
import { normaliseRow } from "../sweep/run-row.ts";
import { biggestFirst, cellCosts } from "../sweep/run-order.ts";
import { inShard, parseShard, shardRuns, type Shard } from "../sweep/shard.ts";
import { folderEntries, removeTemporaries, SWEEP_BYTES_PER_RUN } from "../sweep/sweep-folder.ts";
import { lockFolder } from "../sweep/folder-lock.ts";
import { prepareOutputFolder } from "../output-check.ts";
import { MANIFEST_FILE, definitionKey, manifestText, readSweepManifest, sweepDefinition, sweepDigest } from "../sweep/sweep-manifest.ts";
import { sweepTableSchema } from "../sweep/table-schema.ts";
import { JOURNAL_FILE, writeTables } from "../sweep/write-tables.ts";
import { terminalSafe } from "../terminal-text.ts";
import { workerCount } from "../worker-count.ts";

/** The flags of `sweep` (declared in sweep-definition.ts). */
export interface SweepFlags {
  workers?: number;
  out?: string;
  shard?: string;
  resume?: boolean;
  progress: boolean;
}

/** Runs `doorstep sweep`. */
export async function sweepCommand(file: string, flags: SweepFlags, deps: CliDeps): Promise<void> {
  const cwd = deps.cwd ?? process.cwd();
  // 1. plan
  const shard: Shard | null = flags.shard === undefined ? null : parseShard(flags.shard);
  const sweep = loadSweepForCli(file);
  const plan = sweep.plan();
  const mine = shardRuns(plan.size, shard);
  // Only this shard's runs are valid in this folder's journal.
  const planned = (i: number): RunSpec | undefined =>
    Number.isInteger(i) && i >= 0 && i < plan.size && inShard(i, shard) ? plan.runAt(i) : undefined;
  const definition = sweepDefinition(sweep, plan.cellCount, shard);
  const digest = sweepDigest(definition);

  // 2. folder: created and checked before any run, then locked against a second writer
  const suffix = shard ? `-shard-${shard.index}-of-${shard.count}` : "";
  const dir = flags.out ?? join(cwd, "results", "sweeps", safeName(sweep.name) + suffix);
  prepareOutputFolder(dir, mine.count * SWEEP_BYTES_PER_RUN, "sweep folder");
  const release = lockFolder(dir);
  try {
    await runLocked();
  } finally {
    release();
  }

  async function runLocked(): Promise<void> {
    // A kill during an atomic write leaves `<file>.tmp-<pid>`: never data, always removed.
    removeTemporaries(dir);
    const existing = readSweepManifest(dir);
    if (existing && !flags.resume) {
      throw new CliError(`"${dir}" already holds a sweep; add --resume to continue it, or choose another --out`, EXIT.invalid);
    }
    if (!existing && folderEntries(dir).length > 0) {
      throw new CliError(`output folder "${dir}" is not empty and holds no sweep manifest; choose another --out`, EXIT.invalid);
    }
    if (existing && definitionKey(existing.definition) !== definitionKey(definition)) {
      throw new CliError(`"${dir}" holds a different sweep (the file, its base scenario or --shard changed); choose another --out`, EXIT.invalid);
    }
    if (!existing) {
      writeFileDurably(
        join(dir, MANIFEST_FILE),
        manifestText({
          kind: "doorstep-sweep",
          doorstep: doorstepVersion(),
          gitCommit: gitCommit(),
          node: process.version,
          created: new Date().toISOString(),
          sweepFile: file,
          definition,
        }),
      );
    }

    // 3. journal: lines of another sweep, torn or repeated lines are dropped and counted
    const journalPath = join(dir, JOURNAL_FILE);
    const read = readJournal(journalPath, planned, digest);
    if (read.dropped > 0) {
      const lost = mine.count - read.rows.size;
      process.stderr.write(
        `doorstep: dropped ${read.dropped} journal line(s) that were unfinished, corrupt, repeated or of another sweep; ${lost > 0 ? `${lost} run(s) still to run` : "every run is done"}\n`,
      );
      rewriteJournal(journalPath, read.rows.values(), digest);
    }
    const rows = new Map<number, BatchRow>(read.rows);
    if (existing && rows.size > 0) process.stderr.write(`resuming: ${rows.size} of ${mine.count} runs already done\n`);
    await runAndWrite(rows);
  }

  async function runAndWrite(rows: Map<number, BatchRow>): Promise<void> {
    const journalPath = join(dir, JOURNAL_FILE);
    // 4. run
    const todoCount = mine.count - rows.size;
    if (todoCount > 0) {
      const chosen = workerCount(flags.workers, todoCount);
      if (chosen.note) process.stderr.write(`doorstep: ${chosen.note}\n`);
      const workers = chosen.count;
      const pool = createWorkerPool({
        size: workers,
        entry: deps.poolEntry,
        onCrash: (job, reason) => process.stderr.write(`\ndoorstep: a worker died on run ${job.id} (${reason}); running it again\n`),
      });
      const journal = openJournal(journalPath, digest);
      // The ETA follows household-days, not runs: workers take the biggest runs first.
      const cost = cellCosts(sweep.base, plan, shard);
      const runCostAt = (i: number) => cost[Math.floor(i / plan.replications)];
      let work = 0;
      for (const i of rows.keys()) work += runCostAt(i);
      let totalWork = 0;
      for (let i = mine.from; i < plan.size; i += mine.step) totalWork += runCostAt(i);
      const bar = flags.progress ? createProgressBar({ total: mine.count, unit: "runs", startAt: rows.size, totalWork, startWork: work }) : null;
      bar?.update(rows.size, work);
      let interrupted = false;
      const off = onInterrupt(() => {
        interrupted = true;
        void pool.close();
      });
      const t0 = performance.now();
      try {
        await runInOrder(pool, sweep.base, biggestFirst(plan, cost, shard, rows), (spec, result) => {
          const row = normaliseRow({ ...spec, result }, planned, digest);
          journal.append(row);
          rows.set(row.runIndex, row);
          work += runCostAt(row.runIndex);
          bar?.update(rows.size, work);
        });
        bar?.finish();
        if (flags.progress) {
          const seconds = (performance.now() - t0) / 1000;
          process.stderr.write(
            `ran ${todoCount} runs in ${formatDuration(seconds)} on ${workers} worker(s): ${Math.round((todoCount / seconds) * 60)} runs/min\n`,
          );
        }
      } catch (e) {
        bar?.finish();
        if (interrupted || e instanceof PoolClosedError) {
          throw new CliError(
            `interrupted after ${rows.size} of ${mine.count} runs; continue with: doorstep sweep ${file} --resume${flags.out ? ` --out ${flags.out}` : ""}${shard ? ` --shard ${shard.index}/${shard.count}` : ""}`,
            EXIT.interrupted,
          );
        }
        throw new CliError(`${(e as Error).message} (${rows.size} finished runs are kept; fix the problem and rerun with --resume)`, EXIT.runFailed);
      } finally {
        off();
        journal.close();
        await pool.close();
      }
    }

    // 5. tables
    const schema = await sweepTableSchema(sweep.base, plan, definition.parameters, rows.size === 0, deps.loadFactory);
    writeTables(dir, [...rows.values()], definition.parameters, schema);
    process.stdout.write(
      `${terminalSafe(sweep.name)}${shard ? ` shard ${shard.index}/${shard.count}` : ""}: ${rows.size} runs (${plan.cellCount} cells x ${sweep.replications} replications${shard ? ", this shard's share" : ""})\nwrote ${terminalSafe(dir)}\n`,
    );
  }
}
