/**
 * MetricTable: named per-period metrics that a model's mechanisms record as things
 * happen, kept in columnar Float64Array storage, one column per metric (and per group of
 * a by-group metric). A "count" adds up during a period and restarts at 0; a "level" is a
 * state that keeps its value until set again. `close()` appends the period's values as a
 * row. The `DataCollector` owns one when given `metrics`.
 *
 * Names are typed: a table built from specs whose names are the union `N` accepts only
 * those names, so a misspelt metric does not compile.
 */
import { ensureFloat64 } from "./growable.ts";

/** How a metric aggregates over a period: summed events, or a state sampled at its end. */
export type MetricKind = "count" | "level";

/** The declaration of one metric. */
export interface MetricSpec<N extends string = string> {
  name: N;
  unit: string;
  /** Plain words: what is counted, when, by whom. */
  description: string;
  kind: MetricKind;
  /** Also kept per group as `<name>__<group>`. */
  byGroup?: boolean;
  /** A short label for dashboards ("Packages stolen"). */
  label: string;
}

/** One column of the table: a metric, or one group of a by-group metric. */
export interface MetricColumn {
  name: string;
  unit: string;
  description: string;
  kind: MetricKind;
  label: string;
  /** The metric the column belongs to. */
  metric: string;
  /** The group, for a by-group column. */
  group?: string;
}

/** Separator between a metric name and a group name in a by-group column. */
export const GROUP_SEPARATOR = "__";

/** The name of a metric's by-group column. @example groupColumn("arrests", "b") // "arrests__b" */
export function groupColumn(metric: string, group: string): string {
  return `${metric}${GROUP_SEPARATOR}${group}`;
}

/**
 * The columns of `specs` in order, each by-group metric followed by its group columns in
 * the order of `groups`. Throws on a duplicate metric or an unusable group name.
 *
 * @example
 * ```ts
 * metricColumns([{ name: "arrests", unit: "arrests", description: "", kind: "count", byGroup: true, label: "Arrests" }], ["a", "b"])
 *   .map((c) => c.name); // ["arrests", "arrests__a", "arrests__b"]
 * ```
 */
export function metricColumns(specs: readonly MetricSpec[], groups: readonly string[] = []): MetricColumn[] {
  checkGroups(groups);
  const seen = new Set<string>();
  const out: MetricColumn[] = [];
  for (const s of specs) {
    if (seen.has(s.name)) throw new Error(`metrics: "${s.name}" is declared twice; each metric has one declaration.`);
    seen.add(s.name);
    out.push({ name: s.name, unit: s.unit, description: s.description, kind: s.kind, label: s.label, metric: s.name });
    if (!s.byGroup) continue;
    for (const g of groups) {
      out.push({
        name: groupColumn(s.name, g),
        unit: s.unit,
        description: s.description,
        kind: s.kind,
        label: `${s.label}, group ${g}`,
        metric: s.name,
        group: g,
      });
    }
  }
  return out;
}

/** Where metrics are recorded (what a mechanism sees of a table). */
export interface MetricSink<N extends string = string> {
  /** Adds to a metric (normally a count). */
  inc(name: N, by?: number): void;
  /** Adds to a by-group metric: its total and its `<name>__<group>` column. */
  incGroup(name: N, group: number | string, by?: number): void;
  /** Sets a metric (normally a level). */
  set(name: N, value: number): void;
  /** Sets one group column of a by-group metric (the total is not touched). */
  setGroup(name: N, group: number | string, value: number): void;
}

/**
 * The current period's values and the closed periods' columns.
 *
 * @example
 * ```ts
 * const t = new MetricTable([{ name: "sales", unit: "items", description: "", kind: "count", label: "Sales" }] as const);
 * t.inc("sales", 2);
 * t.close();             // row 0: sales = 2; counts restart at 0
 * t.column("sales");     // Float64Array [2]
 * ```
 */
