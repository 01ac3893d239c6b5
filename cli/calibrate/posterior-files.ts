/**
 * What `doorstep calibrate` writes when it is done: `posterior.csv` (the accepted
 * parameter sets of the last generation, closest first, with distance, weight and the
 * simulated target metrics), `summary.csv` (posterior median and 90% interval per
 * parameter, or the most probable value), `generations.csv` (tolerance, effective sample
 * size and runs per generation), and the summary as a table for the terminal.
 */
import { join } from "node:path";
import { summarisePopulation, type AbcGeneration, type Calibration, type ParamSummary } from "../../sim/node.ts";
import { writeFileDurably } from "../durable-write.ts";
import { formatTable, formatValue } from "../format-table.ts";
import { csvField } from "../sweep/runs-table.ts";

export const POSTERIOR_FILE = "posterior.csv";
export const SUMMARY_FILE = "summary.csv";
export const GENERATIONS_FILE = "generations.csv";

/** The coverage of the posterior interval. */
export const INTERVAL_LEVEL = 0.9;

const line = (cells: (number | string | boolean | undefined)[]) => cells.map(csvField).join(",") + "\n";

/** posterior.csv text; `stats[i]` are the simulated target metrics of proposal i of the last generation. */
export function posteriorCsv(c: Calibration, last: AbcGeneration, stats: readonly Record<string, number>[]): string {
  const params = Object.keys(c.priors);
  const metrics = Object.keys(c.targets);
  const index = new Map(last.proposals.map((p, i) => [p, i]));
  let out = line(["particle", ...params, "distance", "weight", ...metrics]);
  last.particles.forEach((p, k) => {
    const s = stats[index.get(p.params)!] ?? {};
    out += line([k, ...params.map((n) => p.params[n]), p.distance, p.weight, ...metrics.map((m) => s[m])]);
  });
  return out;
}

/** The posterior summary per parameter. */
export function posteriorSummary(c: Calibration, last: AbcGeneration): Record<string, ParamSummary> {
  return summarisePopulation(Object.keys(c.priors), last.particles, INTERVAL_LEVEL);
}

/** summary.csv text. */
export function summaryCsv(summary: Record<string, ParamSummary>): string {
  let out = line(["parameter", "median", "lower_5", "upper_95", "mode", "probability"]);
  for (const [name, s] of Object.entries(summary)) {
    out += s.kind === "numeric" ? line([name, s.median, s.lower, s.upper, "", ""]) : line([name, "", "", "", s.mode, s.probability]);
  }
  return out;
}

/** generations.csv text. */
export function generationsCsv(gens: readonly AbcGeneration[], replications: number): string {
  let out = line(["generation", "runs", "particles", "tolerance", "ess"]);
  gens.forEach((g, i) => (out += line([i, g.proposals.length * replications, g.particles.length, g.tolerance, g.ess])));
  return out;
}

/** Writes the three files into `dir`. */
export function writePosteriorFiles(dir: string, c: Calibration, gens: readonly AbcGeneration[], stats: readonly Record<string, number>[]): void {
  const last = gens[gens.length - 1];
  writeFileDurably(join(dir, POSTERIOR_FILE), posteriorCsv(c, last, stats));
  writeFileDurably(join(dir, SUMMARY_FILE), summaryCsv(posteriorSummary(c, last)));
  writeFileDurably(join(dir, GENERATIONS_FILE), generationsCsv(gens, c.replications));
}

/** The summary for the terminal: one row per parameter. */
export function summaryTableText(summary: Record<string, ParamSummary>): string {
  const rows = Object.entries(summary).map(([name, s]) =>
    s.kind === "numeric"
      ? [name, formatValue(s.median), `[${formatValue(s.lower)}, ${formatValue(s.upper)}]`]
      : [name, String(s.mode), `probability ${formatValue(s.probability)}`],
  );
  return formatTable(["parameter", "posterior median", "90% interval"], rows);
}
