/**
 * The files `doorstep sensitivity` writes: `sensitivity.csv` and `sensitivity.parquet`
 * (one row per metric and parameter, columns `SENSITIVITY_COLUMNS`, empty or null where a
 * statistic does not apply to the method), `sensitivity-s2.csv` with second-order indices
 * when the design has them, and the readable table it prints.
 */
import { join } from "node:path";
import { parquetWriteBuffer, type ColumnSource } from "hyparquet-writer";
import { SENSITIVITY_COLUMNS, type SecondOrderRow, type SensitivityRow } from "../../sim/node.ts";
import { writeFileDurably } from "../durable-write.ts";
import { formatTable, formatValue } from "../format-table.ts";

export const SENSITIVITY_CSV = "sensitivity.csv";
export const SENSITIVITY_PARQUET = "sensitivity.parquet";
export const SECOND_ORDER_CSV = "sensitivity-s2.csv";

function field(v: string | number): string {
  if (typeof v === "number") return Number.isFinite(v) ? String(Object.is(v, -0) ? 0 : v) : "";
  return /[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** CSV text of rows with the given columns (RFC 4180, `\n` line ends). */
export function tableCsv<T extends object>(columns: readonly (keyof T & string)[], rows: readonly T[]): string {
  const lines = [columns.join(",")];
  for (const r of rows) lines.push(columns.map((c) => field(r[c] as string | number)).join(","));
  return lines.join("\n") + "\n";
}

/** Parquet bytes of sensitivity rows: text columns as STRING, statistics as nullable DOUBLE. */
export function sensitivityParquet(rows: readonly SensitivityRow[]): Uint8Array {
  const columnData: ColumnSource[] = SENSITIVITY_COLUMNS.map((c): ColumnSource => {
    if (c === "metric" || c === "parameter" || c === "method") return { name: c, data: rows.map((r) => r[c]), type: "STRING" };
    return { name: c, data: rows.map((r) => (Number.isFinite(r[c]) ? r[c] : null)), type: "DOUBLE" };
  });
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}

/** Writes the sensitivity files into `dir`; returns the names written. */
export function writeSensitivity(dir: string, rows: readonly SensitivityRow[], secondOrder: readonly SecondOrderRow[]): string[] {
  writeFileDurably(join(dir, SENSITIVITY_CSV), tableCsv(SENSITIVITY_COLUMNS, rows));
  writeFileDurably(join(dir, SENSITIVITY_PARQUET), sensitivityParquet(rows));
  const names = [SENSITIVITY_CSV, SENSITIVITY_PARQUET];
  if (secondOrder.length > 0) {
    writeFileDurably(join(dir, SECOND_ORDER_CSV), tableCsv(["metric", "parameter", "parameter2", "S2", "S2_conf"], secondOrder));
    names.push(SECOND_ORDER_CSV);
  }
  return names;
}

/** `x ± h` with 3 significant digits, or the value alone when there is no interval. */
function withConf(x: number, h: number): string {
  const v = Number.isFinite(x) ? String(Number(x.toPrecision(3))) : "n/a";
  return Number.isFinite(h) ? `${v} ± ${Number(h.toPrecision(2))}` : v;
}

/** How a row ranks: mu* for Morris, ST for Sobol'. */
export function importance(r: SensitivityRow): number {
  const v = r.method === "morris" ? r.mu_star : r.ST;
  return Number.isFinite(v) ? v : Number.NEGATIVE_INFINITY;
}

/**
 * Per metric, its `top` parameters by mu* (Morris) or ST (Sobol'), as one table.
 * `analytic` adds the known S1 and ST of a test function per parameter.
 */
export function sensitivityTable(rows: readonly SensitivityRow[], top: number, analytic?: { S1: readonly number[]; ST: readonly number[] }): string {
  const morris = rows[0]?.method === "morris";
  const header = morris ? ["metric", "parameter", "mu*", "mu", "sigma"] : ["metric", "parameter", "S1", "ST"];
  if (analytic) header.push("S1 analytic", "ST analytic");
  const byMetric = new Map<string, SensitivityRow[]>();
  for (const r of rows) byMetric.set(r.metric, [...(byMetric.get(r.metric) ?? []), r]);
  const body: string[][] = [];
  for (const [metric, rs] of byMetric) {
    const ranked = analytic ? rs : [...rs].sort((a, b) => importance(b) - importance(a)).slice(0, top);
    ranked.forEach((r, k) => {
      const cells = morris
        ? [k === 0 ? metric : "", r.parameter, withConf(r.mu_star, r.mu_star_conf), formatValue(r.mu), formatValue(r.sigma)]
        : [k === 0 ? metric : "", r.parameter, withConf(r.S1, r.S1_conf), withConf(r.ST, r.ST_conf)];
      if (analytic) {
        const i = rs.indexOf(r);
        cells.push(formatValue(analytic.S1[i]), formatValue(analytic.ST[i]));
      }
      body.push(cells);
    });
  }
  return formatTable(header, body);
}
