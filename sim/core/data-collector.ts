/**
 * DataCollector: samples model reporters (one number per collect) and agent reporters
 * (one number per agent per collect) into growable Float64Array columns (Mesa's
 * DataCollector without per-step object churn), and exports them as rows or CSV.
 * Given `metrics`, it also keeps the counts and levels that mechanisms record between
 * collects (a `MetricTable`, typed by metric name); each collect closes their row.
 */
import { AgentSet } from "./agent-set.ts";
import { csvField, csvNumber } from "./csv.ts";
import { ensureFloat64 } from "./growable.ts";
import { MetricTable, type MetricSink, type MetricSpec } from "./metric-table.ts";

/** Options for {@link DataCollector}. */
export interface DataCollectorOptions<M, A, N extends string = string> {
  /** Named model-level reporters, each giving one number per collect. */
  modelReporters?: Record<string, (model: M) => number>;
  /** Named agent-level reporters, each giving one number per agent per collect. */
  agentReporters?: Record<string, (agent: A) => number>;
  /** The agents to report on (default: `model.agents`). */
  agents?: (model: M) => Iterable<A>;
  /** The step label of a collect (default: `model.steps` when it is a number, else the collect count). */
  step?: (model: M) => number;
  /** An agent's id (default: `agent.id`). */
  agentId?: (agent: A) => number;
  /** Metrics recorded between collects with `inc`/`set` (counts restart at 0 after each collect). */
  metrics?: readonly MetricSpec<N>[];
  /** Groups of the by-group metrics (`<metric>__<group>` columns). */
  groups?: readonly string[];
  /** Name of the step column in rows and CSV (default "step"; e.g. "day"). */
  stepName?: string;
}

/** A growable numeric column. */
class Column {
  data = new Float64Array(64);
  push(n: number, v: number): void {
    this.data = ensureFloat64(this.data, n + 1);
    this.data[n] = v;
  }
}

/**
 * Collects model and agent data into typed columns.
 *
 * @example
 * ```ts
 * const dc = new DataCollector<WealthModel, Person>({
 *   modelReporters: { gini: (m) => m.gini() },
 *   agentReporters: { wealth: (a) => a.wealth },
 * });
 * dc.collect(model);                 // once per step, e.g. at the end of model.step()
 * dc.column("gini");                 // Float64Array, one value per collect
 * dc.agentRows();                    // [{ step, agentId, wealth }, ...]
 * writeFileSync("gini.csv", dc.toCSV());
 * ```
 */
export class DataCollector<M = any, A = any, N extends string = string> implements MetricSink<N> {
  /** The counts and levels recorded between collects (empty without `metrics`). */
  readonly metrics: MetricTable<N>;
  /** Name of the step column. */
  readonly stepName: string;
  private readonly modelNames: string[];
  private readonly modelFns: ((m: M) => number)[];
  private readonly agentNames: string[];
  private readonly agentFns: ((a: A) => number)[];
  private readonly agentsOf: (m: M) => Iterable<A>;
  private readonly stepOf: ((m: M) => number) | undefined;
  private readonly idOf: (a: A) => number;
  private readonly modelCols: Column[];
  private readonly stepCol = new Column();
  private nModel = 0;
  private readonly agentCols: Column[];
  private readonly agentStepCol = new Column();
  private readonly agentIdCol = new Column();
  private nAgent = 0;
  private currentStep = 0;
  /** Appends one agent row for the step being collected (bound once: no per-collect closure). */
  private readonly collectAgent = (a: A): void => {
    const r = this.nAgent++;
    this.agentStepCol.push(r, this.currentStep);
    this.agentIdCol.push(r, this.idOf(a));
    const fns = this.agentFns;
    for (let i = 0; i < fns.length; i++) this.agentCols[i].push(r, fns[i](a));
  };

