/**
 * How `doorstep sensitivity` is called: its arguments, flags and help. The work itself
 * (sensitivity.ts) is imported only when the command runs.
 */
import type { Command } from "commander";
import type { CliDeps } from "../cli-deps.ts";
import { collect, intAtLeast, seedOption } from "../int-option.ts";
import type { SensitivityFlags } from "./sensitivity.ts";

/** Adds `sensitivity` to the program. */
export function registerSensitivity(program: Command, deps: CliDeps): void {
  program
    .command("sensitivity")
    .description("Morris or Sobol' sensitivity indices of a finished morris/sobol sweep (or of a test function); write sensitivity.csv and .parquet.")
    .argument("[sweep-folder]", "folder of a finished sweep with sampler morris or sobol (results/sweeps/<name>)")
    .option("--no-average", "analyse each replication as a further copy of the design instead of averaging replications per parameter set")
    .option("--metric <name>", "analyse only this summary metric (repeatable; default: all, headline metrics printed)", collect, [])
    .option("--top <n>", "parameters to print per metric", intAtLeast(1), 5)
    .option("--resamples <n>", "bootstrap resamples for the 95% intervals", intAtLeast(2), 1000)
    .option("--test-function <name>", "analyse a test function with known indices instead: ishigami or sobol-g")
    .option("--method <name>", "with --test-function: morris or sobol", "sobol")
    .option("--samples <n>", "with --test-function --method sobol: base samples N, a power of two (default 1024)", intAtLeast(1))
    .option("--trajectories <n>", "with --test-function --method morris: trajectories (default 20)", intAtLeast(2))
    .option("--levels <n>", "with --test-function --method morris: grid levels, even (default 4)", intAtLeast(2))
    .option("--candidates <n>", "with --test-function --method morris: keep the most spread out of this many trajectories", intAtLeast(2))
    .option("--second-order", "with --test-function --method sobol: also second-order indices")
    .option("--seed <n>", "with --test-function: seed of the design and the bootstrap", seedOption, 1)
    .option("--out <dir>", "with --test-function: output folder (default: results/sensitivity/<function>-<method>-s<seed>)")
    .addHelpText(
      "after",
      "\nExamples:\n  doorstep sweep scenarios/sweeps/portal-morris.yaml --workers 2\n" +
        "  doorstep sensitivity results/sweeps/portal-morris\n" +
        "  doorstep sensitivity --test-function ishigami --method sobol --samples 8192 --seed 1",
    )
    .action(async (folder: string | undefined, flags: SensitivityFlags) => {
      const { sensitivityCommand } = await import("./sensitivity.ts");
      await sensitivityCommand(folder, flags, deps);
    });
}
