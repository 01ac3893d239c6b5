/**
 * How `doorstep patterns` is called: its arguments, flags and help. The work itself
 * (patterns.ts) is imported only when the command runs, so `doorstep --help` does not
 * load the model.
 */
import { availableParallelism } from "node:os";
import type { Command } from "commander";
import type { CliDeps } from "../cli-deps.ts";
import { collect, intAtLeast, seedOption } from "../int-option.ts";
import type { PatternsFlags } from "./patterns.ts";

/** Adds `patterns` to the program. */
export function registerPatterns(program: Command, deps: CliDeps): void {
  program
    .command("patterns")
    .description("Run a scenario with replications; print the calibration targets and the validation patterns, model against published figures.")
    .argument("[scenario]", "scenario YAML file (default: the built-in default scenario)")
    .option("--replications <n>", "runs of the scenario", intAtLeast(1), 5)
    .option("--seed <n>", "seed the replication seeds are derived from (default: run.seed of the scenario)", seedOption)
    .option("--days <n>", "days to report after the warm-up (default: the scenario's run.days)", intAtLeast(1))
    .option("--workers <n>", `worker threads (default: ${availableParallelism()})`, intAtLeast(1))
    .option("--set <path=value>", "override a parameter (repeatable)", collect, [])
    .option("--no-progress", "do not show progress")
    .addHelpText("after", "\nExample:\n  doorstep patterns scenarios/portal-partnership.yaml --replications 10 --days 365")
    .action(async (file: string | undefined, flags: PatternsFlags) => {
      const { patternsCommand } = await import("./patterns.ts");
      await patternsCommand(file, flags, deps);
    });
}
