/**
 * The one way a command reports a problem to the user: a message (one line, or one line
 * per diagnostic) and an exit code. `program.ts` prints it without a stack trace.
 */
import type { ExitCode } from "./exit-codes.ts";

export class CliError extends Error {
  readonly exitCode: ExitCode;

  /**
   * @example
   * ```ts
   * throw new CliError(`cannot read scenario file "${path}": no such file`, EXIT.invalid);
   * ```
   */
  constructor(message: string, exitCode: ExitCode) {
    super(message);
    this.name = "CliError";
    this.exitCode = exitCode;
  }
}
