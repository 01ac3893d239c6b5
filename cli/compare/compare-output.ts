/**
 * What `doorstep compare` prints: per metric and scenario the mean with its 95% interval,
 * and for every scenario after the first the paired difference with its interval, marked
 * "higher" or "lower" when the interval excludes 0 (a clear difference). Intervals are
 * clipped to the metric's valid range: no count below 0, no fraction above 1. As a table
 * for people, CSV, or JSON (undefined values as null) for scripts. A ratio undefined in a
 * run (null in its summary) is left out of the mean and of that seed's difference; the
 * table says in how many runs it was defined, and "n/a" when in none. The table writes
 * values as the dashboard does (`formatMetricValue`: shares in %, their differences in
 * percentage points); CSV and JSON keep the raw values and the declared unit.
 */
import { formatMetricValue, metricDisplay, summaryUnit, type MetricInfo } from "../../sim/node.ts";
import { formatTable, formatValue } from "../format-table.ts";
import { csvField } from "../sweep/runs-table.ts";
import { meanOfDefined, pairedDifferenceOfDefined, type MeanInterval } from "../stats/mean-interval.ts";
import type { PrecisionCheck } from "./precision.ts";

export const FORMATS = ["table", "csv", "json"] as const;
export type CompareFormat = (typeof FORMATS)[number];

/** A difference to the first scenario; `clear` when its 95% interval excludes 0. */
export interface Difference extends MeanInterval {
  clear: "higher" | "lower" | null;
}

export interface CompareCell {
  scenario: string;
  own: MeanInterval;
  diff: Difference | null;
}

export interface CompareRow {
  metric: string;
  unit: string;
  cells: CompareCell[];
}

export interface CompareReport {
  replications: number;
  seed: number;
  scenarios: string[];
  rows: CompareRow[];
  /** Null without --precision. */
  precision: { reached: boolean; maxReplications: number; checks: PrecisionCheck[] } | null;
}

/** The lowest and highest value a metric can take. */
export interface ValidRange {
  min: number;
  max: number;
}

/**
 * A metric's valid range: [0, 1] for a fraction, share or probability (by its declared
 * unit); [0, inf) for a declared count or level, or, for a derived measure the model does
 * not declare, when no run gave a negative value; otherwise unbounded.
 */
export function validRange(info: MetricInfo | undefined, values: readonly (number | null)[]): ValidRange {
  if (info && /^(fraction|share|probability)\b/.test(info.unit)) return { min: 0, max: 1 };
  if (info || values.every((v) => v === null || !(v < 0))) return { min: 0, max: Infinity };
  return { min: -Infinity, max: Infinity };
}

function clip(x: MeanInterval, lo: number, hi: number): MeanInterval {
  return { ...x, lo: Number.isNaN(x.lo) ? x.lo : Math.max(lo, x.lo), hi: Number.isNaN(x.hi) ? x.hi : Math.min(hi, x.hi) };
}

/** The rows for `metrics`; `column(k, m)` gives scenario k's values of m, one per replication. */
export function compareRows(
  metrics: readonly string[],
  labels: readonly string[],
  column: (k: number, m: string) => (number | null)[],
  infos: ReadonlyMap<string, MetricInfo>,
): CompareRow[] {
  return metrics.map((m): CompareRow => {
    const ref = column(0, m);
    const range = validRange(
      infos.get(m),
      labels.flatMap((_, k) => column(k, m)),
    );
    const cells = labels.map((scenario, k): CompareCell => {
      const own = clip(meanOfDefined(column(k, m)), range.min, range.max);
      if (k === 0) return { scenario, own, diff: null };
      const d = pairedDifferenceOfDefined(ref, column(k, m));
      const clear: Difference["clear"] = d.lo > 0 ? "higher" : d.hi < 0 ? "lower" : null;
      return { scenario, own, diff: { ...clip(d, range.min - range.max, range.max - range.min), clear } };
    });
    return { metric: m, unit: summaryUnit(m, [...infos.values()]), cells };
  });
}

