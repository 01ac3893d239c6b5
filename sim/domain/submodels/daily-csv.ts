/**
 * The text of daily.csv: one header line with the column names in catalogue order
 * (`day` first), one line per simulated day. Numbers are formatted the same way on every
 * platform so that two runs with one seed give byte-identical files.
 *
 * API: `toCsv(rows: DailyRow[], catalogue: MetricInfo[]): string`,
 *      `formatNumber(v: number): string`.
 */
import type { DailyRow, MetricInfo } from "../simulation-api.ts";

/** Significant digits kept for non-integers (more than any metric is accurate to). */
const SIGNIFICANT_DIGITS = 10;

/**
 * Deterministic text for one value: integers exactly, other finite numbers with at most
 * 10 significant digits and no trailing zeros, NaN and infinities as an empty field.
 *
 * @example
 * formatNumber(3);          // "3"
 * formatNumber(1 / 3);      // "0.3333333333"
 * formatNumber(NaN);        // ""
 */
export function formatNumber(v: number): string {
  if (!Number.isFinite(v)) return "";
  if (Number.isInteger(v)) return Object.is(v, -0) ? "0" : String(v);
  return String(Number(v.toPrecision(SIGNIFICANT_DIGITS)));
}

/**
 * daily.csv as text. Columns follow the catalogue; a catalogue without `day` gets it
 * prepended (taken from the row, or the row's position). Missing values are empty.
 *
 * @example
 * toCsv([{ day: 0, packages_stolen: 2 }], [{ name: "day", unit: "day", description: "", kind: "level" },
 *   { name: "packages_stolen", unit: "packages", description: "", kind: "count" }]);
 * // "day,packages_stolen\n0,2\n"
 */
export function toCsv(rows: readonly DailyRow[], catalogue: readonly MetricInfo[]): string {
  const names = catalogue.map((m) => m.name);
  const addDay = names[0] !== "day";
  const header = addDay ? ["day", ...names] : names;
  const lines = [header.join(",")];
  rows.forEach((row, i) => {
    const cells: string[] = [];
    if (addDay) cells.push(formatNumber(row.day ?? i));
    for (const name of names) {
      const v = row[name];
      cells.push(v === undefined ? "" : formatNumber(v));
    }
    lines.push(cells.join(","));
  });
  return lines.join("\n") + "\n";
}
