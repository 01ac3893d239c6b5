/**
 * The metric catalogue of the surveillance model and the daily recorder every mechanism
 * reports through. The catalogue is the documentation of the columns of `daily.csv` and
 * of the keys of `summary.json`.
 *
 * API (for the model engineer):
 * ```ts
 * metricCatalogue(groups: string[]): MetricInfo[]      // `day` first, then every metric;
 *                                                      // by-group columns `<metric>__<group>`
 *                                                      // follow their total
 * createMetricsRecorder(groups): MetricsRecorder
 *   rec.inc(name, by = 1)                              // a count (throws on an unknown name)
 *   rec.incGroup(name, group: number | string, by = 1) // total AND `<name>__<group>`
 *   rec.set(name, value)                               // a level (kept until set again)
 *   rec.setGroup(name, group, value)                   // a by-group level (e.g. households__b)
 *   rec.get(name)                                      // the current value (tests, reporters)
 *   rec.endDay(): DailyRow                             // this day's row; counts reset to 0
 * summarise(rows, catalogue, warmupDays): Record<string, number>   // see summarise.ts
 * toCsv(rows, catalogue): string                       // see daily-csv.ts
 * ```
 * Group arguments are either the index into `groups` (as in `MapLayout.houseGroup`) or
 * the group's name. The recorder never allocates per call: values live in one
 * Float64Array indexed through a name -> index map built once.
 */
import type { DailyRow, MetricInfo } from "../simulation-api.ts";
import { METRIC_DEFINITIONS } from "./metric-definitions.ts";

export { summarise, ratio, groupDisparity } from "./summarise.ts";
export { toCsv, formatNumber } from "./daily-csv.ts";
export { METRIC_DEFINITIONS, type MetricDefinition } from "./metric-definitions.ts";

/** Separator between a metric name and a group name in a by-group column. */
export const GROUP_SEPARATOR = "__";

/** The column that numbers the days; first in every row, never summarised. */
export const DAY_COLUMN = "day";

/**
 * Every daily column, in column order: `day`, then each metric of
 * {@link METRIC_DEFINITIONS}, each by-group metric followed by its `<metric>__<group>`
 * columns in the order of `groups`.
 *
 * @example
 * const cat = metricCatalogue(["a", "b"]);
 * cat[0].name;                                   // "day"
 * cat.some((m) => m.name === "arrests_wrongful__b"); // true
 */
export function metricCatalogue(groups: readonly string[]): MetricInfo[] {
  checkGroups(groups);
  const out: MetricInfo[] = [
    {
      name: DAY_COLUMN,
      unit: "day",
      description: "Simulated day number (0 is the first day, a Monday); warm-up days included.",
      kind: "level",
    },
  ];
  for (const d of METRIC_DEFINITIONS) {
    out.push({ name: d.name, unit: d.unit, description: d.description, kind: d.kind });
    if (!d.byGroup) continue;
    for (const g of groups) {
      out.push({
        name: groupColumn(d.name, g),
        unit: d.unit,
        description: `${d.description} Only people of group "${g}".`,
        kind: d.kind,
      });
    }
  }
  return out;
}

/** The name of the by-group column of a metric. @example groupColumn("arrests", "b") // "arrests__b" */
export function groupColumn(metric: string, group: string): string {
  return `${metric}${GROUP_SEPARATOR}${group}`;
}

/** Collects one day of metrics at a time. */
export interface MetricsRecorder {
  /** The catalogue the rows follow (column order). */
  readonly catalogue: readonly MetricInfo[];
  /** Number of days ended so far (the `day` of the next row). */
  readonly day: number;
  /** Add to a metric (normally a count). */
  inc(name: string, by?: number): void;
  /** Add to a by-group metric: its total and its `<name>__<group>` column. */
  incGroup(name: string, group: number | string, by?: number): void;
  /** Set a metric (normally a level); a level keeps its value until set again. */
  set(name: string, value: number): void;
  /** Set the `<name>__<group>` column of a by-group level (the total is not touched). */
  setGroup(name: string, group: number | string, value: number): void;
  /** Current value of a column. */
  get(name: string): number;
  /** Close the day: its row (every column in catalogue order), then counts reset to 0. */
  endDay(): DailyRow;
}

