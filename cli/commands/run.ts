/**
 * `doorstep run <scenario.yaml>`: one run on the main thread, a progress bar, a summary
 * table on stdout and a run folder (run-folder.ts).
 */
import type { Command } from "commander";
import { createEngine } from "../../workers/engine.ts";
import { changeSchedule } from "../../sim/node.ts";
import type { CliDeps } from "../cli-deps.ts";
import { CliError } from "../cli-error.ts";
import { EXIT } from "../exit-codes.ts";
import { collect, intAtLeast, seedOption } from "../int-option.ts";
import { loadScenarioForCli } from "../load-scenario.ts";
import { doorstepVersion, gitCommit } from "../package-info.ts";
import { parseSets } from "../parse-set.ts";
import { createProgressBar } from "../progress-bar.ts";
import { chooseRunFolder, writeRunFolder } from "../run-folder.ts";
import { summaryTable } from "../summary-table.ts";

interface RunFlags {
  seed?: number;
  days?: number;
  out?: string;
  set: string[];
  progress: boolean;
}

/** Adds `run` to the program. */
export function registerRun(program: Command, deps: CliDeps): void {
  program
    .command("run")
    .description("Run one scenario; print its headline metrics and write a run folder under results/runs/.")
    .argument("<scenario>", "scenario YAML file")
    .option("--seed <n>", "random seed (default: run.seed of the scenario)", seedOption)
    .option("--days <n>", "days to report after the warm-up (default: run.days of the scenario)", intAtLeast(1))
    .option("--out <dir>", "write the run folder here (must be missing or empty)")
    .option("--set <path=value>", "override a parameter, e.g. --set cameras.adoption=0.3 (repeatable)", collect, [])
    .option("--no-progress", "do not show progress")
    .addHelpText("after", "\nExample:\n  doorstep run scenarios/baseline.yaml --seed 7 --days 60 --set policy.name=portal-partnership")
    .action(async (file: string, flags: RunFlags) => {
      await runCommand(file, flags, deps);
    });
}

async function runCommand(file: string, flags: RunFlags, deps: CliDeps): Promise<void> {
  const cwd = deps.cwd ?? process.cwd();
  const sets = parseSets(flags.set);
  const scenario = loadScenarioForCli(file, sets);
  const started = new Date();
  const t0 = performance.now();
  const engine = createEngine(deps.factory);
  const made = await engine.create({ scenario }, { seed: flags.seed, days: flags.days });
  if (!made.ok) throw new CliError(made.diagnostics.map((d) => `${file}: ${d.message}`).join("\n"), EXIT.runFailed);
  const { info } = made;
  const dir = chooseRunFolder(cwd, flags.out, scenario.name, info.seed, started);
  const bar = flags.progress ? createProgressBar({ total: info.totalDays, unit: "days" }) : null;
  let end;
  try {
    end = await engine.run((p) => bar?.update(p.day));
  } catch (e) {
    throw new CliError(`${file}: the run failed: ${(e as Error).message}`, EXIT.runFailed);
  }
  bar?.finish();
  if (end.status !== "done") throw new CliError(`${file}: the run stopped (${end.status}) on day ${end.day}`, EXIT.runFailed);
  const results = await engine.results();
  const finished = new Date();
  writeRunFolder(
    dir,
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
  );
  process.stdout.write(`${scenario.name}  seed ${info.seed}  ${info.totalDays} days\n\n`);
  process.stdout.write(summaryTable(results.summary, info.metrics) + "\n\n");
  process.stdout.write(`wrote ${dir}\n`);
}