  constructor(opts: DataCollectorOptions<M, A, N> = {}) {
    const mr = opts.modelReporters ?? {};
    const ar = opts.agentReporters ?? {};
    this.modelNames = Object.keys(mr);
    this.agentNames = Object.keys(ar);
    this.stepName = opts.stepName ?? "step";
    this.metrics = new MetricTable<N>(opts.metrics ?? [], opts.groups ?? []);
    const reserved = new Set([this.stepName, "agentId"]);
    const names = [...this.modelNames, ...this.agentNames, ...this.metrics.columns.map((c) => c.name)];
    for (const n of names) {
      if (reserved.has(n)) throw new Error(`DataCollector: "${n}" is a reserved column name; rename the reporter or metric`);
    }
    const modelSet = new Set(this.modelNames);
    for (const c of this.metrics.columns) {
      if (modelSet.has(c.name)) throw new Error(`DataCollector: "${c.name}" is both a model reporter and a metric; rename one`);
    }
    this.modelFns = this.modelNames.map((n) => mr[n]);
    this.agentFns = this.agentNames.map((n) => ar[n]);
    this.modelCols = this.modelNames.map(() => new Column());
    this.agentCols = this.agentNames.map(() => new Column());
    this.agentsOf = opts.agents ?? defaultAgents;
    this.stepOf = opts.step;
    this.idOf = opts.agentId ?? defaultId;
  }

  /** Number of model rows (collects). */
  get rowCount(): number {
    return this.nModel;
  }

  /** Number of agent rows (agents summed over collects). */
  get agentRowCount(): number {
    return this.nAgent;
  }

  /** Names of the model reporters, in declaration order. */
  get modelReporterNames(): readonly string[] {
    return this.modelNames;
  }

  /** Names of the agent reporters, in declaration order. */
  get agentReporterNames(): readonly string[] {
    return this.agentNames;
  }

  /** Adds to a metric (see {@link MetricTable.inc}). */
  inc(name: N, by = 1): void {
    this.metrics.inc(name, by);
  }

  /** Adds to a by-group metric: its total and one group column. */
  incGroup(name: N, group: number | string, by = 1): void {
    this.metrics.incGroup(name, group, by);
  }

  /** Sets a metric (normally a level). */
  set(name: N, value: number): void {
    this.metrics.set(name, value);
  }

  /** Sets one group column of a by-group metric. */
  setGroup(name: N, group: number | string, value: number): void {
    this.metrics.setGroup(name, group, value);
  }

  /** Samples every reporter once and closes the metrics' row (counts restart at 0). */
  collect(model: M): void {
    const step = this.stepOf ? this.stepOf(model) : defaultStep(model, this.nModel);
    const row = this.nModel;
    this.stepCol.push(row, step);
    for (let i = 0; i < this.modelFns.length; i++) this.modelCols[i].push(row, this.modelFns[i](model));
    this.metrics.close();
    this.nModel++;
    if (this.agentFns.length === 0) return;
    this.currentStep = step;
    const agents = this.agentsOf(model);
    // AgentSet.do avoids the generator protocol in the common case.
    if (agents instanceof AgentSet) (agents as AgentSet<A & object>).do(this.collectAgent);
    else for (const a of agents) this.collectAgent(a);
  }

  /**
   * A model reporter's values, one per collect. A view on internal storage: valid until
   * the next `collect`; copy it (`.slice()`) to keep it.
   */
  column(name: string): Float64Array {
    const i = this.modelNames.indexOf(name);
    if (i < 0) {
      if (this.metrics.columns.some((c) => c.name === name)) return this.metrics.column(name);
      const have = [...this.modelNames, ...this.metrics.columns.map((c) => c.name)];
      throw new Error(`DataCollector.column: no model reporter "${name}" and no metric of that name (have: ${have.join(", ") || "none"})`);
    }
    return this.modelCols[i].data.subarray(0, this.nModel);
  }

  /** The step label of each model row (view, as {@link column}). */
  steps(): Float64Array {
    return this.stepCol.data.subarray(0, this.nModel);
  }

