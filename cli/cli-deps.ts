/**
 * What the commands need from the model, passed in rather than imported, so the same CLI
 * drives the surveillance model (main.ts) and small test models (tests/fixtures).
 */
import type { SimulationFactory } from "../workers/simulation-factory.ts";

export interface CliDeps {
  /** Builds simulations on the main thread (`run`). */
  factory: SimulationFactory;
  /** Worker entry of the pool (`compare`, `sweep`): a module exposing a `PoolWorkerApi`. */
  poolEntry: URL;
  /** Where `results/` lives (default: the current directory). */
  cwd?: string;
}
