/** The Sensitivity page's reading of sensitivity tables and the rows its charts draw. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readSensitivityTable } from "../../viz/sensitivity/sensitivity-data.ts";
import { morrisRows, sobolRows } from "../../viz/sensitivity/sensitivity-specs.ts";

const bytesOf = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;
const HEADER = "metric,parameter,method,mu,mu_star,mu_star_conf,sigma,S1,S1_conf,ST,ST_conf";

describe("readSensitivityTable", () => {
  it("reads the e2e fixture written by doorstep sensitivity", async () => {
    const buf = readFileSync(new URL("../e2e/fixtures/sensitivity.csv", import.meta.url));
    const t = await readSensitivityTable("sensitivity.csv", buf.buffer.slice(buf.byteOffset, buf.byteOffset + buf.byteLength));
    expect(t.metrics).toEqual(["packages_stolen", "owners_asked", "owners_shared", "clips_obtained", "innocents_in_shared_footage"]);
    expect(t.rows).toHaveLength(30);
    expect(t.rows[0]).toMatchObject({ method: "morris", S1: null, ST: null });
    expect(typeof t.rows[0].mu_star).toBe("number");
  });

  it("turns rows into chart rows with interval ends", async () => {
    const t = await readSensitivityTable(
      "s.csv",
      bytesOf(`${HEADER}\ny,a,sobol,,,,,0.3,0.05,0.5,0.1\ny,b,sobol,,,,,0.1,0.02,,\nz,a,morris,1,2,0.5,3,,,,\n`),
    );
    expect(sobolRows(t.rows.filter((r) => r.metric === "y"))).toEqual([
      { parameter: "a", index: "first order (S1)", value: 0.3, lo: 0.25, hi: 0.35 },
      { parameter: "a", index: "total (ST)", value: 0.5, lo: 0.4, hi: 0.6 },
      { parameter: "b", index: "first order (S1)", value: 0.1, lo: 0.08, hi: 0.12000000000000001 },
    ]);
    expect(morrisRows(t.rows.filter((r) => r.metric === "z"))).toEqual([{ parameter: "a", mu_star: 2, sigma: 3, lo: 1.5, hi: 2.5 }]);
  });

  it("explains a file that is not a sensitivity table", async () => {
    await expect(readSensitivityTable("runs.csv", bytesOf("runIndex,cellIndex\n0,0\n"))).rejects.toThrow(
      /runs\.csv is not a sensitivity table: it has no metric, parameter/,
    );
  });
});
