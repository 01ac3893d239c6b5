/**
 * `doorstep schema [--out FILE]`: the JSON Schema of scenario files, generated from the
 * zod schema, for editor autocompletion (e.g. `# yaml-language-server: $schema=...`).
 */
import { makeFolder } from "../output-check.ts";
import { dirname } from "node:path";
import { exportJsonSchema } from "../../sim/node.ts";
import { writeFileDurably } from "../durable-write.ts";

/** Runs `doorstep schema [--out <file>]`. */
export function schemaCommand(flags: { out?: string }): void {
  const text = JSON.stringify(exportJsonSchema(), null, 2) + "\n";
  if (!flags.out) {
    process.stdout.write(text);
    return;
  }
  makeFolder(dirname(flags.out), "folder");
  writeFileDurably(flags.out, text);
  process.stderr.write(`wrote ${flags.out}\n`);
}
