/**
 * One finished sweep run as it is stored in the journal (one JSON line) and read back.
 * JSON has no NaN or infinities; summary metrics can be NaN (a ratio over nothing), so
 * they are written as the strings "NaN", "Infinity", "-Infinity" and restored on reading.
 */
import type { BatchRow, RunSpec } from "../../sim/node.ts";

/**
 * The planned runs a journal line is checked against: a map of them, or a function that
 * builds run i of a lazy plan (undefined for a run the folder does not hold).
 */
export type PlanLookup = ReadonlyMap<number, RunSpec> | ((runIndex: number) => RunSpec | undefined);

function plannedRun(plan: PlanLookup, runIndex: number): RunSpec | undefined {
  return typeof plan === "function" ? plan(runIndex) : plan.get(runIndex);
}

const NON_FINITE: Record<string, number> = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity };

/**
 * The journal line for a row, without the newline. `sweep` is the digest of the sweep the
 * row belongs to (`sweepDigest`): a line copied from another sweep with the same plan but
 * another base scenario carries another digest and is dropped on reading.
 */
export function encodeRow(row: BatchRow, sweep?: string): string {
  const result: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(row.result)) result[k] = Number.isFinite(v) ? v : String(v);
  return JSON.stringify({
    ...(sweep === undefined ? {} : { sweep }),
    runIndex: row.runIndex,
    cellIndex: row.cellIndex,
    replication: row.replication,
    seed: row.seed,
    params: row.params,
    result,
  });
}

/**
 * Parses and checks one journal line against the planned run with the same index (and,
 * given `sweep`, against the sweep's digest). Returns null when the line is torn,
 * corrupt, of another sweep, or does not match the plan.
 */
export function decodeRow(line: string, plan: PlanLookup, sweep?: string): BatchRow | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  if (sweep !== undefined && r.sweep !== sweep) return null;
  const spec = typeof r.runIndex === "number" ? plannedRun(plan, r.runIndex) : undefined;
  if (!spec) return null;
  if (r.cellIndex !== spec.cellIndex || r.replication !== spec.replication || r.seed !== spec.seed) return null;
  if (JSON.stringify(r.params) !== JSON.stringify(spec.params)) return null;
  if (typeof r.result !== "object" || r.result === null) return null;
  const result: Record<string, number> = {};
  for (const [k, v] of Object.entries(r.result as Record<string, unknown>)) {
    if (typeof v === "number") result[k] = v;
    else if (typeof v === "string" && v in NON_FINITE) result[k] = NON_FINITE[v];
    else return null;
  }
  return { runIndex: spec.runIndex, cellIndex: spec.cellIndex, replication: spec.replication, seed: spec.seed, params: spec.params, result };
}

/** The row exactly as it will read back from the journal (e.g. -0 becomes 0), so fresh and resumed tables agree. */
export function normaliseRow(row: BatchRow, plan: PlanLookup, sweep?: string): BatchRow {
  const back = decodeRow(encodeRow(row, sweep), plan, sweep);
  if (!back) throw new Error(`run ${row.runIndex} does not match the sweep plan`);
  return back;
}
