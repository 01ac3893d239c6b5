/** Plain-text tables for the terminal: columns padded to their widest cell, numbers right-aligned. */

/**
 * @example
 * ```ts
 * formatTable(["metric", "value"], [["packages_stolen", "12"]]);
 * ```
 */
export function formatTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, c) => Math.max(h.length, ...rows.map((r) => (r[c] ?? "").length)));
  // Numbers, percentages, differences in percentage points ("+1.4 pp") and intervals of them.
  const numeric = header.map(
    (_, c) => rows.length > 0 && rows.every((r) => /^[-+\d.,eE%[\]\s]*$|^n\/a$|^[-+\d.,[\]\s]*pp[\]]?$|^\[.* pp\]$/.test(r[c] ?? "")),
  );
  const fmt = (cells: string[], head: boolean) =>
    cells
      .map((cell, c) => (numeric[c] && !head ? cell.padStart(widths[c]) : cell.padEnd(widths[c])))
      .join("  ")
      .trimEnd();
  return [fmt(header, true), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map((r) => fmt(r, false))].join("\n");
}

/** A number for humans: integers as is, others with 4 significant digits; NaN and null (undefined ratios) as "n/a". */
export function formatValue(v: number | null): string {
  if (v === null) return "n/a";
  if (!Number.isFinite(v)) return Number.isNaN(v) ? "n/a" : v > 0 ? "inf" : "-inf";
  if (Number.isInteger(v)) return String(v);
  return String(Number(v.toPrecision(4)));
}
