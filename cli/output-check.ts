/**
 * Checking an output folder before any work starts: it can be created, it is a folder,
 * a file can be written in it, and the disk has room for what will be written. A run or
 * sweep that would fail to save its results fails in the first second instead of after
 * hours of simulation.
 */
import { existsSync, mkdirSync, rmSync, statSync, statfsSync, writeFileSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { CliError } from "./cli-error.ts";
import { EXIT } from "./exit-codes.ts";
import { withOsErrors } from "./os-error.ts";

/** Free bytes for an unprivileged writer on the disk holding `dir`. */
export type FreeBytes = (dir: string) => number;

/** `statfs` of the folder: available blocks times block size. */
export const diskFreeBytes: FreeBytes = (dir) => {
  const s = statfsSync(dir);
  return Number(s.bavail) * Number(s.bsize);
};

/**
 * `mkdir -p`, level by level. Node's recursive mkdir never returns on some virtual file
 * systems (`/proc`), and reports a refused folder there as ENOENT; here each level is made
 * once and a refusal under an existing parent is named as such.
 *
 * @example
 * ```ts
 * makeFolder("results/runs/x", "run folder");
 * ```
 */
export function makeFolder(dir: string, what: string): void {
  const missing: string[] = [];
  let cur = resolve(dir);
  while (!existsSync(cur)) {
    missing.push(cur);
    const up = dirname(cur);
    if (up === cur) break;
    cur = up;
  }
  if (existsSync(cur) && !statSync(cur).isDirectory()) {
    throw new CliError(`cannot create the ${what} "${dir}": "${cur}" is a file, not a folder; choose another --out`, EXIT.invalid);
  }
  for (const level of missing.reverse()) {
    try {
      mkdirSync(level);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === "EEXIST") continue;
      if (code === "ENOENT") {
        throw new CliError(
          `cannot create the ${what} "${dir}": this file system does not allow new folders there; choose another --out`,
          EXIT.invalid,
        );
      }
      withOsErrors(`create the ${what}`, dir, () => {
        throw e;
      });
    }
  }
}

/** `12.3 MB` for a byte count. */
export function formatBytes(n: number): string {
  if (n < 1e3) return `${n} B`;
  if (n < 1e6) return `${(n / 1e3).toFixed(1)} kB`;
  if (n < 1e9) return `${(n / 1e6).toFixed(1)} MB`;
  return `${(n / 1e9).toFixed(1)} GB`;
}

/**
 * Creates `dir` if needed and proves it writable (a probe file written and removed), then
 * checks that at least `needBytes` (plus a 10% margin) are free on its disk. Every failure
 * is a one-line `CliError` (exit 1) naming the folder and what to do.
 *
 * @example
 * ```ts
 * prepareOutputFolder("results/runs/x", 2_000_000, "run folder");
 * ```
 */
export function prepareOutputFolder(dir: string, needBytes: number, what: string, freeBytes: FreeBytes = diskFreeBytes): void {
  if (existsSync(dir) && !statSync(dir).isDirectory()) {
    throw new CliError(`cannot use "${dir}" as the ${what}: it is a file, not a folder; choose another --out`, EXIT.invalid);
  }
  makeFolder(dir, what);
  const probe = join(dir, `.doorstep-write-check-${process.pid}`);
  withOsErrors(`write in the ${what}`, dir, () => writeFileSync(probe, "ok"));
  rmSync(probe, { force: true });
  const free = withOsErrors("measure the free space of", dir, () => freeBytes(dir));
  const need = Math.ceil(needBytes * 1.1);
  if (free < need) {
    throw new CliError(
      `not enough free space for the ${what} "${dir}": about ${formatBytes(need)} needed, ${formatBytes(free)} free; free some space or choose another --out`,
      EXIT.invalid,
    );
  }
}
