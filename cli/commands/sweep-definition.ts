/**
 * How `doorstep sweep` is called: its arguments, flags and help. The work itself
 * (sweep.ts) is imported only when the command runs, so `doorstep --help` does not load
 * the model.
 */
import { availableParallelism } from "node:os";
import type { Command } from "commander";
import type { CliDeps } from "../cli-deps.ts";
import { intAtLeast } from "../int-option.ts";
import type { SweepFlags } from "./sweep.ts";

/** Adds `sweep` to the program. */
export function registerSweep(program: Command, deps: CliDeps): void {
  program
    .command("sweep")
    .description("Run a parameter sweep on a pool of worker threads; write runs.csv and runs.parquet.")
    .argument("<sweep>", "sweep YAML file")
    .option("--workers <n>", `worker threads (default: ${availableParallelism()}, the cores of this machine)`, intAtLeast(1))
    .option("--out <dir>", "sweep folder (default: results/sweeps/<name>, with -shard-<i>-of-<n> for a shard)")
    .option("--shard <i/n>", "run only runs with runIndex % n == i - 1 (for job arrays; join with `doorstep merge`)")
    .option("--resume", "continue the sweep already in the folder (after a kill or a crash)")
    .option("--no-progress", "do not show progress")
    .addHelpText(
      "after",
      "\nExamples:\n  doorstep sweep scenarios/sweeps/policy-x-adoption.yaml --workers 4\n" +
        "  doorstep sweep scenarios/sweeps/policy-x-adoption.yaml --resume\n" +
        "  doorstep sweep scenarios/sweeps/policy-x-adoption.yaml --shard $SLURM_ARRAY_TASK_ID/16 --out out/shard-$SLURM_ARRAY_TASK_ID",
    )
    .action(async (file: string, flags: SweepFlags) => {
      const { sweepCommand } = await import("./sweep.ts");
      await sweepCommand(file, flags, deps);
    });
}
