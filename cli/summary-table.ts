/**
 * The headline table `doorstep run` prints: every summary metric that is not a per-group
 * breakdown, each value written by its unit as the dashboard and `doorstep compare` write
 * it (`formatMetricValue`: shares in %). An undefined ratio shows as "n/a"; a disparity
 * shows the by-group counts it was computed from in its unit column.
 */
import {
  DISPARITIES,
  disparityCounts,
  formatMetricValue,
  metricDisplay,
  summaryUnit,
  type DisparityDef,
  type MetricInfo,
  type Summary,
} from "../sim/node.ts";
import { formatTable, formatValue } from "./format-table.ts";

/** Per-group columns are named `<metric>__<group>`; the headline leaves them to summary.json. */
export function isHeadline(name: string): boolean {
  return !name.includes("__");
}

/**
 * @example
 * ```ts
 * console.log(summaryTable(summary, info.metrics));
 * ```
 */
export function summaryTable(summary: Summary, metrics: readonly MetricInfo[]): string {
  const counts = new Map(DISPARITIES.map((d) => [d.key, disparityText(summary, d)]));
  const rows = Object.entries(summary)
    .filter(([name]) => isHeadline(name))
    .map(([name, v]) => {
      const unit = summaryUnit(name, metrics);
      return [name, formatMetricValue(v, unit), counts.get(name) ?? metricDisplay(unit).unit];
    });
  return formatTable(["metric", "value", "unit"], rows);
}

/**
 * The by-group counts behind a disparity, e.g. "a 1/17, b 0/3, c 1/3 fr_false_matches/fr_searches".
 *
 * @example
 * ```ts
 * disparityText(summary, DISPARITIES[0]); // "a 1/17, b 0/3, c 1/3 fr_false_matches/fr_searches"
 * ```
 */
export function disparityText(summary: Summary, d: DisparityDef): string {
  const parts = disparityCounts(summary, d).map((c) => `${c.group} ${formatValue(c.events)}/${formatValue(c.base)}`);
  return parts.length > 0 ? `${parts.join(", ")} ${d.events}/${d.base}` : "";
}
