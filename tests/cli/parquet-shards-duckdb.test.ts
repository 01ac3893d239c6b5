/**
 * The runs.parquet files of a sharded sweep read in one DuckDB query, before any merge:
 * every shard, even one with no runs (more shards than runs), writes the same columns
 * with the same types, so a glob over the shard folders works.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { runsParquet } from "../../cli/sweep/runs-table.ts";
import { realCli } from "./cli-process.ts";

const tmp = mkdtempSync(join(tmpdir(), "doorstep-shards-duckdb-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Column names and DuckDB types of a query, and its rows. */
async function query(sql: string): Promise<{ schema: string[]; rows: Record<string, unknown>[] }> {
  const db = await DuckDBInstance.create(":memory:");
  const conn = await db.connect();
  try {
    const reader = await conn.runAndReadAll(sql);
    const types = reader.columnTypes().map((t) => t.toString());
    return { schema: reader.columnNames().map((n, i) => `${n} ${types[i]}`), rows: reader.getRowObjectsJS() };
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

describe("shard Parquet files share one schema", () => {
  it("an empty shard has the columns and types of a full one; a glob reads them all", async () => {
    // small-sweep.yaml has 8 runs: shard 1/10 holds run 0, shard 10/10 holds none.
    for (const i of [1, 10]) {
      const r = realCli([
        "sweep",
        "tests/fixtures/cli/small-sweep.yaml",
        "--shard",
        `${i}/10`,
        "--workers",
        "1",
        "--out",
        join(tmp, `shard-${i}`),
        "--no-progress",
      ]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    }
    const full = await query(`SELECT * FROM read_parquet('${join(tmp, "shard-1", "runs.parquet")}')`);
    const empty = await query(`SELECT * FROM read_parquet('${join(tmp, "shard-10", "runs.parquet")}')`);
    expect(empty.rows).toHaveLength(0);
    expect(full.rows).toHaveLength(1);
    expect(empty.schema).toEqual(full.schema);
    expect(full.schema).toContain("policy.name VARCHAR");
    expect(full.schema).toContain("packages_stolen DOUBLE");
    // The CSV header of the empty shard names the same columns.
    expect(readFileSync(join(tmp, "shard-10", "runs.csv"), "utf8")).toBe(`${full.schema.map((c) => c.split(" ")[0]).join(",")}\n`);

    // One query over every shard folder, without merging (DuckDB takes the first file's schema).
    const glob = await query(`SELECT "policy.name" AS p, packages_stolen FROM '${join(tmp, "shard-*", "runs.parquet")}' ORDER BY runIndex`);
    expect(glob.rows).toEqual([{ p: full.rows[0]["policy.name"], packages_stolen: full.rows[0].packages_stolen }]);
  }, 120_000);

  it("without the sweep's schema an empty table has no metric columns (the reason for it)", async () => {
    const file = join(tmp, "bare.parquet");
    writeFileSync(file, runsParquet([], ["policy.name"]));
    const bare = await query(`SELECT * FROM read_parquet('${file}')`);
    expect(bare.schema).toEqual(["runIndex INTEGER", "cellIndex INTEGER", "replication INTEGER", "seed BIGINT", "policy.name DOUBLE"]);
  });
});
