/**
 * `doorstep run <scenario.yaml>`: one run on the main thread, a progress bar, a summary
 * table on stdout and a run folder (run-folder.ts).
 */
import { existsSync, rmSync } from "node:fs";
import { createEngine } from "../../workers/engine.ts";
import { changeSchedule } from "../../sim/node.ts";
import type { CliDeps } from "../cli-deps.ts";
import { CliError } from "../cli-error.ts";
import { EXIT } from "../exit-codes.ts";
import { loadScenarioForCli } from "../load-scenario.ts";
import { doorstepVersion, gitCommit } from "../package-info.ts";
import { parseSets } from "../parse-set.ts";
import { createProgressBar } from "../progress-bar.ts";
import { checkFlagLimits } from "../flag-limits.ts";
import { prepareOutputFolder } from "../output-check.ts";
import { chooseRunFolder, runFolderBytes, runFolderFiles, saveRunFolder } from "../run-folder.ts";
import { summaryTable } from "../summary-table.ts";
import { terminalSafe } from "../terminal-text.ts";

/** The flags of `run` (declared in run-definition.ts). */
export interface RunFlags {
  seed?: number;
  days?: number;
  out?: string;
  set: string[];
  progress: boolean;
}

/** Runs `doorstep run <file>`. */
export async function runCommand(file: string, flags: RunFlags, deps: CliDeps): Promise<void> {
  const cwd = deps.cwd ?? process.cwd();
  const sets = parseSets(flags.set);
  checkFlagLimits({ "--seed": ["run.seed", flags.seed], "--days": ["run.days", flags.days] });
  const scenario = loadScenarioForCli(file, sets);
  const started = new Date();
  const t0 = performance.now();
  const engine = createEngine(await deps.loadFactory());
  const made = await engine.create({ scenario }, { seed: flags.seed, days: flags.days });
  if (!made.ok) throw new CliError(made.diagnostics.map((d) => `${file}: ${d.message}`).join("\n"), EXIT.runFailed);
  const { info } = made;
  // The folder is checked (writable, room on the disk) before a single day is simulated.
  const dir = chooseRunFolder(cwd, flags.out, scenario.name, info.seed, started);
  const created = !existsSync(dir);
  prepareOutputFolder(dir, runFolderBytes(info.totalDays, info.metrics.length, scenario), "run folder");
  const bar = flags.progress ? createProgressBar({ total: info.totalDays, unit: "days" }) : null;
  let end: Awaited<ReturnType<typeof engine.run>>;
  try {
    end = await engine.run((p) => bar?.update(p.day));
    bar?.finish();
    if (end.status !== "done") throw new CliError(`${file}: the run stopped (${end.status}) on day ${end.day}`, EXIT.runFailed);
  } catch (e) {
    bar?.finish();
    // Leave no empty folder behind for a run that produced nothing.
    if (created) rmSync(dir, { recursive: true, force: true });
    if (e instanceof CliError) throw e;
    throw new CliError(`${file}: the run failed: ${(e as Error).message}`, EXIT.runFailed);
  }
  const results = await engine.results();
  const finished = new Date();
  const files = runFolderFiles(
    {
      doorstep: doorstepVersion(),
      gitCommit: gitCommit(),
      command: "run",
      scenarioFile: file,
      overrides: sets,
      seed: info.seed,
      totalDays: info.totalDays,
      started: started.toISOString(),
      finished: finished.toISOString(),
      durationSeconds: Math.round(performance.now() - t0) / 1000,
      node: process.version,
      timeline: changeSchedule(scenario, info.totalDays),
      scenario,
    },
    results.daily,
    info.metrics,
    results.summary,
    results.records,
  );
  // The table first: it is on the screen even if the disk fails below.
  process.stdout.write(`${terminalSafe(scenario.name)}  seed ${info.seed}  ${info.totalDays} days\n\n`);
  process.stdout.write(summaryTable(results.summary, info.metrics) + "\n\n");
  saveRunFolder(dir, files);
  process.stdout.write(`wrote ${terminalSafe(dir)}\n`);
}
