/**
 * How `doorstep compare` is called: its arguments, flags and help. The work itself
 * (compare.ts) is imported only when the command runs, so `doorstep --help` does not load
 * the model.
 */
import { availableParallelism } from "node:os";
import { type Command, Option } from "commander";
import type { CliDeps } from "../cli-deps.ts";
import { collect, intAtLeast, seedOption } from "../int-option.ts";
import type { CompareFlags } from "./compare.ts";

/** Adds `compare` to the program. */
export function registerCompare(program: Command, deps: CliDeps): void {
  program
    .command("compare")
    .description("Run scenarios with the same seeds; print means, 95% intervals and paired differences to the first.")
    .argument("<scenarios...>", "two or more scenario YAML files (the first is the reference)")
    .option("--replications <n>", "runs per scenario", intAtLeast(1), 10)
    .option("--seed <n>", "seed the replication seeds are derived from (default: run.seed of the first scenario)", seedOption)
    .option("--days <n>", "days to report after the warm-up (default: each scenario's run.days)", intAtLeast(1))
    .option("--workers <n>", `worker threads (default: ${availableParallelism()})`, intAtLeast(1))
    .option("--set <path=value>", "override a parameter in every scenario (repeatable)", collect, [])
    .option(
      "--precision <metric=halfwidth>",
      "run more replications until the 95% interval of this metric's paired differences is at most this half-width (repeatable; METRIC=5% is relative to the first scenario's mean)",
      collect,
      [],
    )
    .option("--max-replications <n>", "with --precision: stop at this many replications per scenario (default 100)", intAtLeast(2))
    .option("--all", "show every summary metric, not only the headline ones")
    .addOption(
      new Option("--format <format>", "output: a table for people, or csv or json (undefined values null) for scripts")
        .choices(["table", "csv", "json"])
        .default("table"),
    )
    .option("--no-progress", "do not show progress")
    .addHelpText(
      "after",
      "\nExamples:\n  doorstep compare scenarios/baseline.yaml scenarios/portal-partnership.yaml --replications 20 --workers 2\n" +
        "  doorstep compare scenarios/baseline.yaml scenarios/portal-partnership.yaml --precision packages_stolen=2 --max-replications 60\n" +
        "  doorstep compare scenarios/baseline.yaml scenarios/warrant-required.yaml --all --format json > compare.json",
    )
    .action(async (files: string[], flags: CompareFlags) => {
      const { compareCommand } = await import("./compare.ts");
      await compareCommand(files, flags, deps);
    });
}