/**
 * A recorder for the metrics of {@link metricCatalogue}.
 *
 * @example
 * const rec = createMetricsRecorder(["a", "b", "c"]);
 * rec.inc("packages_delivered", 3);
 * rec.incGroup("arrests_wrongful", "b");   // arrests_wrongful += 1, arrests_wrongful__b += 1
 * rec.set("camera_adoption", 0.2);
 * const row = rec.endDay();                // { day: 0, packages_delivered: 3, ... }
 */
export function createMetricsRecorder(groups: readonly string[]): MetricsRecorder {
  const catalogue = metricCatalogue(groups);
  const n = catalogue.length;
  const G = groups.length;
  const index = new Map<string, number>();
  catalogue.forEach((m, i) => index.set(m.name, i));
  const groupIndex = new Map<string, number>();
  groups.forEach((g, i) => groupIndex.set(g, i));
  const isCount = new Uint8Array(n);
  catalogue.forEach((m, i) => (isCount[i] = m.kind === "count" ? 1 : 0));
  // For each column: index of its first by-group column, or -1 if it has none.
  const firstGroupCol = new Int32Array(n).fill(-1);
  for (const d of METRIC_DEFINITIONS) {
    if (d.byGroup && G > 0) firstGroupCol[index.get(d.name)!] = index.get(groupColumn(d.name, groups[0]))!;
  }
  const dayCol = index.get(DAY_COLUMN)!;
  const values = new Float64Array(n);
  let day = 0;

  function col(name: string): number {
    const i = index.get(name);
    if (i === undefined || i === dayCol) {
      throw new Error(`metrics: unknown metric "${name}"; add it to metric-definitions.ts or fix the name (see metricCatalogue()).`);
    }
    return i;
  }
  /** The `<name>__<group>` column of column `i` (named `name`); no allocation. */
  function groupCol(i: number, name: string, group: number | string): number {
    const first = firstGroupCol[i];
    if (first < 0) throw new Error(`metrics: "${name}" is not broken down by group; use inc()/set(), or mark it byGroup in metric-definitions.ts.`);
    const g = typeof group === "number" ? group : (groupIndex.get(group) ?? -1);
    if (!Number.isInteger(g) || g < 0 || g >= G) {
      throw new Error(`metrics: unknown group ${JSON.stringify(group)} for "${name}"; groups are ${JSON.stringify(groups)}.`);
    }
    return first + g;
  }

  return {
    catalogue,
    get day() {
      return day;
    },
    inc(name, by = 1) {
      values[col(name)] += by;
    },
    incGroup(name, group, by = 1) {
      const i = col(name);
      values[i] += by;
      values[groupCol(i, name, group)] += by;
    },
    set(name, value) {
      values[col(name)] = value;
    },
    setGroup(name, group, value) {
      values[groupCol(col(name), name, group)] = value;
    },
    get(name) {
      const i = index.get(name);
      if (i === undefined) throw new Error(`metrics: unknown metric "${name}".`);
      return i === dayCol ? day : values[i];
    },
    endDay() {
      values[dayCol] = day;
      const row: DailyRow = {};
      for (let i = 0; i < n; i++) {
        row[catalogue[i].name] = values[i];
        if (isCount[i]) values[i] = 0;
      }
      day++;
      return row;
    },
  };
}

function checkGroups(groups: readonly string[]): void {
  const seen = new Set<string>();
  for (const g of groups) {
    if (!/^[a-z0-9_]+$/i.test(g) || g.includes(GROUP_SEPARATOR)) {
      throw new Error(`metrics: group name "${g}" must be letters, digits or single underscores (it becomes part of a column name).`);
    }
    if (seen.has(g)) throw new Error(`metrics: group "${g}" is listed twice.`);
    seen.add(g);
  }
}