  /** An agent reporter's values, one per agent row (view, as {@link column}). */
  agentColumn(name: string): Float64Array {
    const i = this.agentNames.indexOf(name);
    if (i < 0) throw new Error(`DataCollector.agentColumn: no agent reporter "${name}" (have: ${this.agentNames.join(", ") || "none"})`);
    return this.agentCols[i].data.subarray(0, this.nAgent);
  }

  /** The step of each agent row (view). */
  agentSteps(): Float64Array {
    return this.agentStepCol.data.subarray(0, this.nAgent);
  }

  /** The agent id of each agent row (view). */
  agentIds(): Float64Array {
    return this.agentIdCol.data.subarray(0, this.nAgent);
  }

  /** Model row `r`: `{ <stepName>: step, <reporter>: value, ..., <metric column>: value, ... }`. */
  row(r: number): Record<string, number> {
    if (!(r >= 0 && r < this.nModel)) throw new RangeError(`DataCollector.row: row ${r} does not exist (have ${this.nModel})`);
    const row: Record<string, number> = { [this.stepName]: this.stepCol.data[r] };
    for (let i = 0; i < this.modelNames.length; i++) row[this.modelNames[i]] = this.modelCols[i].data[r];
    const cols = this.metrics.columns;
    for (let i = 0; i < cols.length; i++) row[cols[i].name] = this.metrics.valueAt(i, r);
    return row;
  }

  /** Model data as rows (see {@link row}). */
  modelRows(): Record<string, number>[] {
    const rows: Record<string, number>[] = [];
    for (let r = 0; r < this.nModel; r++) rows.push(this.row(r));
    return rows;
  }

  /** Agent data as rows: `{ step, agentId, <reporter>: value, ... }`. */
  agentRows(): ({ step: number; agentId: number } & Record<string, number>)[] {
    const rows: ({ step: number; agentId: number } & Record<string, number>)[] = [];
    for (let r = 0; r < this.nAgent; r++) {
      const row = { step: this.agentStepCol.data[r], agentId: this.agentIdCol.data[r] } as { step: number; agentId: number } & Record<string, number>;
      for (let i = 0; i < this.agentNames.length; i++) row[this.agentNames[i]] = this.agentCols[i].data[r];
      rows.push(row);
    }
    return rows;
  }

  /** Model data as CSV (header `step,<reporters>,<metric columns>`; NaN as an empty field). */
  toCSV(): string {
    const metricCols = this.metrics.columns.map((c) => ({ data: this.metrics.column(c.name) }) as Column);
    return toCsv(
      [this.stepName, ...this.modelNames, ...this.metrics.columns.map((c) => c.name)],
      [this.stepCol, ...this.modelCols, ...metricCols],
      this.nModel,
    );
  }

  /** Agent data as CSV (header `step,agentId,<reporters>`). */
  agentCSV(): string {
    return toCsv([this.stepName, "agentId", ...this.agentNames], [this.agentStepCol, this.agentIdCol, ...this.agentCols], this.nAgent);
  }
}

function toCsv(names: string[], cols: Column[], n: number): string {
  const lines: string[] = [names.map(csvField).join(",")];
  const fields: string[] = new Array(cols.length);
  for (let r = 0; r < n; r++) {
    for (let i = 0; i < cols.length; i++) fields[i] = csvNumber(cols[i].data[r]);
    lines.push(fields.join(","));
  }
  return lines.join("\n") + "\n";
}

function defaultAgents<M, A>(model: M): Iterable<A> {
  const agents = (model as { agents?: unknown }).agents;
  if (agents === null || typeof agents !== "object" || !(Symbol.iterator in agents)) {
    throw new Error("DataCollector: the model has no iterable `agents`; pass `agents: (m) => ...` in the options");
  }
  return agents as Iterable<A>;
}

function defaultStep<M>(model: M, collects: number): number {
  const s = (model as { steps?: unknown }).steps;
  return typeof s === "number" ? s : collects;
}

function defaultId<A>(agent: A): number {
  const id = (agent as { id?: unknown }).id;
  if (typeof id !== "number") throw new Error("DataCollector: agent has no numeric `id`; pass `agentId: (a) => ...` in the options");
  return id;
}
