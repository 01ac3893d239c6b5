/**
 * How `doorstep run` is called: its arguments, flags and help. The work itself (run.ts)
 * is imported only when the command runs, so `doorstep --help` does not load the model.
 */
import type { Command } from "commander";
import type { CliDeps } from "../cli-deps.ts";
import { collect, intAtLeast, seedOption } from "../int-option.ts";
import type { RunFlags } from "./run.ts";

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
      const { runCommand } = await import("./run.ts");
      await runCommand(file, flags, deps);
    });
}
