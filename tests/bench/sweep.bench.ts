/**
 * Sweep benches (issue 6), on the surveillance model:
 * - `sweep_throughput`: runs per minute of a fixed small sweep (16 runs: 2 policies x
 *   2 adoption levels x 4 replications, 800 households, 2 + 20 days: runs of about a
 *   second, long enough that a pass measures simulation, not messaging) on the worker pool
 *   with 1 and 2 workers. One line per worker count. Goal: 2 workers >= 1.8x one.
 * - `worker_overhead`: the same runs on a 1-worker pool against a plain in-process loop;
 *   `ratio` = worker time / in-process time - 1 (0.03 means 3% slower). Goal: < 0.05.
 *   The two are timed in alternating passes (pool then direct, then direct then pool, ...)
 *   so that both see the same machine: a shared VM drifts by more than 5% within a minute.
 *   `ratio` is the median over `OVERHEAD_ROUNDS` rounds of each round's ratio, and
 *   `ratio_min`/`ratio_max` show the spread.
 *
 *   `cpu_ratio` is the same with CPU time (this process, all threads), which a busy
 *   machine disturbs much less than wall time.
 *
 * Both run under the `doorstep` CLI's V8 flags (sim/cli/runtime-flags.ts), as a user's
 * `doorstep sweep` does: they matter most here (background GC threads compete with the
 * workers for the cores).
 *
 * Timings are steady state: each pool is warmed first (its workers started, tsx and the
 * model loaded, one run done), since a sweep pays that once, not per run. Throughput
 * timings are the median of `REPEATS` passes.
 */
import { planRuns, type RunSpec } from "../../sim/core/batch.ts";
import { applyParams, type Scenario } from "../../sim/scenario/index.ts";
import { parseSweep } from "../../sim/scenario/parse-sweep.ts";
import { domainFactory } from "../../workers/domain-factory.ts";
import { createPoolRunner } from "../../workers/pool-runner.ts";
import { createWorkerPool } from "../../workers/pool.ts";
import { runToEnd } from "../../workers/run-to-end.ts";
import { CLI_NODE_FLAGS } from "../../sim/cli/runtime-flags.ts";
import { median, type Bench } from "./bench.ts";

const REPEATS = 3;
const OVERHEAD_ROUNDS = 6;

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

/** Runs the specs one after another in this thread. */
function directPass(base: Scenario, specs: RunSpec[]): void {
  for (const s of specs) runToEnd(domainFactory, applyParams(base, s.params), s.seed);
}

/** Worker and in-process timings of the same runs, alternating, on a warmed 1-worker pool. */
async function overheadRounds(base: Scenario, specs: RunSpec[], rounds: number): Promise<{ worker: Timing; direct: Timing }[]> {
  const pool = createWorkerPool({ size: 1 });
  try {
    const runner = createPoolRunner(pool, base);
    await runner.run(specs.slice(0, 1), () => undefined); // warm-up of the worker
    directPass(base, specs.slice(0, 1)); // and of this thread
    const out: { worker: Timing; direct: Timing }[] = [];
    for (let r = 0; r < rounds; r++) {
      const timeWorker = async () => {
        const stop = startTimer();
        await runner.run(specs, () => undefined);
        return stop();
      };
      const timeDirect = () => {
        const stop = startTimer();
        directPass(base, specs);
        return stop();
      };
      if (r % 2 === 0) {
        const worker = await timeWorker();
        out.push({ worker, direct: timeDirect() });
      } else {
        const direct = timeDirect();
        out.push({ worker: await timeWorker(), direct });
      }
    }
    return out;
  } finally {
    await pool.close();
  }
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

const benches: Bench[] = [
  {
    name: "sweep_throughput",
    nodeFlags: CLI_NODE_FLAGS,
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
    nodeFlags: CLI_NODE_FLAGS,
    async run() {
      const { base, specs } = fixture();
      const rounds = await overheadRounds(base, specs, OVERHEAD_ROUNDS);
      const ratios = rounds.map((r) => r.worker.wall / r.direct.wall - 1);
      return [
        {
          ratio: round(median(ratios), 4),
          ratio_min: round(Math.min(...ratios), 4),
          ratio_max: round(Math.max(...ratios), 4),
          cpu_ratio: round(median(rounds.map((r) => r.worker.cpu / r.direct.cpu - 1)), 4),
          worker_ms: Math.round(median(rounds.map((r) => r.worker.wall))),
          direct_ms: Math.round(median(rounds.map((r) => r.direct.wall))),
          runs: specs.length,
          rounds: rounds.length,
        },
      ];
    },
  },
];

export default benches;
