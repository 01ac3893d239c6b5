/**
 * `doorstep validate <file...>`: checks scenario and sweep files (a file with a top-level
 * `vary:` is a sweep) and prints every problem, one per line, as
 * `file:line:column  path  message`. Exit 0 when all are valid, 1 otherwise.
 */
import { formatDiagnostic, validateText, type Diagnostic } from "../../sim/node.ts";
import { CliError } from "../cli-error.ts";
import { EXIT } from "../exit-codes.ts";
import { terminalSafe } from "../terminal-text.ts";
import { readFileOrUndefined, readUserFile } from "../load-scenario.ts";

/** Runs `doorstep validate <files...>`. */
export function validateCommand(files: string[]): void {
  const problems: string[] = [];
  for (const file of files) {
    let diagnostics: Diagnostic[];
    try {
      const text = readUserFile(file, "file");
      const opts = { fileName: file, readFile: readFileOrUndefined };
      diagnostics = validateText(text, opts);
    } catch (e) {
      if (!(e instanceof CliError)) throw e;
      problems.push(e.message);
      continue;
    }
    if (diagnostics.length === 0) process.stdout.write(`ok  ${terminalSafe(file)}\n`);
    else problems.push(...diagnostics.map(formatDiagnostic));
  }
  if (problems.length) throw new CliError(problems.join("\n"), EXIT.invalid);
}
