/**
 * One finished sweep run as it is stored in the journal (one JSON line) and read back.
 * JSON has no NaN or infinities; summary metrics can be NaN (a ratio over nothing), so
 * they are written as the strings "NaN", "Infinity", "-Infinity" and restored on reading.
 */
import type { BatchRow, RunSpec } from "../../sim/node.ts";

const NON_FINITE: Record<string, number> = { NaN: NaN, Infinity: Infinity, "-Infinity": -Infinity };

/** The journal line for a row, without the newline. */
export function encodeRow(row: BatchRow): string {
  const result: Record<string, number | string> = {};
  for (const [k, v] of Object.entries(row.result)) result[k] = Number.isFinite(v) ? v : String(v);
  return JSON.stringify({
    runIndex: row.runIndex,
    cellIndex: row.cellIndex,
    replication: row.replication,
    seed: row.seed,
    params: row.params,
    result,
  });
}

/**
 * Parses and checks one journal line against the planned run with the same index.
 * Returns null when the line is torn, corrupt, or does not match the plan.
 */
export function decodeRow(line: string, plan: ReadonlyMap<number, RunSpec>): BatchRow | null {
  let raw: unknown;
  try {
    raw = JSON.parse(line);
  } catch {
    return null;
  }
  if (typeof raw !== "object" || raw === null) return null;
  const r = raw as Record<string, unknown>;
  const spec = typeof r.runIndex === "number" ? plan.get(r.runIndex) : undefined;
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
export function normaliseRow(row: BatchRow, plan: ReadonlyMap<number, RunSpec>): BatchRow {
  const back = decodeRow(encodeRow(row), plan);
  if (!back) throw new Error(`run ${row.runIndex} does not match the sweep plan`);
  return back;
}
