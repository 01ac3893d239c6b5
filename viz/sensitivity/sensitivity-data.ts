/**
 * Reading a sensitivity table written by `doorstep sensitivity` (sensitivity.csv or
 * sensitivity.parquet): one row per metric and parameter with `metric, parameter, method,
 * mu, mu_star, mu_star_conf, sigma, S1, S1_conf, ST, ST_conf`, empty where a statistic
 * does not apply to the method.
 */
import { csvParse } from "d3";
import { parquetReadObjects } from "hyparquet";

export interface SensitivityEntry {
  metric: string;
  parameter: string;
  method: "morris" | "sobol";
  mu: number | null;
  mu_star: number | null;
  mu_star_conf: number | null;
  sigma: number | null;
  S1: number | null;
  S1_conf: number | null;
  ST: number | null;
  ST_conf: number | null;
}

export interface SensitivityTable {
  fileName: string;
  rows: SensitivityEntry[];
  /** Metrics in file order. */
  metrics: string[];
}

const STATS = ["mu", "mu_star", "mu_star_conf", "sigma", "S1", "S1_conf", "ST", "ST_conf"] as const;

function num(v: unknown): number | null {
  if (v === null || v === undefined || v === "") return null;
  const x = Number(v);
  return Number.isFinite(x) ? x : null;
}

/** Parses a sensitivity table from a file's bytes; throws an Error with a readable message. */
export async function readSensitivityTable(fileName: string, bytes: ArrayBuffer): Promise<SensitivityTable> {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  const parquet = /\.parquet$/i.test(fileName) || String.fromCharCode(...head) === "PAR1";
  const raw: Record<string, unknown>[] = parquet
    ? ((await parquetReadObjects({ file: bytes })) as Record<string, unknown>[])
    : csvParse(new TextDecoder().decode(bytes));
  const columns = Object.keys(raw[0] ?? {});
  const missing = ["metric", "parameter", "method", ...STATS].filter((c) => !columns.includes(c));
  if (raw.length > 0 && missing.length > 0) {
    throw new Error(
      `${fileName} is not a sensitivity table: it has no ${missing.join(", ")} column (expected sensitivity.csv or .parquet from "doorstep sensitivity").`,
    );
  }
  if (raw.length === 0) throw new Error(`${fileName} has no rows.`);
  const rows = raw.map((r) => {
    const method = String(r.method);
    if (method !== "morris" && method !== "sobol") throw new Error(`${fileName}: unknown method "${method}" (expected morris or sobol).`);
    const entry = { metric: String(r.metric), parameter: String(r.parameter), method } as SensitivityEntry;
    for (const s of STATS) entry[s] = num(r[s]);
    return entry;
  });
  return { fileName, rows, metrics: [...new Set(rows.map((r) => r.metric))] };
}