/** The table for people, with a header line and, with --precision, the precision report. */
export function formatCompareTable(r: CompareReport): string {
  const ref = r.scenarios[0];
  const rows: string[][] = [];
  for (const row of r.rows) {
    const value = (x: number, difference = false) => formatMetricValue(x, row.unit, { difference });
    const interval = (x: MeanInterval, difference = false) =>
      Number.isFinite(x.lo) && Number.isFinite(x.hi) ? `[${value(x.lo, difference)}, ${value(x.hi, difference)}]` : "n/a";
    const mean = (x: MeanInterval) =>
      x.n === 0 ? "n/a" : x.n < r.replications ? `${value(x.mean)} (${x.n} of ${r.replications} runs)` : value(x.mean);
    const display = metricDisplay(row.unit);
    const unit = display.percent ? `${display.unit}; diff in pp` : display.unit;
    row.cells.forEach((c, k) => {
      rows.push([
        k === 0 ? row.metric : "",
        k === 0 ? unit : "",
        c.scenario,
        mean(c.own),
        interval(c.own),
        c.diff ? (c.diff.n === 0 ? "n/a" : value(c.diff.mean, true)) : "",
        c.diff ? interval(c.diff, true) : "",
        c.diff?.clear ?? "",
      ]);
    });
  }
  const lines = [
    `${r.replications} ${r.replications === 1 ? "replication" : "replications"} per scenario, seeds from ${r.seed}; differences are paired (same seeds); "clear": the 95% interval of the difference excludes 0`,
    // One run per scenario has no spread to measure: every interval is n/a.
    ...(r.replications === 1
      ? ["With 1 replication there are no intervals (n/a) and nothing can be called clear: use --replications 2 or more."]
      : []),
    "",
    formatTable(["metric", "unit", "scenario", "mean", "95% interval", `diff vs ${ref}`, "95% interval", "clear"], rows),
  ];
  if (r.precision) lines.push("", precisionText(r));
  return lines.join("\n") + "\n";
}

/** Whether every precision target was reached, and if not, by how much each was missed. */
export function precisionText(r: CompareReport): string {
  const p = r.precision!;
  const lines = [
    p.reached
      ? `precision reached after ${r.replications} replications: every interval of the differences is as narrow as asked`
      : `precision not reached: stopped at the maximum of ${p.maxReplications} replications`,
  ];
  for (const c of p.checks) {
    const asked = c.target.relative ? `${c.target.halfWidth}% of ${r.scenarios[0]}'s mean = ${formatValue(c.wanted)}` : formatValue(c.wanted);
    const status = c.met
      ? "ok"
      : `not reached${Number.isFinite(c.needed) ? `; about ${c.needed} replications would be needed at the observed variance` : ""}`;
    lines.push(
      `  ${c.target.metric}, ${r.scenarios[c.scenario]} vs ${r.scenarios[0]}: half-width ${formatValue(c.halfWidth)}, asked ${asked}: ${status}`,
    );
  }
  return lines.join("\n");
}

/** One CSV row per metric and scenario; undefined values are empty. */
export function formatCompareCsv(r: CompareReport): string {
  const line = (cells: (string | number | undefined)[]) => cells.map(csvField).join(",") + "\n";
  let out = line(["metric", "unit", "scenario", "mean", "lo", "hi", "diff_mean", "diff_lo", "diff_hi", "clear"]);
  for (const row of r.rows) {
    for (const c of row.cells) {
      out += line([row.metric, row.unit, c.scenario, c.own.mean, c.own.lo, c.own.hi, c.diff?.mean, c.diff?.lo, c.diff?.hi, c.diff?.clear ?? ""]);
    }
  }
  return out;
}

const num = (x: number) => (Number.isFinite(x) ? x : null);
const mi = (x: MeanInterval) => ({ mean: num(x.mean), lo: num(x.lo), hi: num(x.hi) });

/** The report as JSON; NaN and infinities (an undefined ratio, n < 2) are null. */
export function formatCompareJson(r: CompareReport): string {
  const json = {
    replications: r.replications,
    seed: r.seed,
    paired: true,
    scenarios: r.scenarios,
    metrics: r.rows.map((row) => ({
      metric: row.metric,
      unit: row.unit,
      scenarios: row.cells.map((c) => ({ scenario: c.scenario, ...mi(c.own), diff: c.diff ? { ...mi(c.diff), clear: c.diff.clear } : null })),
    })),
    precision: r.precision
      ? {
          reached: r.precision.reached,
          maxReplications: r.precision.maxReplications,
          checks: r.precision.checks.map((c) => ({
            metric: c.target.metric,
            scenario: r.scenarios[c.scenario],
            halfWidth: num(c.halfWidth),
            wanted: num(c.wanted),
            met: c.met,
            replicationsNeeded: num(c.needed),
          })),
        }
      : null,
  };
  return JSON.stringify(json, null, 2) + "\n";
}
