/**
 * What the commands need from the model, passed in rather than imported, so the same CLI
 * drives the surveillance model (main.ts) and small test models (tests/fixtures).
 */
import type { SimulationFactory } from "../workers/simulation-factory.ts";

export interface CliDeps {
  /**
   * Loads the factory that builds simulations on the main thread (`run`). A loader rather
   * than the factory itself, so commands that do not simulate never import the model.
   */
  loadFactory: () => Promise<SimulationFactory>;
  /** Worker entry of the pool (`compare`, `sweep`): a module exposing a `PoolWorkerApi`. */
  poolEntry: URL;
  /** Where `results/` lives (default: the current directory). */
  cwd?: string;
}