export class MetricTable<N extends string = string> implements MetricSink<N> {
  /** Every column, in order. */
  readonly columns: readonly MetricColumn[];
  private readonly index = new Map<string, number>();
  private readonly groupIndex = new Map<string, number>();
  private readonly groups: readonly string[];
  private readonly isCount: Uint8Array;
  /** Per column: the index of its first group column, or -1. */
  private readonly firstGroupCol: Int32Array;
  private readonly values: Float64Array;
  private history: Float64Array<ArrayBuffer>[];
  private rows = 0;

  constructor(specs: readonly MetricSpec<N>[], groups: readonly string[] = []) {
    this.columns = metricColumns(specs, groups);
    this.groups = groups;
    const n = this.columns.length;
    this.columns.forEach((c, i) => this.index.set(c.name, i));
    groups.forEach((g, i) => this.groupIndex.set(g, i));
    this.isCount = Uint8Array.from(this.columns, (c) => (c.kind === "count" ? 1 : 0));
    this.firstGroupCol = new Int32Array(n).fill(-1);
    for (const s of specs) {
      if (s.byGroup && groups.length > 0) this.firstGroupCol[this.index.get(s.name)!] = this.index.get(groupColumn(s.name, groups[0]))!;
    }
    this.values = new Float64Array(n);
    this.history = this.columns.map(() => new Float64Array(64));
  }

  /** Number of closed periods (rows). */
  get rowCount(): number {
    return this.rows;
  }

  inc(name: N, by = 1): void {
    this.values[this.col(name)] += by;
  }

  incGroup(name: N, group: number | string, by = 1): void {
    const i = this.col(name);
    this.values[i] += by;
    this.values[this.groupCol(i, name, group)] += by;
  }

  set(name: N, value: number): void {
    this.values[this.col(name)] = value;
  }

  setGroup(name: N, group: number | string, value: number): void {
    this.values[this.groupCol(this.col(name), name, group)] = value;
  }

  /** The current (open period's) value of a column, by column name. */
  get(column: string): number {
    const i = this.index.get(column);
    if (i === undefined) throw new Error(`metrics: unknown column "${column}"; expected one of: ${this.columns.map((c) => c.name).join(", ")}.`);
    return this.values[i];
  }

  /** Closes the period: its values become a row; counts restart at 0, levels keep their value. */
  close(): void {
    const r = this.rows++;
    for (let i = 0; i < this.values.length; i++) {
      const col = (this.history[i] = ensureFloat64(this.history[i], r + 1));
      col[r] = this.values[i];
      if (this.isCount[i]) this.values[i] = 0;
    }
  }

  /** A column's closed values, one per row (a view, valid until the next `close`). */
  column(name: string): Float64Array {
    const i = this.index.get(name);
    if (i === undefined) throw new Error(`metrics: unknown column "${name}"; expected one of: ${this.columns.map((c) => c.name).join(", ")}.`);
    return this.history[i].subarray(0, this.rows);
  }

  /** The value of column `i` (in `columns` order) in row `r`. */
  valueAt(i: number, r: number): number {
    return this.history[i][r];
  }

  private col(name: string): number {
    const i = this.index.get(name);
    if (i === undefined || this.columns[i].group !== undefined) {
      throw new Error(
        `metrics: unknown metric "${name}"; declare it in a part's metrics or fix the name (have: ${this.columns
          .filter((c) => c.group === undefined)
          .map((c) => c.name)
          .join(", ")}).`,
      );
    }
    return i;
  }

  private groupCol(i: number, name: string, group: number | string): number {
    const first = this.firstGroupCol[i];
    if (first < 0) throw new Error(`metrics: "${name}" is not broken down by group; use inc()/set(), or declare it with byGroup: true.`);
    const g = typeof group === "number" ? group : (this.groupIndex.get(group) ?? -1);
    if (!Number.isInteger(g) || g < 0 || g >= this.groups.length) {
      throw new Error(`metrics: unknown group ${JSON.stringify(group)} for "${name}"; groups are ${JSON.stringify(this.groups)}.`);
    }
    return first + g;
  }
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
