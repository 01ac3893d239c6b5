/** The headline table `doorstep run` prints: every summary metric that is not a per-group breakdown. */
import type { MetricInfo } from "../sim/node.ts";
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
export function summaryTable(summary: Record<string, number>, metrics: readonly MetricInfo[]): string {
  const units = new Map(metrics.map((m) => [m.name, m.unit]));
  const rows = Object.entries(summary)
    .filter(([name]) => isHeadline(name))
    .map(([name, v]) => [name, formatValue(v), units.get(name) ?? ""]);
  return formatTable(["metric", "value", "unit"], rows);
}
