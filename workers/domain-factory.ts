/**
 * The surveillance model as a `SimulationFactory`: scenario YAML validated by the
 * scenario loader (presets bundled, so this works in a browser), simulations from
 * `createSimulation`. Hosts use this by default.
 */
import { createSimulation, parseScenario } from "../sim/index.ts";
import type { SimulationFactory } from "./simulation-factory.ts";

export const domainFactory: SimulationFactory = {
  parse: (yaml, fileName) => parseScenario(yaml, { fileName }),
  create: (scenario, opts) => createSimulation(scenario, opts),
};
