/**
 * Exit codes of `doorstep`, the same for every command, so scripts and job schedulers can
 * branch on them. Documented in docs/cli.md.
 */
export const EXIT = {
  /** Everything asked for was done. */
  ok: 0,
  /** Invalid input: a file is missing or unreadable, a scenario or sweep does not validate, outputs conflict. */
  invalid: 1,
  /** Usage error: unknown command or flag, a flag value of the wrong form. */
  usage: 2,
  /** A run failed: the model threw, or a worker kept crashing. */
  runFailed: 3,
  /** Interrupted by SIGINT/SIGTERM; finished runs are saved (a sweep can `--resume`). */
  interrupted: 130,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];
