/**
 * How `doorstep validate` is called: its arguments and help. The work itself
 * (validate.ts, with the scenario schema) is imported only when the command runs.
 */
import type { Command } from "commander";

/** Adds `validate` to the program. */
export function registerValidate(program: Command): void {
  program
    .command("validate")
    .description("Check scenario and sweep files; print every problem as file:line:column  path  message.")
    .argument("<files...>", "scenario or sweep YAML files")
    .addHelpText("after", "\nExample:\n  doorstep validate scenarios/*.yaml scenarios/sweeps/*.yaml")
    .action(async (files: string[]) => {
      const { validateCommand } = await import("./validate.ts");
      validateCommand(files);
    });
}
