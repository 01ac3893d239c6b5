/**
 * The folder one `doorstep run` writes: `manifest.json` (what was run, by what, when),
 * `daily.csv` (one row per simulated day, one column per metric) and `summary.json`.
 */
import { existsSync, mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { dailyCsv, type DailyRow, type MetricInfo, type Scenario, type ScheduledChange, type Summary } from "../sim/node.ts";
import { CliError } from "./cli-error.ts";
import { writeFileDurably } from "./durable-write.ts";
import { EXIT } from "./exit-codes.ts";

export interface RunManifest {
  doorstep: string;
  gitCommit: string | null;
  command: "run";
  scenarioFile: string;
  overrides: Record<string, unknown>;
  seed: number;
  totalDays: number;
  started: string;
  finished: string;
  durationSeconds: number;
  node: string;
  /** The scenario's dated changes: the day of the run each applies on, and whether the run reached it. */
  timeline: ScheduledChange[];
  /** The scenario as resolved: extends merged, defaults filled, overrides applied. */
  scenario: Scenario;
}

/** `20261123T004629Z` for a date. */
export function timeStamp(d: Date): string {
  return d
    .toISOString()
    .replace(/[-:]/g, "")
    .replace(/\.\d+Z$/, "Z");
}

/** File-name-safe version of a scenario name. */
export function safeName(name: string): string {
  return name.replace(/[^A-Za-z0-9._-]+/g, "-").replace(/^-+|-+$/g, "") || "scenario";
}

/**
 * The folder to write: `out` when given (must be missing or empty), else
 * `<cwd>/results/runs/<name>-s<seed>-<stamp>` (suffixed `-2`, `-3`... if taken).
 */
export function chooseRunFolder(cwd: string, out: string | undefined, name: string, seed: number, started: Date): string {
  if (out) {
    if (existsSync(out) && readdirSync(out).length > 0) {
      throw new CliError(`output folder "${out}" is not empty; choose another --out or remove it`, EXIT.invalid);
    }
    return out;
  }
  const base = join(cwd, "results", "runs", `${safeName(name)}-s${seed}-${timeStamp(started)}`);
  let dir = base;
  for (let i = 2; existsSync(dir); i++) dir = `${base}-${i}`;
  return dir;
}

/**
 * Writes the three files (each atomically).
 *
 * @example
 * ```ts
 * writeRunFolder(dir, manifest, engineResults.daily, info.metrics, engineResults.summary);
 * ```
 */
export function writeRunFolder(
  dir: string,
  manifest: RunManifest,
  daily: readonly DailyRow[],
  metrics: readonly MetricInfo[],
  summary: Summary,
): void {
  mkdirSync(dir, { recursive: true });
  writeFileDurably(join(dir, "daily.csv"), dailyCsv(daily, metrics));
  writeFileDurably(join(dir, "summary.json"), JSON.stringify(summary, null, 2) + "\n");
  writeFileDurably(join(dir, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
}
