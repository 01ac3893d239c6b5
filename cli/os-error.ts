/**
 * Operating-system errors (a full disk, a read-only folder, a path that is a file) as one
 * line a user can act on: the path, the cause in words, what to do. Every file operation
 * of the CLI that can fail for a reason outside the program ends here, so none of them
 * surfaces as "unexpected error". They are input/environment problems: exit code 1.
 */
import { CliError } from "./cli-error.ts";
import { EXIT } from "./exit-codes.ts";
import { terminalSafe } from "./terminal-text.ts";

/** The cause in words and the remedy, by Node's error code. */
const CAUSES: Record<string, { cause: string; remedy: string }> = {
  ENOENT: { cause: "no such file or folder", remedy: "check the path" },
  EACCES: { cause: "permission denied", remedy: "choose a path you may write to, or change its permissions" },
  EPERM: { cause: "operation not permitted", remedy: "choose a path you may write to, or change its permissions" },
  EROFS: { cause: "the file system is read-only", remedy: "choose a path on a writable disk (--out)" },
  ENOSPC: { cause: "the disk is full", remedy: "free some space or choose a path on another disk (--out)" },
  EDQUOT: { cause: "the disk quota is exhausted", remedy: "free some space or choose a path on another disk (--out)" },
  EFBIG: { cause: "the file is too large for this file system", remedy: "choose a path on another disk (--out)" },
  ENOTDIR: { cause: "a part of the path is a file, not a folder", remedy: "check the path" },
  EISDIR: { cause: "it is a folder, not a file", remedy: "name a file" },
  EEXIST: { cause: "it already exists", remedy: "choose another path or remove it" },
  ENOTEMPTY: { cause: "the folder is not empty", remedy: "choose another path or remove it" },
  ENAMETOOLONG: { cause: "the path is too long", remedy: "choose a shorter path" },
  ELOOP: { cause: "too many symbolic links", remedy: "check the path's links" },
  EMFILE: { cause: "too many open files", remedy: "raise the open-file limit (ulimit -n) or use fewer --workers" },
  ENFILE: { cause: "too many open files on the system", remedy: "close other programs or use fewer --workers" },
  EBUSY: { cause: "the file is busy", remedy: "close the program that holds it and try again" },
  EIO: { cause: "an input/output error of the disk", remedy: "check the disk" },
  ENXIO: { cause: "no device behind it", remedy: "name a regular file" },
  EAGAIN: { cause: "it is not ready to be read (a pipe or device?)", remedy: "name a regular file" },
  ETXTBSY: { cause: "the file is busy", remedy: "close the program that holds it and try again" },
};

/** True for a Node file-system error (it carries a string `code` such as `ENOSPC`). */
export function isOsError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return e instanceof Error && typeof (e as NodeJS.ErrnoException).code === "string" && /^E[A-Z0-9]+$/.test((e as NodeJS.ErrnoException).code ?? "");
}

/**
 * One line for an OS error: `cannot <action> "<path>": <cause>; <remedy>`.
 *
 * @example
 * ```ts
 * osErrorLine(err, "write", "out/daily.csv"); // cannot write "out/daily.csv": the disk is full; free some space ...
 * ```
 */
export function osErrorLine(e: NodeJS.ErrnoException, action: string, path?: string): string {
  const known = e.code ? CAUSES[e.code] : undefined;
  const where = path ?? e.path;
  const target = where === undefined ? "" : ` "${terminalSafe(where)}"`;
  const cause = known ? `${known.cause} (${e.code}); ${known.remedy}` : `${e.code ?? "error"}: ${terminalSafe(firstLine(e.message))}`;
  return `cannot ${action}${target}: ${cause}`;
}

/** The `CliError` (exit 1) for an OS error. */
export function osError(e: NodeJS.ErrnoException, action: string, path?: string): CliError {
  return new CliError(osErrorLine(e, action, path), EXIT.invalid);
}

/**
 * Runs `fn`; an OS error it throws becomes a one-line `CliError` naming `action` and `path`.
 *
 * @example
 * ```ts
 * withOsErrors("create the output folder", dir, () => mkdirSync(dir, { recursive: true }));
 * ```
 */
export function withOsErrors<T>(action: string, path: string | undefined, fn: () => T): T {
  try {
    return fn();
  } catch (e) {
    if (isOsError(e)) throw osError(e, action, path);
    throw e;
  }
}

/** The action a failed system call was doing, in words, for errors no command wrapped. */
export function actionOfSyscall(syscall: string | undefined): string {
  switch (syscall) {
    case "open":
    case "read":
      return "open";
    case "write":
    case "fsync":
    case "close":
      return "write";
    case "mkdir":
      return "create the folder";
    case "rename":
      return "rename to";
    case "unlink":
    case "rmdir":
      return "remove";
    case "scandir":
    case "opendir":
      return "list the folder";
    case "stat":
    case "lstat":
    case "fstat":
      return "look at";
    default:
      return "use";
  }
}

function firstLine(s: string): string {
  return s.split("\n")[0];
}
