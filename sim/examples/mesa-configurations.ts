/**
 * Mesa's benchmark configurations, transcribed from `benchmarks/configurations.py` of
 * projectmesa/mesa 3.3.1, so that each ported example can be timed on exactly the
 * sizes, step counts, seeds and replications that Mesa times its own models on.
 *
 * Mesa's runner (`benchmarks/global_benchmark.py`) runs every seed `1..seeds`,
 * `replications` times each, keeps the fastest replication of each seed and reports the
 * mean over seeds, separately for model construction ("init") and for `steps` steps
 * ("run").
 */

/** One Mesa benchmark configuration: how often, how long, and the model's parameters. */
export interface MesaBenchConfig<P> {
  /** Seeds `1..seeds` are run. */
  readonly seeds: number;
  /** Replications per seed (Mesa keeps the fastest). */
  readonly replications: number;
  /** Model steps timed after construction. */
  readonly steps: number;
  /** Keyword arguments Mesa passes to the model's constructor. */
  readonly params: P;
}

/** The two sizes Mesa benchmarks every model at. */
export type MesaConfigName = "small" | "large";

/** Small and large configurations of one model. */
export type MesaConfigPair<P> = Readonly<Record<MesaConfigName, MesaBenchConfig<P>>>;

/** Boltzmann wealth: `n` agents on a `width` x `height` grid. */
export const BOLTZMANN_CONFIGS: MesaConfigPair<{ n: number; width: number; height: number }> = {
  small: { seeds: 50, replications: 5, steps: 125, params: { n: 100, width: 10, height: 10 } },
  large: { seeds: 10, replications: 3, steps: 10, params: { n: 10_000, width: 100, height: 100 } },
};

/** Schelling: grid size, homophily (share of similar neighbours needed), radius, density. */
export const SCHELLING_CONFIGS: MesaConfigPair<{
  width: number;
  height: number;
  homophily: number;
  radius: number;
  density: number;
}> = {
  small: {
    seeds: 50,
    replications: 5,
    steps: 20,
    params: { height: 40, width: 40, homophily: 0.4, radius: 1, density: 0.625 },
  },
  large: {
    seeds: 10,
    replications: 3,
    steps: 10,
    params: { height: 100, width: 100, homophily: 1, radius: 2, density: 0.8 },
  },
};

/** Wolf–sheep predation with grass. */
export const WOLF_SHEEP_CONFIGS: MesaConfigPair<{
  width: number;
  height: number;
  initialSheep: number;
  initialWolves: number;
  sheepReproduce: number;
  wolfReproduce: number;
  grassRegrowthTime: number;
}> = {
  small: {
    seeds: 50,
    replications: 5,
    steps: 80,
    params: {
      height: 25,
      width: 25,
      initialSheep: 60,
      initialWolves: 40,
      sheepReproduce: 0.2,
      wolfReproduce: 0.1,
      grassRegrowthTime: 20,
    },
  },
  large: {
    seeds: 10,
    replications: 3,
    steps: 20,
    params: {
      height: 100,
      width: 100,
      initialSheep: 1000,
      initialWolves: 500,
      sheepReproduce: 0.4,
      wolfReproduce: 0.2,
      grassRegrowthTime: 10,
    },
  },
};

/** Boid flockers: population, torus size and vision radius. */
export const BOIDS_CONFIGS: MesaConfigPair<{
  populationSize: number;
  width: number;
  height: number;
  vision: number;
}> = {
  small: {
    seeds: 25,
    replications: 3,
    steps: 20,
    params: { populationSize: 200, width: 100, height: 100, vision: 5 },
  },
  large: {
    seeds: 10,
    replications: 3,
    steps: 10,
    params: { populationSize: 400, width: 150, height: 150, vision: 15 },
  },
};
