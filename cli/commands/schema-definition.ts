/**
 * How `doorstep schema` is called: its flags and help. The work itself (schema.ts, with
 * the scenario schema) is imported only when the command runs.
 */
import type { Command } from "commander";

/** Adds `schema` to the program. */
export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("Print (or write) the JSON Schema of scenario files.")
    .option("--out <file>", "write the schema to this file instead of stdout")
    .addHelpText("after", "\nExample:\n  doorstep schema --out scenario.schema.json")
    .action(async (flags: { out?: string }) => {
      const { schemaCommand } = await import("./schema.ts");
      schemaCommand(flags);
    });
}
