/**
 * How `doorstep calibrate` is called: its arguments, flags and help. The work itself
 * (calibrate.ts) is imported only when the command runs.
 */
import { availableParallelism } from "node:os";
import type { Command } from "commander";
import type { CliDeps } from "../cli-deps.ts";
import { intAtLeast } from "../int-option.ts";
import type { CalibrateFlags } from "./calibrate.ts";

/** Adds `calibrate` to the program. */
export function registerCalibrate(program: Command, deps: CliDeps): void {
  program
    .command("calibrate")
    .description("Calibrate scenario parameters against summary targets (ABC rejection or ABC-SMC); write posterior.csv and summary.csv.")
    .argument("<calibration>", "calibration YAML file")
    .option("--workers <n>", `worker threads (default: ${availableParallelism()}, the cores of this machine)`, intAtLeast(1))
    .option("--out <dir>", "calibration folder (default: results/calibrations/<name>)")
    .option("--resume", "continue the calibration already in the folder (after a kill or a crash)")
    .option("--no-progress", "do not show progress")
    .addHelpText(
      "after",
      "\nExamples:\n  doorstep calibrate scenarios/calibrations/theft-volume.yaml --workers 4\n" +
        "  doorstep calibrate scenarios/calibrations/theft-volume.yaml --resume",
    )
    .action(async (file: string, flags: CalibrateFlags) => {
      const { calibrateCommand } = await import("./calibrate.ts");
      await calibrateCommand(file, flags, deps);
    });
}
