/**
 * The small and large configurations of the three models of the JuliaDynamics
 * ABMFrameworksComparison repository (`Schelling/`, `Flocking/`, `WolfSheep/`, each
 * specified by its `DECLARATION.md`), transcribed so that the bench and the tests run
 * exactly the declared sizes and step counts.
 *
 * The repository times each configuration as the median of 100 runs, each run being a
 * fresh model (seeded from one seeded generator of seeds) plus all its steps.
 */

/** One declared configuration: steps to run and the model's parameters. */
export interface AfcConfig<P> {
  /** Steps the declaration runs. */
  readonly steps: number;
  /** Parameters of the model's constructor. */
  readonly params: P;
}

/** The two sizes every model is declared at. */
export type AfcConfigName = "small" | "large";

/** Small and large configurations of one model. */
export type AfcConfigPair<P> = Readonly<Record<AfcConfigName, AfcConfig<P>>>;

/** Schelling: an `side` x `side` grid, `agents` agents, Chebyshev `radius`, integer happiness threshold. */
export const AFC_SCHELLING_CONFIGS: AfcConfigPair<{ side: number; agents: number; radius: number; minToBeHappy: number }> = {
  small: { steps: 20, params: { side: 40, agents: 1000, radius: 1, minToBeHappy: 3 } },
  large: { steps: 20, params: { side: 100, agents: 8000, radius: 2, minToBeHappy: 8 } },
};

/** Flocking: a `side` x `side` torus, `birds` birds, visual distance; the other bird properties are shared defaults. */
export const AFC_FLOCKING_CONFIGS: AfcConfigPair<{ side: number; birds: number; visualDistance: number }> = {
  small: { steps: 100, params: { side: 100, birds: 200, visualDistance: 5 } },
  large: { steps: 100, params: { side: 150, birds: 400, visualDistance: 15 } },
};

/** Wolf–sheep–grass: grid side, initial animals, grass regrowth time, reproduction probabilities. */
export const AFC_WOLF_SHEEP_CONFIGS: AfcConfigPair<{
  side: number;
  initialSheep: number;
  initialWolves: number;
  regrowthTime: number;
  sheepReproduce: number;
  wolfReproduce: number;
}> = {
  small: {
    steps: 100,
    params: { side: 25, initialSheep: 60, initialWolves: 40, regrowthTime: 20, sheepReproduce: 0.2, wolfReproduce: 0.1 },
  },
  large: {
    steps: 100,
    params: { side: 100, initialSheep: 1000, initialWolves: 500, regrowthTime: 10, sheepReproduce: 0.4, wolfReproduce: 0.2 },
  },
};
