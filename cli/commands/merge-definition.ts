/**
 * How `doorstep merge` is called: its arguments, flags and help. The work itself
 * (merge.ts) is imported only when the command runs.
 */
import type { Command } from "commander";

/** Adds `merge` to the program. */
export function registerMerge(program: Command): void {
  program
    .command("merge")
    .description("Join the folders of a sharded sweep into one; check that no run is missing or doubled.")
    .argument("<dirs...>", "shard folders written by `doorstep sweep --shard i/n`")
    .requiredOption("--out <dir>", "folder for the merged sweep (must be missing or empty)")
    .addHelpText("after", "\nExample:\n  doorstep merge out/shard-1 out/shard-2 out/shard-3 --out results/sweeps/adoption")
    .action(async (dirs: string[], flags: { out: string }) => {
      const { mergeCommand } = await import("./merge.ts");
      mergeCommand(dirs, flags.out);
    });
}
