/**
 * The text of `cases.csv` and `arrests.csv`: a header line, then one line per record in
 * the order given; empty fields for values that do not apply (no suspect, no arrest);
 * booleans as `true`/`false`. Deterministic, like daily.csv.
 */
import type { ArrestRow, CaseRow } from "../simulation-api.ts";

/** The columns of cases.csv, in order. */
export const CASE_COLUMNS = [
  "case_id",
  "day_reported",
  "household",
  "victim_group",
  "evidence",
  "suspect_person",
  "suspect_group",
  "suspect_is_taker",
  "outcome",
  "arrest_id",
] as const satisfies readonly (keyof CaseRow)[];

/** The columns of arrests.csv, in order. */
export const ARREST_COLUMNS = ["arrest_id", "day", "person", "group", "rightful", "via", "case_id"] as const satisfies readonly (keyof ArrestRow)[];

function cell(v: string | number | boolean | null): string {
  if (v === null) return "";
  const s = String(v);
  return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s; // group names come from the scenario
}

function toCsv<R>(rows: readonly R[], columns: readonly (keyof R)[]): string {
  const lines = [columns.join(",")];
  for (const r of rows) lines.push(columns.map((c) => cell(r[c] as string | number | boolean | null)).join(","));
  return lines.join("\n") + "\n";
}

/**
 * cases.csv as text.
 *
 * @example
 * casesCsv([]); // "case_id,day_reported,household,victim_group,evidence,suspect_person,suspect_group,suspect_is_taker,outcome,arrest_id\n"
 */
export function casesCsv(rows: readonly CaseRow[]): string {
  return toCsv(rows, CASE_COLUMNS);
}

/**
 * arrests.csv as text.
 *
 * @example
 * arrestsCsv([]); // "arrest_id,day,person,group,rightful,via,case_id\n"
 */
export function arrestsCsv(rows: readonly ArrestRow[]): string {
  return toCsv(rows, ARREST_COLUMNS);
}
