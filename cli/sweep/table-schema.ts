/**
 * The column types of a sweep table, fixed by the whole sweep rather than by the rows a
 * folder happens to hold. Every shard of a sweep then writes the same Parquet schema,
 * even a shard with no runs (when there are more shards than runs), so a reader can scan
 * the runs.parquet of every `shard-N` folder in one query without merging first.
 *
 * - A parameter column's type follows every value the sweep gives that parameter (all
 *   cells): all numbers DOUBLE, all booleans BOOLEAN, else STRING.
 * - The metric columns of a folder with no rows are the summary keys of the sweep's first
 *   run (runIndex 0), whose key order is the table's column order; they come from an
 *   unstepped simulation of that run's scenario, built by the CLI's model, so nothing is
 *   run.
 */
import { applyParams, type RunPlan, type Scenario } from "../../sim/node.ts";
import type { SimulationFactory } from "../../workers/simulation-factory.ts";

/** The Parquet type of a parameter column. */
export type ParamType = "DOUBLE" | "BOOLEAN" | "STRING";

/** What the table writer needs beyond the rows. */
export interface TableSchema {
  /** The type of each parameter column, by its dotted path. */
  paramTypes: Readonly<Record<string, ParamType>>;
  /** The metric columns to write when there are no rows. */
  emptyMetrics: readonly string[];
}

/**
 * The type of a column holding `values`.
 *
 * @example
 * ```ts
 * paramType([0.1, 0.4]);      // "DOUBLE"
 * paramType(["none", 0.4]);   // "STRING"
 * ```
 */
export function paramType(values: readonly unknown[]): ParamType {
  if (values.every((v) => typeof v === "number")) return "DOUBLE";
  if (values.every((v) => typeof v === "boolean")) return "BOOLEAN";
  return "STRING";
}

/**
 * The schema of every folder of a sweep planned as `plan` (all runs, not one shard's),
 * read cell by cell (the runs of a cell share its parameters). `factory` builds the first
 * run's simulation for the metric columns of an empty folder; it is loaded only when
 * `empty` is true.
 *
 * @example
 * ```ts
 * const schema = await sweepTableSchema(sweep.base, sweep.plan(), params, rows.size === 0, deps.loadFactory);
 * writeTables(dir, [...rows.values()], params, schema);
 * ```
 */
export async function sweepTableSchema(
  base: Scenario,
  plan: RunPlan,
  params: readonly string[],
  empty: boolean,
  factory: () => Promise<SimulationFactory>,
): Promise<TableSchema> {
  // What each column has held so far: only numbers, only booleans.
  const numbers = params.map(() => true);
  const booleans = params.map(() => true);
  for (let c = 0; c < plan.cellCount; c++) {
    const cell = plan.cellAt(c);
    params.forEach((p, j) => {
      numbers[j] &&= typeof cell.params[p] === "number";
      booleans[j] &&= typeof cell.params[p] === "boolean";
    });
  }
  const paramTypes: Record<string, ParamType> = {};
  params.forEach((p, j) => {
    paramTypes[p] = numbers[j] ? "DOUBLE" : booleans[j] ? "BOOLEAN" : "STRING";
  });
  const first = plan.size > 0 ? plan.runAt(0) : undefined;
  const emptyMetrics = empty && first ? Object.keys((await factory()).create(applyParams(base, first.params), { seed: first.seed }).summary()) : [];
  return { paramTypes, emptyMetrics };
}
