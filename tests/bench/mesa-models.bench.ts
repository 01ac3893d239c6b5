/**
 * Times the four Mesa benchmark models ported in sim/examples at Mesa 3.3.1's own
 * benchmark configurations (`benchmarks/configurations.py`), the way Mesa's
 * `benchmarks/global_benchmark.py` does: for each seed 1..seeds, `replications` runs,
 * keeping the fastest; construction ("setup") and the steps ("run") timed apart.
 * Each line reports the median over seeds (and the mean, which is what Mesa prints).
 *
 * Like Mesa's runner, Schelling, Boltzmann and boids are driven by calling `step()`
 * `steps` times (so Schelling keeps stepping after everyone is happy, as in Mesa), and
 * wolf–sheep by the model's scheduler (`runSteps`), as Mesa drives it by its simulator.
 *
 * `BENCH_QUICK=1` caps the seeds at 3 (for a smoke run); the default is Mesa's counts.
 * See docs/benchmarks.md for how to read and compare the numbers.
 */
import type { Model } from "../../sim/core/index.ts";
import { BoidFlockers } from "../../sim/examples/boid-flockers.ts";
import { BoltzmannWealth } from "../../sim/examples/boltzmann-wealth.ts";
import {
  BOIDS_CONFIGS,
  BOLTZMANN_CONFIGS,
  type MesaBenchConfig,
  type MesaConfigName,
  type MesaConfigPair,
  SCHELLING_CONFIGS,
  WOLF_SHEEP_CONFIGS,
} from "../../sim/examples/mesa-configurations.ts";
import { Schelling } from "../../sim/examples/schelling.ts";
import { WolfSheep } from "../../sim/examples/wolf-sheep.ts";
import { type Bench, median } from "./bench.ts";

const QUICK = process.env.BENCH_QUICK === "1";

/** How a model is advanced by `steps` steps, as Mesa's runner advances it. */
type Drive = "step-calls" | "scheduler";

interface Timing {
  setupMs: number;
  runMs: number;
  agents: number;
}

function timeOnce<P>(make: (params: P, seed: number) => Model, cfg: MesaBenchConfig<P>, seed: number, drive: Drive): Timing {
  const t0 = performance.now();
  const model = make(cfg.params, seed);
  const t1 = performance.now();
  const agents = model.agents.size;
  if (drive === "scheduler") {
    model.runSteps(cfg.steps);
  } else {
    for (let i = 0; i < cfg.steps; i++) model.step();
  }
  const t2 = performance.now();
  return { setupMs: t1 - t0, runMs: t2 - t1, agents };
}

function round(ms: number): number {
  return Math.round(ms * 1000) / 1000;
}

function benchModel<P>(name: string, configs: MesaConfigPair<P>, make: (params: P, seed: number) => Model, drive: Drive): Bench {
  return {
    name,
    run() {
      const lines: Record<string, unknown>[] = [];
      for (const config of ["small", "large"] as MesaConfigName[]) {
        const cfg = configs[config];
        timeOnce(make, cfg, 0, drive); // warm-up: let the JIT compile the hot paths
        const seeds = QUICK ? Math.min(3, cfg.seeds) : cfg.seeds;
        const setups: number[] = [];
        const runs: number[] = [];
        let agents = 0;
        for (let seed = 1; seed <= seeds; seed++) {
          let bestSetup = Infinity;
          let bestRun = Infinity;
          for (let r = 0; r < cfg.replications; r++) {
            const t = timeOnce(make, cfg, seed, drive);
            bestSetup = Math.min(bestSetup, t.setupMs);
            bestRun = Math.min(bestRun, t.runMs);
            agents = t.agents;
          }
          setups.push(bestSetup);
          runs.push(bestRun);
        }
        const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
        lines.push({
          config,
          setup_ms: round(median(setups)),
          run_ms: round(median(runs)),
          steps: cfg.steps,
          agents,
          seeds,
          replications: cfg.replications,
          mean_setup_ms: round(mean(setups)),
          mean_run_ms: round(mean(runs)),
        });
      }
      return lines;
    },
  };
}

const benches: Bench[] = [
  benchModel("schelling", SCHELLING_CONFIGS, (p, seed) => new Schelling({ ...p, seed }), "step-calls"),
  benchModel("boltzmann", BOLTZMANN_CONFIGS, (p, seed) => new BoltzmannWealth({ ...p, seed }), "step-calls"),
  benchModel("wolf_sheep", WOLF_SHEEP_CONFIGS, (p, seed) => new WolfSheep({ ...p, seed }), "scheduler"),
  benchModel("boids", BOIDS_CONFIGS, (p, seed) => new BoidFlockers({ ...p, seed }), "step-calls"),
];

export default benches;
