/**
 * sim/core — Doorstep's Mesa-style agent-based framework. This file only re-exports;
 * each concept lives in its own module (see README.md for a tour and the Mesa name map).
 *
 * ```
 *   randomness   createRng, hashSeed, Rng            rng.ts, hash-seed.ts
 *   time         Scheduler, EventHandle              scheduler.ts
 *   model        Model, Agent, AgentSet              model.ts, agent.ts, agent-set.ts
 *   spaces       MultiGrid, ContinuousSpace,         multi-grid.ts, grid-neighborhoods.ts,
 *                NetworkSpace                        continuous-space.ts, network-space.ts
 *   data         DataCollector, MetricTable,         data-collector.ts, metric-table.ts,
 *                csvField                            csv.ts
 *   parts        definePart, PartModel, EventBus     part.ts, part-model.ts, event-bus.ts
 *   batch        createRunPlan, gridCells, fullGrid, run-plan.ts, samplers.ts,
 *                randomSample, latinHypercube,       batch.ts
 *                planRuns, batchRun, ...
 *   sensitivity  morrisSample, morrisIndices,        morris.ts, saltelli.ts,
 *                saltelliSample, sobolIndices,       sobol-sequence.ts,
 *                sobolPoints, ishigami, sobolG,      test-functions.ts,
 *                analyseDesign, analyseTestFunction  sensitivity-table.ts
 *   analysis     runAbc, targetDistance,             abc.ts, abc-prior.ts,
 *                summarisePopulation, normalCdf      weighted-quantile.ts, normal-cdf.ts
 *                replicationsFor, nextReplications   sequential-replications.ts
 *   storage      ensureFloat64, ensureInt32,         growable.ts, stable-order.ts
 *                ensureUint8, stableOrder
 *   statistics   logGamma, normalQuantile, rateRatio special-functions.ts, rate-ratio.ts
 * ```
 *
 * @example
 * ```ts
 * import { Agent, Model, MultiGrid, DataCollector } from "../core/index.ts";
 *
 * class Walker extends Agent {
 *   declare readonly model: Walk;
 *   override step(): void {
 *     const g = this.model.grid;
 *     const hood = g.neighborhoodOfCell(g.cellOf(this));
 *     g.moveToCell(this, hood[this.model.rng.int(0, hood.length)]);
 *   }
 * }
 * class Walk extends Model {
 *   grid = new MultiGrid<Walker>(10, 10, { torus: true });
 *   dc = new DataCollector<Walk>({ modelReporters: { n: (m) => m.agents.size } });
 *   constructor(seed: number) {
 *     super({ seed });
 *     for (let i = 0; i < 20; i++) this.grid.placeInCell(new Walker(this), i);
 *   }
 *   override step(): void {
 *     this.agents.shuffleDo("step");
 *     this.dc.collect(this);
 *   }
 * }
 * const m = new Walk(42);
 * m.runSteps(100);
 * ```
 */
export { createRng, type Rng } from "./rng.ts";
export { hashSeed } from "./hash-seed.ts";
export { logGamma, normalQuantile } from "./special-functions.ts";
export { rateRatio, type RateRatio } from "./rate-ratio.ts";
export { Scheduler, type EventHandle } from "./scheduler.ts";
export { Model, STEP_PRIORITY, type ModelOptions } from "./model.ts";
export { Agent } from "./agent.ts";
export { AgentSet, type MethodName, type Reducer, type SelectOptions } from "./agent-set.ts";
export { MultiGrid, type MultiGridOptions, type NeighborhoodOptions, type NeighborhoodTable } from "./multi-grid.ts";
export { ContinuousSpace, type ContinuousSpaceOptions } from "./continuous-space.ts";
export { NetworkSpace, type Path } from "./network-space.ts";
export { DataCollector, type DataCollectorOptions } from "./data-collector.ts";
export {
  MetricTable,
  metricColumns,
  groupColumn,
  GROUP_SEPARATOR,
  type MetricSpec,
  type MetricKind,
  type MetricColumn,
  type MetricSink,
} from "./metric-table.ts";
export { createEventBus, type EventBus, type BusEvent, type EventOfType } from "./event-bus.ts";
export {
  definePart,
  type Part,
  type AnyPart,
  type PartContext,
  type PartSection,
  type PartHandlers,
  type MetricNameOf,
  type PartNameOf,
  type SectionsOf,
} from "./part.ts";
export { PartModel, collectMetricSpecs, type PartModelOptions, type AssembleOptions } from "./part-model.ts";
export { csvField, csvNumber } from "./csv.ts";
export {
  fullGrid,
  gridCells,
  randomSample,
  randomCells,
  latinHypercube,
  latinHypercubeCells,
  type Cell,
  type Dist,
  type ParamValue,
} from "./samplers.ts";
export { createRunPlan, type CellSource, type PointSource, type RunPlan } from "./run-plan.ts";
export { ensureFloat64, ensureInt32, ensureUint8 } from "./growable.ts";
export { stableOrder } from "./stable-order.ts";
export { sobolPoints, SOBOL_MAX_DIMENSIONS, type SobolOptions } from "./sobol-sequence.ts";
export {
  saltelliSample,
  saltelliPoints,
  saltelliRowsPerSample,
  sobolIndices,
  type SaltelliOptions,
  type SobolAnalysisOptions,
  type SobolIndices,
} from "./saltelli.ts";
export { morrisSample, morrisPoints, morrisIndices, type MorrisSampleOptions, type MorrisAnalysisOptions, type MorrisIndices } from "./morris.ts";
export { ishigami, sobolG, G_FUNCTION_COEFFICIENTS, type TestFunction } from "./test-functions.ts";
export {
  analyseDesign,
  analyseTestFunction,
  SENSITIVITY_COLUMNS,
  TEST_FUNCTIONS,
  type SensitivityMethod,
  type SensitivityRow,
  type SecondOrderRow,
  type DesignShape,
  type TestFunctionAnalysis,
} from "./sensitivity-table.ts";
export { runSeed, planRuns, inProcessRunner, batchRun, type RunSpec, type Runner, type BatchRow } from "./batch.ts";
export {
  runAbc,
  abcRunSeed,
  targetDistance,
  checkTargets,
  checkPlan,
  proposeGeneration,
  selectPopulation,
  kernelScales,
  effectiveSampleSize,
  type AbcPlan,
  type AbcGeneration,
  type Particle,
  type Target,
  type Targets,
  type Prior,
  type Priors,
  type ParamSet,
} from "./abc.ts";
export { weightedQuantile, summarisePopulation, type ParamSummary } from "./weighted-quantile.ts";
export { normalCdf } from "./normal-cdf.ts";
export { replicationsFor, nextReplications } from "./sequential-replications.ts";
