/**
 * Times the three models of the JuliaDynamics ABMFrameworksComparison repository
 * (`sim/examples/afc/`) the way that repository's own scripts time every framework:
 * seeds drawn from one seeded generator of seeds, one fresh model per seed, each timed
 * run being the model's creation plus all its declared steps, and the median of 100
 * runs. Before timing, untimed runs (seeds from a generator of their own) let the JIT
 * compile the hot paths, as the Java and Julia runs are compiled before they are timed.
 *
 * Each line: `{"bench","config","median_ms","runs","steps","load_avg"}`, where
 * `load_avg` is the host's one-minute load average when the configuration started (the
 * machine is shared; see docs/benchmarks.md). `BENCH_QUICK=1` times 10 runs instead.
 */
import { loadavg } from "node:os";
import { createRng, type Model } from "../../sim/core/index.ts";
import { AFC_FLOCKING_CONFIGS, AFC_SCHELLING_CONFIGS, AFC_WOLF_SHEEP_CONFIGS, type AfcConfigPair } from "../../sim/examples/afc/configurations.ts";
import { AfcFlocking } from "../../sim/examples/afc/flocking.ts";
import { AfcSchelling } from "../../sim/examples/afc/schelling.ts";
import { AfcWolfSheep } from "../../sim/examples/afc/wolf-sheep.ts";
import { type Bench, median } from "./bench.ts";

const RUNS = process.env.BENCH_QUICK === "1" ? 10 : 100;
const WARMUP_RUNS = 10;

/** One timed run: creation plus `steps` steps, in milliseconds. */
function timeRun<P>(make: (params: P, seed: number) => Model, params: P, steps: number, seed: number): number {
  const t0 = performance.now();
  make(params, seed).runSteps(steps);
  return performance.now() - t0;
}

function benchModel<P>(name: string, configs: AfcConfigPair<P>, make: (params: P, seed: number) => Model): Bench {
  return {
    name,
    run() {
      const lines: Record<string, unknown>[] = [];
      for (const config of ["small", "large"] as const) {
        const { params, steps } = configs[config];
        const load = loadavg()[0];
        const warmupSeeds = createRng("afc-warmup");
        for (let i = 0; i < WARMUP_RUNS; i++) timeRun(make, params, steps, warmupSeeds.int(1, 10_001));
        const seeds = createRng(42); // the repository's scripts seed their seed generators with 42
        const times: number[] = [];
        for (let i = 0; i < RUNS; i++) times.push(timeRun(make, params, steps, seeds.int(1, 10_001)));
        lines.push({ config, median_ms: Math.round(median(times) * 1000) / 1000, runs: RUNS, steps, load_avg: load });
      }
      return lines;
    },
  };
}

const benches: Bench[] = [
  benchModel("afc_schelling", AFC_SCHELLING_CONFIGS, (p, seed) => new AfcSchelling({ ...p, seed })),
  benchModel("afc_flocking", AFC_FLOCKING_CONFIGS, (p, seed) => new AfcFlocking({ ...p, seed })),
  benchModel("afc_wolfsheep", AFC_WOLF_SHEEP_CONFIGS, (p, seed) => new AfcWolfSheep({ ...p, seed })),
];

export default benches;
