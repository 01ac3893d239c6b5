/**
 * Reading a sweep table written by `doorstep sweep` (runs.csv or runs.parquet): one row
 * per run with `runIndex, cellIndex, replication, seed`, one column per varied parameter
 * (named by its dotted path, e.g. `policy.name`), then every summary metric.
 */
import { csvParse, autoType } from "d3";
import { parquetReadObjects } from "hyparquet";
import { meanCiNonNegative, type MeanCi } from "../shared/stats.ts";

export type Cell = number | string | boolean | null;
export type SweepRow = Record<string, Cell>;

export interface SweepTable {
  fileName: string;
  rows: SweepRow[];
  params: string[];
  metrics: string[];
}

const FIXED = ["runIndex", "cellIndex", "replication", "seed"];

function normalise(v: unknown): Cell {
  if (typeof v === "bigint") return Number(v);
  if (v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.toISOString();
  return String(v);
}

/** Parameter columns: dotted names; failing that, columns constant within each cell that vary across cells. */
export function classifyColumns(columns: string[], rows: SweepRow[]): { params: string[]; metrics: string[] } {
  const rest = columns.filter((c) => !FIXED.includes(c));
  let params = rest.filter((c) => c.includes("."));
  if (params.length === 0) {
    params = rest.filter((c) => {
      const byCell = new Map<unknown, Cell>();
      const values = new Set<Cell>();
      for (const r of rows) {
        const key = r.cellIndex;
        if (byCell.has(key) && byCell.get(key) !== r[c]) return false;
        byCell.set(key, r[c]);
        values.add(r[c]);
      }
      return values.size > 1;
    });
  }
  const metrics = rest.filter((c) => !params.includes(c) && rows.some((r) => typeof r[c] === "number"));
  return { params, metrics };
}

/** Parses a sweep table from a file's bytes; throws an Error with a readable message. */
export async function readSweepTable(fileName: string, bytes: ArrayBuffer): Promise<SweepTable> {
  let rows: SweepRow[];
  let columns: string[];
  if (/\.parquet$/i.test(fileName) || isParquet(bytes)) {
    const objs = (await parquetReadObjects({ file: bytes })) as Record<string, unknown>[];
    rows = objs.map((o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, normalise(v)])));
    columns = Object.keys(objs[0] ?? {});
  } else {
    const text = new TextDecoder().decode(bytes);
    const parsed = csvParse(text, autoType);
    columns = parsed.columns;
    rows = parsed.map((r) => Object.fromEntries(columns.map((c) => [c, normalise((r as Record<string, unknown>)[c])])));
  }
  const missing = FIXED.filter((c) => !columns.includes(c));
  if (missing.length)
    throw new Error(
      `${fileName} is not a sweep table: it has no ${missing.join(", ")} column${missing.length > 1 ? "s" : ""} (expected runs.csv or runs.parquet from "doorstep sweep").`,
    );
  if (rows.length === 0) throw new Error(`${fileName} has no rows.`);
  const { params, metrics } = classifyColumns(columns, rows);
  return { fileName, rows, params, metrics };
}

function isParquet(bytes: ArrayBuffer): boolean {
  const b = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  return b.length === 4 && b[0] === 0x50 && b[1] === 0x41 && b[2] === 0x52 && b[3] === 0x31; // "PAR1"
}

/** Distinct values of a column, numbers ascending, others alphabetically. */
export function distinct(rows: SweepRow[], column: string): Cell[] {
  const vals = [...new Set(rows.map((r) => r[column]))];
  return vals.sort((a, b) => (typeof a === "number" && typeof b === "number" ? a - b : String(a).localeCompare(String(b))));
}

export interface Group {
  keys: Record<string, Cell>;
  ci: MeanCi;
}

/** Mean and 95% interval of `metric` across all rows sharing the values of `by`. */
export function groupMean(rows: SweepRow[], by: string[], metric: string): Group[] {
  const groups = new Map<string, { keys: Record<string, Cell>; values: number[] }>();
  for (const r of rows) {
    const keys = Object.fromEntries(by.map((c) => [c, r[c]]));
    const id = JSON.stringify(by.map((c) => r[c]));
    let g = groups.get(id);
    if (!g) groups.set(id, (g = { keys, values: [] }));
    const v = r[metric];
    if (typeof v === "number" && Number.isFinite(v)) g.values.push(v);
  }
  return [...groups.values()].map((g) => ({ keys: g.keys, ci: meanCiNonNegative(g.values) }));
}
