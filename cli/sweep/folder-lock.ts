/**
 * One writer per sweep folder. Two `doorstep sweep` processes on the same folder would
 * both append to the journal and both write the tables; the second is refused instead.
 * The lock is a file created exclusively (`.doorstep-lock`: host, pid, start time), kept
 * fresh by a heartbeat, and removed on exit. A lock is stale, and taken over, when its
 * process is gone (same host) or its heartbeat stopped (any host: a node lost in a job
 * array), so a killed or requeued sweep resumes without manual cleanup.
 */
import { closeSync, openSync, readFileSync, rmSync, statSync, utimesSync, writeSync } from "node:fs";
import { hostname } from "node:os";
import { join } from "node:path";
import { CliError } from "../cli-error.ts";
import { EXIT } from "../exit-codes.ts";
import { isOsError, osError } from "../os-error.ts";

export const LOCK_FILE = ".doorstep-lock";

/** How often the holder refreshes the lock, and after how long without a refresh it is stale. */
const HEARTBEAT_MS = 10_000;
const STALE_MS = 60_000;

interface LockInfo {
  host: string;
  pid: number;
  since: string;
}

/** True when the lock at `path` belongs to a process that still runs (or may: another host, fresh heartbeat). */
function isLive(path: string): { live: boolean; info?: LockInfo } {
  let info: LockInfo | undefined;
  try {
    info = JSON.parse(readFileSync(path, "utf8")) as LockInfo;
  } catch {
    // Torn or unreadable: the writer died while creating it, unless it is brand new.
  }
  let age: number;
  try {
    age = Date.now() - statSync(path).mtimeMs;
  } catch {
    return { live: false };
  }
  if (info && info.host === hostname() && Number.isInteger(info.pid)) {
    try {
      process.kill(info.pid, 0);
      return { live: info.pid !== process.pid, info };
    } catch (e) {
      // EPERM: it runs, under another user.
      return { live: (e as NodeJS.ErrnoException).code === "EPERM", info };
    }
  }
  return { live: age < STALE_MS, info };
}

/**
 * Takes the folder's lock or throws a one-line `CliError` (exit 1) naming the holder.
 * Returns the function that releases it.
 *
 * @example
 * ```ts
 * const release = lockFolder("results/sweeps/x");
 * try { ... } finally { release(); }
 * ```
 */
export function lockFolder(dir: string): () => void {
  const path = join(dir, LOCK_FILE);
  const text = JSON.stringify({ host: hostname(), pid: process.pid, since: new Date().toISOString() } satisfies LockInfo);
  for (let attempt = 0; attempt < 2; attempt++) {
    let fd: number;
    try {
      fd = openSync(path, "wx");
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== "EEXIST") {
        if (isOsError(e)) throw osError(e, "lock the sweep folder", dir);
        throw e;
      }
      const { live, info } = isLive(path);
      if (live) {
        const who = info ? `process ${info.pid} on ${info.host}, since ${info.since}` : "another process";
        throw new CliError(`"${dir}" is in use by another doorstep sweep (${who}); wait for it, or choose another --out`, EXIT.invalid);
      }
      rmSync(path, { force: true });
      continue;
    }
    writeSync(fd, text);
    closeSync(fd);
    const beat = setInterval(() => {
      try {
        const now = new Date();
        utimesSync(path, now, now);
      } catch {
        // The folder went away; the sweep's own writes will report it.
      }
    }, HEARTBEAT_MS);
    beat.unref();
    let held = true;
    const release = () => {
      if (!held) return;
      held = false;
      clearInterval(beat);
      rmSync(path, { force: true });
      process.off("exit", release);
    };
    process.on("exit", release);
    return release;
  }
  throw new CliError(`"${dir}" is in use by another doorstep sweep; wait for it, or choose another --out`, EXIT.invalid);
}
