/**
 * Sweep benches (issue 6), on the surveillance model:
 * - `sweep_throughput`: runs per minute of a fixed small sweep (16 runs: 2 policies x
 *   2 adoption levels x 4 replications, 800 households, 2 + 20 days: runs of about a
 *   third of a second) on the worker pool with 1 and 2 workers. One line per worker count,
 *   the median over `THROUGHPUT_ROUNDS` rounds; the 2-worker line also gives `speedup`,
 *   the median of each round's 2-worker / 1-worker ratio. Goal: 2 workers >= 1.8x one.
 * - `worker_overhead`: the same runs on a 1-worker pool against a plain in-process loop;
 *   `ratio` = worker time / in-process time - 1 (0.03 means 3% slower). Goal: < 0.05.
 *   `ratio` is the median over `OVERHEAD_ROUNDS` rounds of each round's ratio, and
 *   `ratio_min`/`ratio_max` show the spread. `cpu_ratio` is the same with CPU time (this
 *   process, all threads), which a busy machine disturbs much less than wall time.
 *
 * Both compare in alternating passes (1 worker then 2, then 2 then 1, ...; pool then
 * in-process, then in-process then pool, ...) so that both sides see the same machine: a
 * shared VM drifts by more than 5% within a minute.
 *
 * Timings are steady state, as in a sweep of thousands of runs: every worker (and this
 * thread) first does `WARMUP_RUNS_PER_WORKER` untimed runs, so a pool of two runs the
 * sweep twice as often as a pool of one before timing starts. A new worker spends its first
 * runs compiling: V8's optimising compiler runs on background threads that, with one
 * worker, use the idle core for free and, with two, take time from the workers (measured
 * with `perf`: after a one-run warm-up, background compilation was ~25% of the workers'
 * time; `--trace-opt` still shows 150-270 ms of it per 16 runs over a worker's runs 17-64,
 * and 20-180 ms after). With one untimed pass each, the two workers were timed in that phase
 * and the single worker mostly past it. `warmup_ms` reports the first untimed pass, which
 * a short sweep does pay.
 *
 * Both run under the `doorstep` CLI's V8 flags (cli/runtime-flags.ts), as a user's
 * `doorstep sweep` does: they matter most here (background GC threads compete with the
 * workers for the cores).
 */
import type { RunSpec, Runner } from "../../sim/core/batch.ts";
import { applyParams, type Scenario } from "../../sim/scenario/index.ts";
import { parseSweep } from "../../sim/scenario/parse-sweep.ts";
import { domainFactory } from "../../workers/domain-factory.ts";
import { createPoolRunner } from "../../workers/pool-runner.ts";
import { createWorkerPool } from "../../workers/pool.ts";
import { createRunSequence, type RunSequence } from "../../workers/run-to-end.ts";
import { CLI_NODE_FLAGS } from "../../cli/runtime-flags.ts";
import { median, type Bench } from "./bench.ts";

const THROUGHPUT_ROUNDS = 6;
const OVERHEAD_ROUNDS = 6;
const WARMUP_RUNS_PER_WORKER = 32;

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
  return { base, specs: [...sweep.plan().runs()] };
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

/** Untimed passes of the sweep before timing: each worker then has done this many runs. */
const warmupPasses = (workers: number, specs: RunSpec[]) => Math.ceil((WARMUP_RUNS_PER_WORKER * workers) / specs.length);

/** A pool of `size` workers after its untimed passes (steady state), with the time the first pass took. */
async function warmedPool(size: number, base: Scenario, specs: RunSpec[]) {
  const pool = createWorkerPool({ size });
  const runner = createPoolRunner(pool, base);
  const stop = startTimer();
  await runner.run(specs, () => undefined);
  const warmup = stop();
  for (let i = 1; i < warmupPasses(size, specs); i++) await runner.run(specs, () => undefined);
  return { pool, runner, warmup };
}

/** Times one pass of the sweep on a runner. */
async function timePass(runner: Runner, specs: RunSpec[]): Promise<Timing> {
  const stop = startTimer();
  await runner.run(specs, () => undefined);
  return stop();
}

/** Runs the specs one after another in this thread, as a pool worker does (one run sequence throughout). */
function directPass(runs: RunSequence, base: Scenario, specs: RunSpec[]): void {
  for (const s of specs) runs.run(applyParams(base, s.params), s.seed);
}

/** Worker and in-process timings of the same runs, alternating, on a warmed 1-worker pool. */
async function overheadRounds(base: Scenario, specs: RunSpec[], rounds: number): Promise<{ worker: Timing; direct: Timing }[]> {
  const { pool, runner } = await warmedPool(1, base, specs);
  try {
    const runs = createRunSequence(domainFactory);
    for (let i = 0; i < warmupPasses(1, specs); i++) directPass(runs, base, specs); // warm-up of this thread
    const timeDirect = () => {
      const stop = startTimer();
      directPass(runs, base, specs);
      return stop();
    };
    const out: { worker: Timing; direct: Timing }[] = [];
    for (let r = 0; r < rounds; r++) {
      if (r % 2 === 0) {
        const worker = await timePass(runner, specs);
        out.push({ worker, direct: timeDirect() });
      } else {
        const direct = timeDirect();
        out.push({ worker: await timePass(runner, specs), direct });
      }
    }
    return out;
  } finally {
    await pool.close();
  }
}

/** 1-worker and 2-worker timings of the sweep, alternating, on warmed pools. */
async function throughputRounds(base: Scenario, specs: RunSpec[], rounds: number) {
  const one = await warmedPool(1, base, specs);
  const two = await warmedPool(2, base, specs);
  try {
    const out: { one: Timing; two: Timing }[] = [];
    for (let r = 0; r < rounds; r++) {
      if (r % 2 === 0) {
        const t1 = await timePass(one.runner, specs);
        out.push({ one: t1, two: await timePass(two.runner, specs) });
      } else {
        const t2 = await timePass(two.runner, specs);
        out.push({ one: await timePass(one.runner, specs), two: t2 });
      }
    }
    return { rounds: out, warmup: { one: one.warmup, two: two.warmup } };
  } finally {
    await one.pool.close();
    await two.pool.close();
  }
}

const round = (x: number, digits: number) => Number(x.toFixed(digits));

const benches: Bench[] = [
  {
    name: "sweep_throughput",
    nodeFlags: CLI_NODE_FLAGS,
    async run() {
      const { base, specs } = fixture();
      const { rounds, warmup } = await throughputRounds(base, specs, THROUGHPUT_ROUNDS);
      const rpm = (t: Timing) => (specs.length / t.wall) * 60_000;
      const speedups = rounds.map((r) => r.one.wall / r.two.wall);
      return [
        {
          workers: 1,
          runs_per_min: round(median(rounds.map((r) => rpm(r.one))), 1),
          runs: specs.length,
          ms: Math.round(median(rounds.map((r) => r.one.wall))),
          warmup_ms: Math.round(warmup.one.wall),
        },
        {
          workers: 2,
          runs_per_min: round(median(rounds.map((r) => rpm(r.two))), 1),
          runs: specs.length,
          ms: Math.round(median(rounds.map((r) => r.two.wall))),
          warmup_ms: Math.round(warmup.two.wall),
          speedup: round(median(speedups), 3),
          speedup_min: round(Math.min(...speedups), 3),
          speedup_max: round(Math.max(...speedups), 3),
          rounds: rounds.length,
        },
      ];
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
