/**
 * The metric catalogue of the surveillance model: the columns of `daily.csv` and the keys
 * of `summary.json`, read from the metrics the registered parts declare (see
 * `sim/domain/parts.ts`). The values are recorded by the core's `DataCollector`.
 *
 * ```ts
 * metricCatalogue(groups, parts?): MetricInfo[]   // `day` first, then every metric;
 *                                                  // by-group columns `<metric>__<group>`
 *                                                  // follow their total
 * METRIC_DEFINITIONS                               // the shipped parts' metrics, column order
 * summarise(rows, catalogue, warmupDays)           // see summarise.ts
 * toCsv(rows, catalogue)                           // see daily-csv.ts
 * ```
 */
import { collectMetricSpecs, GROUP_SEPARATOR, groupColumn, metricColumns, type MetricColumn, type MetricSpec } from "../core/index.ts";
import type { DomainPart } from "./model/domain-part.ts";
import { COLUMN_ORDER, PARTS } from "./parts.ts";
import type { MetricInfo } from "./simulation-api.ts";

export { summarise, ratio, groupDisparity, DISPARITIES } from "./submodels/summarise.ts";
export { toCsv, formatNumber } from "./submodels/daily-csv.ts";
export { GROUP_SEPARATOR, groupColumn };

/** One metric as a part declares it (name, unit, label, description, kind, byGroup). */
export type MetricDefinition = MetricSpec;

/** The column that numbers the days; first in every row, never summarised. */
export const DAY_COLUMN = "day";

/** The shipped parts' metrics, in column order. */
export const METRIC_DEFINITIONS: readonly MetricDefinition[] = collectMetricSpecs(PARTS, COLUMN_ORDER);

/**
 * Every daily column, in column order: `day`, then each metric the parts declare (the
 * published order first), each by-group metric followed by its `<metric>__<group>`
 * columns in the order of `groups`.
 *
 * @example
 * const cat = metricCatalogue(["a", "b"]);
 * cat[0].name;                                        // "day"
 * cat.some((m) => m.name === "arrests_wrongful__b");  // true
 */
export function metricCatalogue(groups: readonly string[], parts: readonly DomainPart[] = PARTS): MetricInfo[] {
  const specs = parts === PARTS ? METRIC_DEFINITIONS : collectMetricSpecs(parts, COLUMN_ORDER);
  return catalogueOf(metricColumns(specs, groups));
}

/**
 * The catalogue of a model's metric columns (e.g. `model.columns` of an assembled model):
 * `day` first, then each column; a group column's description names its group.
 */
export function catalogueOf(columns: readonly MetricColumn[]): MetricInfo[] {
  const out: MetricInfo[] = [
    {
      name: DAY_COLUMN,
      unit: "day",
      description: "Simulated day number (0 is the first day, a Monday); warm-up days included.",
      kind: "level",
      label: "Day",
    },
  ];
  for (const c of columns) {
    const description = c.group === undefined ? c.description : `${c.description} Only people of group "${c.group}".`;
    out.push({ name: c.name, unit: c.unit, description, kind: c.kind, label: c.label });
  }
  return out;
}
