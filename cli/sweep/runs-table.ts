/**
 * The sweep table, one row per run sorted by runIndex: `runIndex, cellIndex, replication,
 * seed`, one column per varied parameter (named by its dotted path), then every summary
 * metric. Written as `runs.csv` and `runs.parquet` (hyparquet-writer), both generated
 * only from the rows, so the same rows always give the same bytes.
 *
 * Metric columns follow the key order of the lowest-numbered run's summary, then any key
 * only other runs have, sorted. NaN/infinite or missing metrics are empty in the CSV and
 * null in Parquet (pandas, polars, R and DuckDB read both as missing). Given a
 * {@link TableSchema}, parameter types and the metric columns of an empty table come from
 * the whole sweep, so every shard of a sweep has the same Parquet schema.
 */
import { parquetWriteBuffer, type ColumnSource } from "hyparquet-writer";
import type { BatchRow } from "../../sim/node.ts";
import { paramType, type ParamType, type TableSchema } from "./table-schema.ts";

/** The metric columns of a set of rows (see the file comment for the order). */
export function metricColumns(rows: readonly BatchRow[]): string[] {
  const sorted = [...rows].sort((a, b) => a.runIndex - b.runIndex);
  const first = sorted.length ? Object.keys(sorted[0].result) : [];
  const seen = new Set(first);
  const extra = new Set<string>();
  for (const r of sorted) for (const k of Object.keys(r.result)) if (!seen.has(k)) extra.add(k);
  return [...first, ...[...extra].sort()];
}

/** One CSV field: numbers in shortest round-trip form (non-finite: empty), strings quoted when needed. */
export function csvField(v: number | string | boolean | undefined): string {
  if (v === undefined) return "";
  if (typeof v === "number") return Number.isFinite(v) ? (Object.is(v, -0) ? "0" : String(v)) : "";
  if (typeof v === "boolean") return v ? "true" : "false";
  return /[",\n\r]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v;
}

/**
 * runs.csv text (RFC 4180, `\n` line ends, numbers in shortest round-trip form).
 *
 * @example
 * ```ts
 * writeFileDurably("runs.csv", runsCsv(rows, ["cameras.adoption"]));
 * ```
 */
export function runsCsv(rows: readonly BatchRow[], params: readonly string[], schema?: TableSchema): string {
  const sorted = [...rows].sort((a, b) => a.runIndex - b.runIndex);
  const metrics = sorted.length === 0 && schema ? schema.emptyMetrics : metricColumns(sorted);
  const header = ["runIndex", "cellIndex", "replication", "seed", ...params, ...metrics].map(csvField);
  const lines = [header.join(",")];
  for (const r of sorted) {
    lines.push(
      [r.runIndex, r.cellIndex, r.replication, r.seed, ...params.map((p) => r.params[p]), ...metrics.map((m) => r.result[m])].map(csvField).join(","),
    );
  }
  return lines.join("\n") + "\n";
}

/** A parameter column of `type` (by default typed by its values, see {@link paramType}). */
function paramColumn(name: string, values: (number | string | boolean | undefined)[], type: ParamType = paramType(values)): ColumnSource {
  if (type === "DOUBLE") return { name, data: values as number[], type: "DOUBLE" };
  if (type === "BOOLEAN") return { name, data: values as boolean[], type: "BOOLEAN" };
  return { name, data: values.map((v) => (v === undefined ? null : String(v))), type: "STRING" };
}

/** runs.parquet bytes (`schema`: see the file comment). */
export function runsParquet(rows: readonly BatchRow[], params: readonly string[], schema?: TableSchema): Uint8Array {
  const sorted = [...rows].sort((a, b) => a.runIndex - b.runIndex);
  const metrics = sorted.length === 0 && schema ? schema.emptyMetrics : metricColumns(sorted);
  const columnData: ColumnSource[] = [
    { name: "runIndex", data: Int32Array.from(sorted, (r) => r.runIndex), type: "INT32", nullable: false },
    { name: "cellIndex", data: Int32Array.from(sorted, (r) => r.cellIndex), type: "INT32", nullable: false },
    { name: "replication", data: Int32Array.from(sorted, (r) => r.replication), type: "INT32", nullable: false },
    { name: "seed", data: sorted.map((r) => BigInt(r.seed)), type: "INT64", nullable: false },
    ...params.map((p) =>
      paramColumn(
        p,
        sorted.map((r) => r.params[p]),
        schema?.paramTypes[p],
      ),
    ),
    ...metrics.map(
      (m): ColumnSource => ({
        name: m,
        data: sorted.map((r) => {
          const v = r.result[m];
          return v === undefined || !Number.isFinite(v) ? null : Object.is(v, -0) ? 0 : v;
        }),
        type: "DOUBLE",
      }),
    ),
  ];
  return new Uint8Array(parquetWriteBuffer({ columnData }));
}
