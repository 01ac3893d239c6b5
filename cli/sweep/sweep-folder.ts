/**
 * What a sweep folder holds besides its data: the lock of the process writing it, and
 * temporaries of atomic writes that a kill interrupted. Neither counts as content, and
 * temporaries are removed before work starts, so no kill leaves a folder that cannot be
 * resumed or merged.
 */
import { readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import { isTemporaryName } from "../durable-write.ts";
import { LOCK_FILE } from "./folder-lock.ts";

/**
 * Disk space budgeted per run (8 kB: a journal line of ~2 kB, its row in runs.csv and
 * runs.parquet, and the rewritten journal on resume), for the free-space check.
 */
export const SWEEP_BYTES_PER_RUN = 8 * 1024;

/** The folder's entries that are content: not the lock, not a temporary. */
export function folderEntries(dir: string): string[] {
  return readdirSync(dir).filter((n) => n !== LOCK_FILE && !isTemporaryName(n));
}

/** Removes the temporaries (`<file>.tmp-<pid>`) a killed atomic write left in `dir`. */
export function removeTemporaries(dir: string): void {
  for (const n of readdirSync(dir)) if (isTemporaryName(n)) rmSync(join(dir, n), { force: true });
}
