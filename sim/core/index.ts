/**
 * sim/core — Doorstep's Mesa-style agent-based framework. This file only re-exports;
 * each concept lives in its own module. See README.md for a tour and the Mesa name map.
 */
export { createRng, type Rng } from "./rng.ts";
export { hashSeed } from "./hash-seed.ts";
export { logGamma, normalQuantile } from "./special-functions.ts";
export { Scheduler, type EventHandle } from "./scheduler.ts";
export { NetworkSpace, type Path } from "./network-space.ts";
export { Model, STEP_PRIORITY, type ModelOptions } from "./model.ts";
export { Agent } from "./agent.ts";
export { AgentSet, type MethodName, type Reducer, type SelectOptions } from "./agent-set.ts";
export { MultiGrid, type MultiGridOptions, type NeighborhoodOptions } from "./multi-grid.ts";
export { ContinuousSpace, type ContinuousSpaceOptions } from "./continuous-space.ts";
export { DataCollector, type DataCollectorOptions } from "./data-collector.ts";
export { csvField, csvNumber } from "./csv.ts";
export { fullGrid, randomSample, latinHypercube, type Cell, type Dist, type ParamValue } from "./samplers.ts";
export { runSeed, planRuns, inProcessRunner, batchRun, type RunSpec, type Runner, type BatchRow } from "./batch.ts";
