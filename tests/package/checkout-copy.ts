/**
 * Helpers for the package tests: a copy of this checkout in a temporary folder (without
 * dist/, results or git, with the shared node_modules linked in), and commands run in it.
 */
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, realpathSync, symlinkSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** Top-level entries and folders of the checkout that a copy leaves out (built or written, not sources). */
const LEFT_OUT = new Set([".git", "node_modules", "dist", "results", join("viz", "dist"), join("tests", "e2e", "artifacts")]);

/** A new temporary folder. */
export function tempFolder(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `doorstep-${prefix}-`));
}

/**
 * Copies the checkout's sources into `parent/checkout` and links its node_modules there;
 * returns the copy's path. dist/ is left out, so whatever the copy runs compiled it built.
 */
export function copyCheckout(parent: string): string {
  const copy = join(parent, "checkout");
  cpSync(ROOT, copy, {
    recursive: true,
    filter: (src) => !LEFT_OUT.has(relative(ROOT, src)),
  });
  symlinkSync(realpathSync(join(ROOT, "node_modules")), join(copy, "node_modules"), "dir");
  return copy;
}

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `command args` in `cwd` (no shell) and collects its outcome. */
export function runIn(cwd: string, command: string, args: string[], env: Record<string, string> = {}): Ran {
  const r = spawnSync(command, args, { cwd, encoding: "utf8", env: { ...process.env, ...env }, maxBuffer: 64 * 1024 * 1024 });
  if (r.error) throw r.error;
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Throws with the command's output when it did not exit 0; returns its stdout. */
export function mustRun(cwd: string, command: string, args: string[], env: Record<string, string> = {}): string {
  const r = runIn(cwd, command, args, env);
  if (r.code !== 0) throw new Error(`${command} ${args.join(" ")} exited with ${r.code} in ${cwd}:\n${r.stderr}${r.stdout}`);
  return r.stdout;
}
