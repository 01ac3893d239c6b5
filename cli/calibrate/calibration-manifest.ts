/**
 * The calibration folder's `manifest.json`. Its `definition` holds everything that
 * decides the result (base scenario as resolved, priors, targets, method and sizes,
 * replications, seed); `--resume` refuses a folder whose definition differs.
 * Provenance (version, git commit, creation time) sits beside it.
 */
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Calibration, Scenario, Targets } from "../../sim/node.ts";
import { CliError } from "../cli-error.ts";
import { EXIT } from "../exit-codes.ts";

export interface CalibrationDefinition {
  name: string;
  description: string;
  baseFile: string;
  parameters: Calibration["parameters"];
  targets: Targets;
  method: Calibration["method"];
  particles: number;
  proposalsPerGeneration: number;
  generations: number;
  replications: number;
  seed: number;
  base: Scenario;
}

export interface CalibrationManifest {
  kind: "doorstep-calibration";
  doorstep: string;
  gitCommit: string | null;
  node: string;
  created: string;
  calibrationFile: string;
  definition: CalibrationDefinition;
}

export const CALIBRATION_MANIFEST_FILE = "manifest.json";

/** The definition of a calibration. */
export function calibrationDefinition(c: Calibration): CalibrationDefinition {
  return {
    name: c.name,
    description: c.description,
    baseFile: c.baseFile,
    parameters: c.parameters,
    targets: c.targets,
    method: c.method,
    particles: c.plan.particles,
    proposalsPerGeneration: c.plan.proposals,
    generations: c.plan.generations,
    replications: c.replications,
    seed: c.seed,
    base: c.base,
  };
}

/** Reads `dir/manifest.json`, or null when there is none; a corrupt or foreign one is a `CliError`. */
export function readCalibrationManifest(dir: string): CalibrationManifest | null {
  const path = join(dir, CALIBRATION_MANIFEST_FILE);
  if (!existsSync(path)) return null;
  try {
    const m = JSON.parse(readFileSync(path, "utf8")) as CalibrationManifest;
    if (m.kind !== "doorstep-calibration" || !m.definition) throw new Error("not a doorstep calibration manifest");
    return m;
  } catch (e) {
    throw new CliError(`cannot read calibration manifest "${path}": ${(e as Error).message}`, EXIT.invalid);
  }
}
