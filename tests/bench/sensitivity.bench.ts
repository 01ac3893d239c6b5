/**
 * `sobol_default_town`: the throughput of a Sobol' analysis, which is thousands of runs.
 * A small Saltelli design (4 parameters, N = 8 base samples: 8 x (4 + 2) = 48 runs) of the
 * default town (2,000 households) for 60 days after its warm-up, on a pool of 2 workers,
 * timed from the first run (a fresh pool, as a user's `doorstep sweep` starts). Prints
 * `runs`, `runs_per_min` and `workers`; docs/sensitivity.md turns the rate into the time of
 * a full analysis. N = 8 rather than a larger design keeps one bench run within minutes
 * on a shared machine; the rate per run does not depend on N.
 */
import { parseSweep } from "../../sim/scenario/parse-sweep.ts";
import { createPoolRunner } from "../../workers/pool-runner.ts";
import { createWorkerPool } from "../../workers/pool.ts";
import { CLI_NODE_FLAGS } from "../../cli/runtime-flags.ts";
import type { Bench } from "./bench.ts";

const WORKERS = 2;

const SWEEP = `name: bench-sobol
base: baseline
set:
  run.days: 60
vary:
  residents.requestShareProbability: { uniform: { min: 0.01, max: 0.2 } }
  police.portalRequestProbability: { uniform: { min: 0.2, max: 1 } }
  platform.requestRadiusM: { uniform: { min: 50, max: 400 } }
  residents.adoptionPerYear: { uniform: { min: 0.01, max: 0.1 } }
sampler: sobol
samples: 8
seed: 3
`;

const benches: Bench[] = [
  {
    name: "sobol_default_town",
    nodeFlags: CLI_NODE_FLAGS,
    async run() {
      const parsed = parseSweep(SWEEP, { fileName: "bench-sobol.yaml" });
      if (!parsed.ok) throw new Error(`bench sweep invalid: ${parsed.diagnostics.map((d) => d.message).join("; ")}`);
      const sweep = parsed.sweep;
      const specs = [...sweep.plan().runs()];
      const pool = createWorkerPool({ size: WORKERS });
      try {
        const t0 = performance.now();
        await createPoolRunner(pool, sweep.base).run(specs, () => undefined);
        const minutes = (performance.now() - t0) / 60000;
        return [{ runs: specs.length, runs_per_min: Math.round((specs.length / minutes) * 100) / 100, workers: WORKERS }];
      } finally {
        await pool.close();
      }
    },
  },
];

export default benches;
