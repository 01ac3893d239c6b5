/**
 * A pool of Node worker_threads that runs batch jobs (one scenario + seed each) and hands
 * back their summaries. A worker that dies (process.exit, an uncaught fatal error, out of
 * memory) is replaced and its job is run again on the new worker. Results carry the job's
 * own id and seed, so they never depend on the pool size or on which worker ran a job.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import * as Comlink from "comlink";
import nodeEndpoint from "comlink/dist/esm/node-adapter.mjs";
import type { Summary } from "../sim/index.ts";
import type { PoolWorkerApi, RunJob } from "./pool-worker-api.ts";
import { nodeWorkerEntry, spawnNodeWorker } from "./spawn-node-worker.ts";

export interface PoolOptions {
  /** Number of workers (default: `os.availableParallelism()`). */
  size?: number;
  /** Worker entry exposing a `PoolWorkerApi` (default: `pool-worker`, the surveillance model; see `nodeWorkerEntry`). */
  entry?: URL;
  /** How often one job may kill its worker before the pool gives up on it (default 3). */
  maxAttempts?: number;
  /** Told when a worker died and its job is being run again. */
  onCrash?: (job: RunJob, reason: string) => void;
}

export interface WorkerPool {
  readonly size: number;
  /**
   * Runs every job; `onResult` is called as each finishes (in completion order). Jobs
   * are taken from `jobs` one at a time as workers free up, so a generator of jobs is
   * never listed whole. Rejects when a job fails in the model or keeps crashing its
   * worker; jobs already reported stay reported.
   */
  run(jobs: Iterable<RunJob>, onResult: (job: RunJob, summary: Summary) => void): Promise<void>;
  /**
   * Stops every worker. A `run` in progress stops handing out jobs and rejects with
   * `PoolClosedError` (results already reported stay reported).
   */
  close(): Promise<void>;
}

interface Slot {
  worker: Worker;
  api: Comlink.Remote<PoolWorkerApi>;
  /** Settles with a reason when the worker dies. */
  died: Promise<string>;
}

/** A job's failure, distinguished from a worker crash. */
class JobFailed extends Error {}

/** What `run` rejects with when the pool was closed under it (e.g. on SIGINT). */
export class PoolClosedError extends Error {
  constructor() {
    super("the worker pool was closed before every run finished");
    this.name = "PoolClosedError";
  }
}

/**
 * Makes a pool. Workers start lazily on the first `run`, and stay until `close`.
 *
 * @example
 * ```ts
 * const pool = createWorkerPool({ size: 2 });
 * await pool.run(jobs, (job, summary) => rows.set(job.id, summary));
 * await pool.close();
 * ```
 */
export function createWorkerPool(opts: PoolOptions = {}): WorkerPool {
  const size = Math.max(1, Math.floor(opts.size ?? availableParallelism()));
  const entry = opts.entry ?? nodeWorkerEntry("pool-worker");
  const maxAttempts = opts.maxAttempts ?? 3;
  const slots: (Slot | null)[] = Array.from({ length: size }, () => null);
  let closed = false;

  function spawn(): Slot {
    const worker = spawnNodeWorker(entry);
    const died = new Promise<string>((resolve) => {
      let error = "";
      worker.on("error", (e) => (error = e instanceof Error ? e.message : String(e)));
      worker.on("exit", (code) => resolve(error || `worker exited with code ${code}`));
    });
    return { worker, api: Comlink.wrap<PoolWorkerApi>(nodeEndpoint(worker)), died };
  }

  async function retire(slot: Slot): Promise<void> {
    slot.api[Comlink.releaseProxy]();
    await slot.worker.terminate();
  }

  return {
    size,
    async run(jobs, onResult) {
      const source = jobs[Symbol.iterator]();
      // Jobs whose worker died, to run again before taking new ones.
      const retries: { job: RunJob; attempts: number }[] = [];
      let taken = 0;
      let exhausted = false;
      const next = () => {
        const again = retries.shift();
        if (again || exhausted) return again;
        const r = source.next();
        if (r.done) {
          exhausted = true;
          return undefined;
        }
        taken++;
        return { job: r.value, attempts: 0 };
      };
      let failure: Error | null = null;
      let reported = 0;
      const report = (job: RunJob, summary: Summary) => {
        reported++;
        onResult(job, summary);
      };
      const drain = async (i: number) => {
        while (!failure && !closed) {
          const item = next();
          if (!item) return;
          const slot = (slots[i] ??= spawn());
          const outcome = await Promise.race([slot.api.run(item.job), slot.died.then((reason) => ({ crashed: reason }))]);
          if (closed) {
            // Terminated under us: keep a result that made it, drop the rest.
            if (!("crashed" in outcome) && outcome.ok) report(item.job, outcome.summary);
            return;
          }
          if ("crashed" in outcome) {
            slots[i] = null;
            await retire(slot).catch(() => undefined);
            item.attempts++;
            if (item.attempts >= maxAttempts) {
              failure = new JobFailed(`run ${item.job.id} crashed its worker ${item.attempts} times (last: ${outcome.crashed})`);
              return;
            }
            opts.onCrash?.(item.job, outcome.crashed);
            retries.unshift(item);
          } else if (!outcome.ok) {
            failure = new JobFailed(`run ${item.job.id} (seed ${item.job.seed}) failed: ${outcome.message}`);
          } else {
            report(item.job, outcome.summary);
          }
        }
      };
      if (closed) throw new PoolClosedError();
      await Promise.all(slots.map((_, i) => drain(i)));
      if (failure) throw failure;
      if (!exhausted || reported < taken) throw new PoolClosedError();
    },
    async close() {
      closed = true;
      const live = slots.filter((s): s is Slot => s !== null);
      slots.fill(null);
      await Promise.all(live.map((s) => retire(s)));
    },
  };
}
