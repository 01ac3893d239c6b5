/**
 * `doorstep schema [--out FILE]`: the JSON Schema of scenario files, generated from the
 * zod schema, for editor autocompletion (e.g. `# yaml-language-server: $schema=...`).
 */
import { mkdirSync } from "node:fs";
import { dirname } from "node:path";
import type { Command } from "commander";
import { exportJsonSchema } from "../../sim/node.ts";
import { writeFileDurably } from "../durable-write.ts";

/** Adds `schema` to the program. */
export function registerSchema(program: Command): void {
  program
    .command("schema")
    .description("Print (or write) the JSON Schema of scenario files.")
    .option("--out <file>", "write the schema to this file instead of stdout")
    .addHelpText("after", "\nExample:\n  doorstep schema --out scenario.schema.json")
    .action((flags: { out?: string }) => {
      const text = JSON.stringify(exportJsonSchema(), null, 2) + "\n";
      if (!flags.out) {
        process.stdout.write(text);
        return;
      }
      mkdirSync(dirname(flags.out), { recursive: true });
      writeFileDurably(flags.out, text);
      process.stderr.write(`wrote ${flags.out}\n`);
    });
}
