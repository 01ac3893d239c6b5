/**
 * Sweep benches (issue 6), on the surveillance model:
 * - `sweep_throughput`: runs per minute of a fixed small sweep (16 runs: 2 policies x
 *   2 adoption levels x 4 replications, 800 households, 2 + 20 days: runs of about a
 *   second, long enough that a pass measures simulation, not messaging) on the worker pool
 *   with 1 and 2 workers. One line per worker count. Goal: 2 workers >= 1.8x one.
 * - `worker_overhead`: the same runs on a 1-worker pool against a plain in-process loop;
 *   `ratio` = worker time / in-process time - 1 (0.03 means 3% slower). Goal: < 0.05.
 *
 *   `cpu_ratio` is the same with CPU time (this process, all threads), which a busy
 *   machine disturbs much less than wall time.
 *
 * Timings are steady state: each pool is warmed first (its workers started, tsx and the
 * model loaded, one run done), since a sweep pays that once, not per run. Each timing is
 * the median of `REPEATS` passes.
 */
import { planRuns, type RunSpec } from "../../sim/core/batch.ts";
import { applyParams, type Scenario } from "../../sim/scenario/index.ts";
import { parseSweep } from "../../sim/scenario/parse-sweep.ts";
import { domainFactory } from "../../workers/domain-factory.ts";
import { createPoolRunner } from "../../workers/pool-runner.ts";
import { createWorkerPool } from "../../workers/pool.ts";
import { runToEnd } from "../../workers/run-to-end.ts";
import { median, type Bench } from "./bench.ts";

const REPEATS = 3;

const SWEEP = `name: bench-sweep
base: baseline
vary:
  policy.name: { values: [none, portal-partnership] }
  residents.initialCameraShare: { values: [0.1, 0.3] }
replications: 4
seed: 6
`;

function fixture(): { base: Scenario; specs: RunSpec[] } {
  const parsed = parseSweep(SWEEP, { fileName: "bench-sweep.yaml" });
  if (!parsed.ok) throw new Error(`bench sweep invalid: ${parsed.diagnostics.map((d) => d.message).join("; ")}`);
  const sweep = parsed.sweep;
  const base = applyParams(sweep.base, { "neighbourhood.households": 800, "run.days": 20, "run.warmupDays": 2 });
  return { base, specs: planRuns(sweep.cells(), sweep.replications, sweep.seed) };
}

/** Wall and CPU milliseconds (user + system, every thread of this process). */
interface Timing {
  wall: number;
  cpu: number;
}

function startTimer(): () => Timing {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  return () => {
    const c = process.cpuUsage(c0);
    return { wall: performance.now() - t0, cpu: (c.user + c.system) / 1000 };
  };
}

function medianTiming(ts: Timing[]): Timing {
  return { wall: median(ts.map((t) => t.wall)), cpu: median(ts.map((t) => t.cpu)) };
}

/** Median timing of the sweep on a warmed pool of `size` workers. */
async function poolTiming(size: number, base: Scenario, specs: RunSpec[]): Promise<Timing> {
  const pool = createWorkerPool({ size });
  try {
    const runner = createPoolRunner(pool, base);
    await runner.run(specs.slice(0, size), () => undefined); // warm-up: one run per worker
    const times: Timing[] = [];
    for (let i = 0; i < REPEATS; i++) {
      const stop = startTimer();
      await runner.run(specs, () => undefined);
      times.push(stop());
    }
    return medianTiming(times);
  } finally {
    await pool.close();
  }
}

/** Median timing of the same runs in this thread. */
function directTiming(base: Scenario, specs: RunSpec[]): Timing {
  const one = (s: RunSpec) => runToEnd(domainFactory, applyParams(base, s.params), s.seed);
  one(specs[0]); // warm-up, as for the pool
  const times: Timing[] = [];
  for (let i = 0; i < REPEATS; i++) {
    const stop = startTimer();
    for (const s of specs) one(s);
    times.push(stop());
  }
  return medianTiming(times);
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

const benches: Bench[] = [
  {
    name: "sweep_throughput",
    async run() {
      const { base, specs } = fixture();
      const out: Record<string, unknown>[] = [];
      for (const workers of [1, 2]) {
        const t = await poolTiming(workers, base, specs);
        out.push({ workers, runs_per_min: round((specs.length / t.wall) * 60_000, 1), runs: specs.length, ms: Math.round(t.wall) });
      }
      return out;
    },
  },
  {
    name: "worker_overhead",
    async run() {
      const { base, specs } = fixture();
      const direct = directTiming(base, specs);
      const worker = await poolTiming(1, base, specs);
      return [
        {
          ratio: round(worker.wall / direct.wall - 1, 4),
          cpu_ratio: round(worker.cpu / direct.cpu - 1, 4),
          worker_ms: Math.round(worker.wall),
          direct_ms: Math.round(direct.wall),
          runs: specs.length,
        },
      ];
    },
  },
];

export default benches;
