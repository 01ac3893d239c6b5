/**
 * A sweep's runs.parquet read by a reader we did not write: DuckDB's own C++ Parquet
 * reader (the one DuckDB's R, Python and CLI front ends use). The column types are the
 * ones a researcher expects, every value equals runs.csv, and undefined metrics (NaN,
 * or missing from a run) come back as NULL, not 0 or NaN.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { DuckDBInstance } from "@duckdb/node-api";
import { afterAll, describe, expect, it } from "vitest";
import { runsCsv, runsParquet } from "../../cli/sweep/runs-table.ts";
import type { BatchRow } from "../../sim/core/batch.ts";
import { realCli } from "./cli-process.ts";

const tmp = mkdtempSync(join(tmpdir(), "doorstep-duckdb-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Rows of a SQL query as plain JS values, with the column names and DuckDB type names. */
async function query(sql: string): Promise<{ names: string[]; types: string[]; rows: Record<string, unknown>[] }> {
  const db = await DuckDBInstance.create(":memory:");
  const conn = await db.connect();
  try {
    const reader = await conn.runAndReadAll(sql);
    return { names: reader.columnNames(), types: reader.columnTypes().map((t) => t.toString()), rows: reader.getRowObjectsJS() };
  } finally {
    conn.closeSync();
    db.closeSync();
  }
}

describe("runs.parquet in DuckDB", () => {
  it("a real sweep: typed columns and the same values as runs.csv", async () => {
    const out = join(tmp, "sweep");
    const r = realCli(["sweep", "tests/fixtures/cli/small-sweep.yaml", "--workers", "1", "--out", out, "--no-progress"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);

    const path = join(out, "runs.parquet").replace(/'/g, "''");
    const { names, types, rows } = await query(`SELECT * FROM read_parquet('${path}') ORDER BY runIndex`);
    const [header, ...lines] = readFileSync(join(out, "runs.csv"), "utf8").trim().split("\n");
    expect(names).toEqual(header.split(","));
    expect(rows).toHaveLength(lines.length);

    const typeOf = Object.fromEntries(names.map((n, i) => [n, types[i]]));
    expect(typeOf).toMatchObject({
      runIndex: "INTEGER",
      cellIndex: "INTEGER",
      replication: "INTEGER",
      seed: "BIGINT",
      "policy.name": "VARCHAR",
      "residents.initialCameraShare": "DOUBLE",
      packages_delivered: "DOUBLE",
      packages_stolen: "DOUBLE",
    });

    expectSameAsCsv(names, typeOf, rows, lines);

    // And DuckDB's aggregate over the file agrees with the CSV.
    const sum = await query(`SELECT sum(packages_delivered) AS s, count(*) AS n FROM read_parquet('${path}')`);
    const col = header.split(",").indexOf("packages_delivered");
    expect(Number(sum.rows[0].s)).toBe(lines.reduce((a, l) => a + Number(l.split(",")[col]), 0));
    expect(Number(sum.rows[0].n)).toBe(lines.length);
  }, 120_000);

  it("reads undefined metrics (NaN, missing) as NULL and typed parameter columns", async () => {
    const rows: BatchRow[] = [
      {
        runIndex: 1,
        cellIndex: 0,
        replication: 1,
        seed: 4_000_000_000,
        params: { "police.faceRecognition": true, "policy.name": "none" },
        result: { arrests: 2, clearance_rate: 0.5 },
      },
      {
        runIndex: 0,
        cellIndex: 0,
        replication: 0,
        seed: 7,
        params: { "police.faceRecognition": false, "policy.name": 'a, "b"' },
        result: { arrests: 0, clearance_rate: NaN, extra: -0 },
      },
    ];
    const params = ["police.faceRecognition", "policy.name"];
    const file = join(tmp, "hand.parquet");
    writeFileSync(file, runsParquet(rows, params));
    const { names, types, rows: got } = await query(`SELECT * FROM read_parquet('${file.replace(/'/g, "''")}') ORDER BY runIndex`);
    const typeOf = Object.fromEntries(names.map((n, i) => [n, types[i]]));
    expect(typeOf).toMatchObject({
      seed: "BIGINT",
      "police.faceRecognition": "BOOLEAN",
      "policy.name": "VARCHAR",
      clearance_rate: "DOUBLE",
      extra: "DOUBLE",
    });
    expect(got[0]).toMatchObject({ runIndex: 0, seed: 7n, "police.faceRecognition": false, "policy.name": 'a, "b"', clearance_rate: null, extra: 0 });
    expect(got[1]).toMatchObject({ runIndex: 1, seed: 4_000_000_000n, "police.faceRecognition": true, clearance_rate: 0.5, extra: null });
    const csvLines = runsCsv(rows, params).trim().split("\n");
    expect(csvLines[1]).toBe('0,0,0,7,false,"a, ""b""",0,,0');
  });
});

/** Every row of DuckDB's read of the Parquet file equals the CSV line (empty cells as NULL). */
function expectSameAsCsv(names: string[], typeOf: Record<string, string>, rows: Record<string, unknown>[], lines: string[]): void {
  lines.forEach((line, i) => {
    const cells = line.split(",");
    names.forEach((name, c) => {
      const got = rows[i][name];
      if (cells[c] === "") expect(got, `${name} of run ${i}`).toBeNull();
      else if (typeOf[name] === "VARCHAR") expect(got).toBe(cells[c]);
      else expect(Number(got), `${name} of run ${i}`).toBe(Number(cells[c]));
    });
  });
}
