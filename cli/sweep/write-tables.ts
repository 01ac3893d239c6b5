/** Writes `runs.csv` and `runs.parquet` of a sweep folder from its rows (atomically, sorted by runIndex). */
import { join } from "node:path";
import type { BatchRow } from "../../sim/node.ts";
import { writeFileDurably } from "../durable-write.ts";
import { runsCsv, runsParquet } from "./runs-table.ts";
import type { TableSchema } from "./table-schema.ts";

export const JOURNAL_FILE = "runs.jsonl";
export const CSV_FILE = "runs.csv";
export const PARQUET_FILE = "runs.parquet";

/**
 * `schema` (see table-schema.ts) fixes the column types from the whole sweep, so a shard's
 * tables, even with no rows, have the same columns and types as every other shard's.
 *
 * @example
 * ```ts
 * writeTables("results/sweeps/adoption", [...rows.values()], definition.parameters);
 * ```
 */
export function writeTables(dir: string, rows: readonly BatchRow[], params: readonly string[], schema?: TableSchema): void {
  writeFileDurably(join(dir, CSV_FILE), runsCsv(rows, params, schema));
  writeFileDurably(join(dir, PARQUET_FILE), runsParquet(rows, params, schema));
}
