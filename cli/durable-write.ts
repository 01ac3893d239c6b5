/**
 * Writing files so that a crash or power loss leaves either the old file or the new one,
 * never half of one: write a temporary file, fsync it, rename it over the target, fsync
 * the directory.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import { isOsError, osError } from "./os-error.ts";

/** fsyncs a directory so a rename or a new file in it survives power loss (a no-op where not supported). */
export function fsyncDir(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, "r");
    fsyncSync(fd);
  } catch {
    // Some platforms (Windows) cannot open directories; the rename is still atomic there.
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

/**
 * Replaces `path` with `data` atomically and durably.
 *
 * @example
 * ```ts
 * writeFileDurably("results/sweeps/x/runs.csv", csvText);
 * ```
 */
export function writeFileDurably(path: string, data: string | Uint8Array): void {
  const tmp = temporaryName(path);
  try {
    const fd = openSync(tmp, "w");
    try {
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, path);
  } catch (e) {
    // A full disk or a kill-free failure must not leave a half-written temporary behind.
    rmSync(tmp, { force: true });
    if (isOsError(e)) throw osError(e, "write", path);
    throw e;
  }
  fsyncDir(dirname(path));
}

/** The temporary file `writeFileDurably` writes before renaming (`<path>.tmp-<pid>`). */
export function temporaryName(path: string): string {
  return `${path}.tmp-${process.pid}`;
}

/** True for a temporary file left by a killed `writeFileDurably`. */
export function isTemporaryName(name: string): boolean {
  return /\.tmp-\d+$/.test(name);
}
