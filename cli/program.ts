/**
 * The `doorstep` command line: builds the commander program, runs it, and turns every
 * outcome into an exit code. Each command is declared in `commands/<name>-definition.ts`
 * (arguments, flags, help) and its work lives in `commands/<name>.ts`, imported only when
 * the command runs: `doorstep --help` loads neither the model nor the scenario schema.
 * Problems are printed as `doorstep: <one line>` (one line per diagnostic), never as a
 * stack trace; set DOORSTEP_DEBUG=1 to see the stack of an unexpected error.
 */
import { Command, CommanderError } from "commander";
import type { CliDeps } from "./cli-deps.ts";
import { CliError } from "./cli-error.ts";
import { registerCalibrate } from "./commands/calibrate-definition.ts";
import { registerCompare } from "./commands/compare-definition.ts";
import { registerMerge } from "./commands/merge-definition.ts";
import { registerPatterns } from "./commands/patterns-definition.ts";
import { registerRun } from "./commands/run-definition.ts";
import { registerSchema } from "./commands/schema-definition.ts";
import { registerSensitivity } from "./commands/sensitivity-definition.ts";
import { registerSweep } from "./commands/sweep-definition.ts";
import { registerValidate } from "./commands/validate-definition.ts";
import { EXIT } from "./exit-codes.ts";
import { actionOfSyscall, isOsError, osErrorLine } from "./os-error.ts";
import { doorstepVersion } from "./package-info.ts";
import { terminalSafe } from "./terminal-text.ts";

const EXIT_HELP = `
Exit codes:
  0    ok
  1    invalid input (missing file, scenario or sweep does not validate, output conflict)
  2    usage error (unknown command or flag, malformed flag value)
  3    run failure (the model failed, a worker kept crashing)
  130  interrupted (finished sweep and calibration runs are kept; rerun with --resume)`;

/** Commander's error text (possibly with a "Did you mean" line) as one line with a pointer to --help. */
export function usageLine(commanderText: string): string {
  const text = commanderText
    .replace(/^error: /, "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean)
    .join(" ");
  return `doorstep: ${terminalSafe(text)} (see --help)`;
}

/** The program, with every command registered. */
export function buildProgram(deps: CliDeps): Command {
  const program = new Command("doorstep");
  program
    .description("Agent-based simulator of neighbourhood surveillance: run scenarios, compare policies, sweep parameters.")
    .version(doorstepVersion(), "-V, --version")
    .exitOverride()
    .configureOutput({ outputError: (str, write) => write(`${usageLine(str)}\n`) })
    .addHelpText("after", EXIT_HELP);
  registerRun(program, deps);
  registerCompare(program, deps);
  registerPatterns(program, deps);
  registerSweep(program, deps);
  registerSensitivity(program, deps);
  registerCalibrate(program, deps);
  registerMerge(program);
  registerValidate(program);
  registerSchema(program);
  return program;
}

/**
 * Runs the CLI on `argv` (as `process.argv`: node, script, args...) and returns the exit code.
 *
 * @example
 * ```ts
 * process.exitCode = await runCli(process.argv, { loadFactory, poolEntry });
 * ```
 */
export async function runCli(argv: readonly string[], deps: CliDeps): Promise<number> {
  // `doorstep schema | head`: a closed pipe is the reader's choice, not an error.
  process.stdout.on("error", (e: NodeJS.ErrnoException) => {
    if (e.code === "EPIPE") process.exit(EXIT.ok);
    throw e;
  });
  const program = buildProgram(deps);
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (e) {
    if (e instanceof CommanderError) {
      // Help and version end with "errors" too; commander has printed them already.
      return e.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    if (e instanceof CliError) {
      for (const line of e.message.split("\n")) process.stderr.write(`doorstep: ${terminalSafe(line)}\n`);
      return e.exitCode;
    }
    // A file-system error no command wrapped is still the environment's, not a failed run.
    if (isOsError(e)) {
      process.stderr.write(`doorstep: ${osErrorLine(e, actionOfSyscall(e.syscall))}\n`);
      if (process.env.DOORSTEP_DEBUG) process.stderr.write(`${e.stack}\n`);
      return EXIT.invalid;
    }
    const message = e instanceof Error ? e.message : String(e);
    process.stderr.write(`doorstep: unexpected error: ${terminalSafe(message.split("\n")[0])}\n`);
    if (process.env.DOORSTEP_DEBUG && e instanceof Error) process.stderr.write(`${e.stack}\n`);
    return EXIT.runFailed;
  }
}
