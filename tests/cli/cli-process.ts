/**
 * Helpers for CLI tests: run the doorstep CLI (wired to the toy model, or the real one)
 * as a child process and collect its exit code and output.
 */
import { spawn, spawnSync } from "node:child_process";
import { createRequire } from "node:module";
import { fileURLToPath, pathToFileURL } from "node:url";

export const ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const TOY_CLI = fileURLToPath(new URL("../fixtures/cli/toy-cli.ts", import.meta.url));
export const REAL_CLI = fileURLToPath(new URL("../../bin/doorstep.js", import.meta.url));
export const FIXTURES = fileURLToPath(new URL("../fixtures/cli/", import.meta.url));
/** tsx's loader by absolute URL, so the CLI can be started from any working directory. */
const TSX = createRequire(import.meta.url).resolve("tsx");

export interface CliResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * Runs the toy CLI synchronously (in the repository root unless `cwd` is given). With
 * `timeoutMs`, a CLI that hangs is killed and reports code null.
 */
export function toyCli(args: string[], env: Record<string, string> = {}, cwd = ROOT, timeoutMs?: number): CliResult {
  const r = spawnSync(process.execPath, ["--import", pathToFileURL(TSX).href, TOY_CLI, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: timeoutMs,
    killSignal: "SIGKILL",
  });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Runs the real `doorstep` launcher synchronously. */
export function realCli(args: string[]): CliResult {
  const r = spawnSync(process.execPath, [REAL_CLI, ...args], { cwd: ROOT, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Starts the toy CLI in the background. */
export function spawnToyCli(args: string[], env: Record<string, string> = {}) {
  return spawn(process.execPath, ["--import", pathToFileURL(TSX).href, TOY_CLI, ...args], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: "pipe",
  });
}

/** Starts the real `doorstep` launcher in the background. */
export function spawnRealCli(args: string[]) {
  return spawn(process.execPath, [REAL_CLI, ...args], { cwd: ROOT, stdio: "pipe" });
}
