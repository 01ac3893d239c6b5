/**
 * The sweep folder's `manifest.json`. Its `definition` says exactly which runs the folder
 * holds (everything that decides a row: base scenario as resolved, varied parameters,
 * sampler, replications, seed, shard); `--resume` and `merge` refuse folders whose
 * definitions disagree. Provenance (version, git commit, creation time) sits beside it.
 */
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Scenario, Sweep } from "../../sim/node.ts";
import { CliError } from "../cli-error.ts";
import { EXIT } from "../exit-codes.ts";
import type { Shard } from "./shard.ts";

export interface SweepDefinition {
  name: string;
  description: string;
  baseFile: string;
  vary: Sweep["vary"];
  sampler: Sweep["sampler"];
  samples: number | null;
  /** Morris: trajectories, levels, candidates; absent for other samplers. */
  morris?: { trajectories: number; levels: number; candidates: number | null };
  /** Sobol: whether the design has the second-order rows; absent for other samplers. */
  calcSecondOrder?: boolean;
  /** Design: the design file and its rows, in order; absent for other samplers. */
  design?: { file: string; rows: Record<string, number | string | boolean>[] };
  replications: number;
  seed: number;
  /** Parameter columns of the table, in order. */
  parameters: string[];
  cells: number;
  totalRuns: number;
  /** Null for a whole sweep or a merge of all shards. */
  shard: Shard | null;
  base: Scenario;
}

export interface SweepManifest {
  kind: "doorstep-sweep";
  doorstep: string;
  gitCommit: string | null;
  node: string;
  created: string;
  sweepFile: string;
  /** The shard folders a merged folder was made from. */
  mergedFrom?: string[];
  definition: SweepDefinition;
}

export const MANIFEST_FILE = "manifest.json";

/** The definition of (a shard of) a sweep. */
export function sweepDefinition(sweep: Sweep, cells: number, shard: Shard | null): SweepDefinition {
  return {
    name: sweep.name,
    description: sweep.description,
    baseFile: sweep.baseFile,
    vary: sweep.vary,
    sampler: sweep.sampler,
    samples: sweep.samples ?? null,
    // Only for the samplers that have them, so older sweep folders keep their definition.
    ...(sweep.sampler === "morris"
      ? { morris: { trajectories: sweep.trajectories ?? 0, levels: sweep.levels ?? 4, candidates: sweep.candidates ?? null } }
      : {}),
    ...(sweep.sampler === "sobol" ? { calcSecondOrder: sweep.calcSecondOrder ?? false } : {}),
    ...(sweep.design ? { design: sweep.design } : {}),
    replications: sweep.replications,
    seed: sweep.seed,
    parameters: Object.keys(sweep.vary),
    cells,
    totalRuns: cells * sweep.replications,
    shard,
    base: sweep.base,
  };
}

/**
 * Stable text of a definition for comparisons. `baseFile` is left out: it is the base
 * file's path as spelled (`./x.yaml`, `/abs/x.yaml`, another machine's checkout), while
 * `base` holds the scenario it resolved to, which is what decides the runs.
 */
export function definitionKey(d: SweepDefinition): string {
  return JSON.stringify({ ...d, baseFile: undefined });
}

/**
 * A short digest of the whole sweep (its definition without the shard): every journal line
 * carries it, so a line of another sweep is recognised even when its plan looks the same.
 *
 * @example
 * ```ts
 * sweepDigest(definition); // "3f9a0c1d2e4b5a69"
 * ```
 */
export function sweepDigest(d: SweepDefinition): string {
  return createHash("sha256")
    .update(definitionKey({ ...d, shard: null }))
    .digest("hex")
    .slice(0, 16);
}

/** Reads `dir/manifest.json`, or null when there is none; a corrupt one is a `CliError`. */
export function readSweepManifest(dir: string): SweepManifest | null {
  const path = join(dir, MANIFEST_FILE);
  if (!existsSync(path)) return null;
  try {
    const m = JSON.parse(readFileSync(path, "utf8")) as SweepManifest;
    if (m.kind !== "doorstep-sweep" || !m.definition) throw new Error("not a doorstep sweep manifest");
    return m;
  } catch (e) {
    throw new CliError(`cannot read sweep manifest "${path}": ${(e as Error).message}`, EXIT.invalid);
  }
}

/** Manifest text (pretty, with a final newline). */
export function manifestText(m: SweepManifest): string {
  return JSON.stringify(m, null, 2) + "\n";
}
