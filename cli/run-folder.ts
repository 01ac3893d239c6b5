/**
 * The folder one `doorstep run` writes: `manifest.json` (what was run, by what, when),
 * `daily.csv` (one row per simulated day, one column per metric), `summary.json`, and
 * the event-level `cases.csv` (one row per reported theft) and `arrests.csv` (one per arrest).
 */
import { existsSync, readdirSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import {
  arrestsCsv,
  casesCsv,
  dailyCsv,
  type DailyRow,
  type MetricInfo,
  type RunRecords,
  type Scenario,
  type ScheduledChange,
  type Summary,
} from "../sim/node.ts";
import { CliError } from "./cli-error.ts";
import { writeFileDurably } from "./durable-write.ts";
import { EXIT } from "./exit-codes.ts";
import { isOsError, osErrorLine } from "./os-error.ts";
import { makeFolder } from "./output-check.ts";

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
 * The folder to write: `out` when given (must be missing or an empty folder), else
 * `<cwd>/results/runs/<name>-s<seed>-<stamp>` (suffixed `-2`, `-3`... if taken).
 */
export function chooseRunFolder(cwd: string, out: string | undefined, name: string, seed: number, started: Date): string {
  if (out) {
    if (existsSync(out) && statSync(out).isDirectory() && readdirSync(out).length > 0) {
      throw new CliError(`output folder "${out}" is not empty; choose another --out or remove it`, EXIT.invalid);
    }
    return out;
  }
  const base = join(cwd, "results", "runs", `${safeName(name)}-s${seed}-${timeStamp(started)}`);
  let dir = base;
  for (let i = 2; existsSync(dir); i++) dir = `${base}-${i}`;
  return dir;
}

/** Bytes a run folder will take, over-estimated: ~16 bytes a CSV cell, the manifest's scenario twice. */
export function runFolderBytes(totalDays: number, metricCount: number, scenario: Scenario): number {
  const daily = (totalDays + 2) * (metricCount + 1) * 16;
  const manifest = 2 * JSON.stringify(scenario, null, 2).length + 4096;
  const summary = metricCount * 64 + 64;
  // cases.csv and arrests.csv: ~120 bytes a row; ten times the calibrated theft rate (12 per
  // 1,000 households per 30 days) bounds the rows of any plausible run.
  const records = 120 * Math.ceil(scenario.neighbourhood.households * totalDays * 0.004) + 256;
  return daily + manifest + summary + records;
}

/** The files of a run folder, in the order they are written: the manifest first. */
export function runFolderFiles(
  manifest: RunManifest,
  daily: readonly DailyRow[],
  metrics: readonly MetricInfo[],
  summary: Summary,
  records: RunRecords,
): [name: string, text: string][] {
  return [
    ["manifest.json", JSON.stringify(manifest, null, 2) + "\n"],
    ["daily.csv", dailyCsv(daily, metrics)],
    ["cases.csv", casesCsv(records.cases)],
    ["arrests.csv", arrestsCsv(records.arrests)],
    ["summary.json", JSON.stringify(summary, null, 2) + "\n"],
  ];
}

/**
 * Writes the files (each atomically, the manifest first, so a folder with results always
 * says what they are).
 *
 * @example
 * ```ts
 * writeRunFolder(dir, runFolderFiles(manifest, results.daily, info.metrics, results.summary));
 * ```
 */
export function writeRunFolder(dir: string, files: readonly [string, string][]): void {
  makeFolder(dir, "run folder");
  for (const [name, text] of files) writeFileDurably(join(dir, name), text);
}

/** Where a run goes when its folder cannot be written: `<tmp>/doorstep-rescue/<folder name>` (suffixed if taken). */
export function fallbackFolder(dir: string, root = join(tmpdir(), "doorstep-rescue")): string {
  const base = join(root, basename(dir) || "run");
  let out = base;
  for (let i = 2; existsSync(out); i++) out = `${base}-${i}`;
  return out;
}

/**
 * Writes the run folder; when that fails (a disk filled during the run, a folder removed),
 * writes the same files to a fallback folder and throws a `CliError` (exit 1) naming both,
 * so that a finished simulation is never lost to a write error.
 */
export function saveRunFolder(dir: string, files: readonly [string, string][], fallbackRoot?: string): void {
  try {
    writeRunFolder(dir, files);
    return;
  } catch (e) {
    const first = e instanceof CliError ? e.message : isOsError(e) ? osErrorLine(e, "write", dir) : String(e);
    const rescue = fallbackFolder(dir, fallbackRoot);
    try {
      writeRunFolder(rescue, files);
    } catch (e2) {
      const second = e2 instanceof CliError ? e2.message : isOsError(e2) ? osErrorLine(e2, "write", rescue) : String(e2);
      throw new CliError(`${first}\nthe fallback failed too (${second}); the results are lost, only the table above remains`, EXIT.invalid);
    }
    throw new CliError(`${first}\nthe results were saved to "${rescue}" instead`, EXIT.invalid);
  }
}
