/**
 * The engine: drives one `Simulation` behind the `EngineApi`. The same object runs on the
 * main thread (CLI, tests), inside the dashboard's Web Worker (browser-engine.ts) and
 * inside Node worker_threads (node-engine.ts); comlink only moves its calls around.
 *
 * Pipeline of `run`:
 *   1. step one day, keep its row in the pending batch;
 *   2. flush the batch as one progress message when it is big or old enough (or on the
 *      last day, a pause, a cancel, or every day when snapshots or pacing are asked for);
 *   3. yield to the event loop, so pause/resume/cancel calls get in;
 *   4. repeat until `untilDay`, the end, a pause or a cancel.
 */
import { runSeed } from "../sim/core/batch.ts";
import type { DailyRow, MapState, Simulation } from "../sim/domain/simulation-api.ts";
import type { Diagnostic } from "../sim/scenario/diagnostic.ts";
import type { CreateInput, CreateOptions, CreateResult, EngineApi, Progress, RunOptions, RunStatus } from "./engine-api.ts";
import { runToEnd } from "./run-to-end.ts";
import type { SimulationFactory } from "./simulation-factory.ts";
import { sleep, yieldToEventLoop } from "./yield-to-event-loop.ts";

/** A progress message carries at most this many daily rows ... */
export const MAX_ROWS_PER_MESSAGE = 64;
/** ... and is sent at least this often (ms of wall time) while rows are pending. */
export const FLUSH_INTERVAL_MS = 100;

/** A paused run, kept so `resume()` can continue it. */
interface PausedRun {
  onProgress: (p: Progress) => void;
  opts: RunOptions;
}

/**
 * Makes an engine around a model factory.
 *
 * @example
 * ```ts
 * const engine = createEngine(domainFactory);
 * const made = await engine.create({ yaml, fileName: "town.yaml" }, { seed: 3, days: 10 });
 * if (!made.ok) console.error(made.diagnostics);
 * else await engine.run((p) => draw(p.rows));
 * ```
 */
export function createEngine(factory: SimulationFactory): EngineApi {
  let sim: Simulation | null = null;
  /** The run in progress, so `create` can wait for it to stop before replacing the simulation. */
  let active: Promise<RunStatus> | null = null;
  /** Why a run continued by `resume()` failed (nobody awaits it), reported by the next call. */
  let backgroundFailure: Error | null = null;
  let running = false;
  let pauseRequested = false;
  let cancelRequested = false;
  let paused: PausedRun | null = null;

  function current(): Simulation {
    if (backgroundFailure) throw new Error(`engine: the simulation failed while resumed: ${backgroundFailure.message}`);
    if (!sim) throw new Error("engine: no simulation yet; call create() first");
    return sim;
  }

  function start(onProgress: (p: Progress) => void | Promise<void>, opts: RunOptions): Promise<RunStatus> {
    const run = loop(onProgress, opts);
    active = run;
    return run;
  }

  async function loop(onProgress: (p: Progress) => void | Promise<void>, opts: RunOptions): Promise<RunStatus> {
    const s = current();
    if (running) throw new Error("engine: a run is already in progress");
    running = true;
    pauseRequested = false;
    cancelRequested = false;
    paused = null;
    const until = Math.min(opts.untilDay ?? s.totalDays, s.totalDays);
    const paceMs = opts.daysPerSecond && opts.daysPerSecond > 0 ? 1000 / opts.daysPerSecond : 0;
    const everyDay = paceMs > 0 || opts.snapshots === true;
    let batch: DailyRow[] = [];
    let lastFlush = performance.now();
    // Awaiting the callback matters across a worker: a comlink-proxied callback travels on
    // its own MessagePort, so without the await the last batch could arrive after `run`
    // resolved. It also gives back-pressure: a slow consumer slows the run, not the heap.
    const flush = async () => {
      const p: Progress = { day: s.day, totalDays: s.totalDays, rows: batch };
      if (opts.snapshots) p.snapshot = s.snapshot();
      batch = [];
      lastFlush = performance.now();
      await onProgress(p);
    };
    try {
      while (s.day < until && !s.isDone()) {
        const started = performance.now();
        batch.push(s.stepDay());
        const atEnd = s.day >= until || s.isDone();
        if (atEnd || everyDay || batch.length >= MAX_ROWS_PER_MESSAGE || performance.now() - lastFlush >= FLUSH_INTERVAL_MS) {
          await flush();
        }
        if (atEnd) break;
        // A timer only when there is time to wait: browsers clamp nested timers to 4 ms.
        const wait = paceMs - (performance.now() - started);
        if (wait >= 1) await sleep(wait);
        else await yieldToEventLoop();
        if (cancelRequested) {
          if (batch.length) await flush();
          return { status: "cancelled", day: s.day };
        }
        if (pauseRequested) {
          if (batch.length) await flush();
          paused = { onProgress, opts };
          return { status: "paused", day: s.day };
        }
      }
      if (batch.length) await flush();
      return { status: "done", day: s.day };
    } finally {
      running = false;
    }
  }

  return {
    async create(input: CreateInput, opts: CreateOptions = {}): Promise<CreateResult> {
      if (running && active) {
        cancelRequested = true;
        await active.catch(() => undefined);
      }
      sim = null;
      paused = null;
      backgroundFailure = null;
      const fileName = "yaml" in input ? (input.fileName ?? "scenario.yaml") : "(scenario)";
      let scenario;
      if ("yaml" in input) {
        const parsed = factory.parse(input.yaml, fileName);
        if (!parsed.ok) return { ok: false, diagnostics: parsed.diagnostics };
        scenario = parsed.scenario;
      } else {
        scenario = input.scenario;
      }
      try {
        const made = factory.create(scenario, opts);
        sim = made;
        return { ok: true, info: { seed: made.seed, totalDays: made.totalDays, metrics: made.metrics(), layout: made.layout() } };
      } catch (e) {
        return { ok: false, diagnostics: [modelFailure(e, fileName)] };
      }
    },

    run(onProgress, opts = {}) {
      return start(onProgress, opts);
    },

    async step(days = 1) {
      const s = current();
      if (running) throw new Error("engine: cannot step while a run is in progress; pause it first");
      const rows: DailyRow[] = [];
      for (let i = 0; i < days && !s.isDone(); i++) rows.push(s.stepDay());
      return rows;
    },

    pause() {
      if (running) pauseRequested = true;
    },

    resume() {
      const p = paused;
      if (!p || running) return;
      start(p.onProgress, p.opts).catch((e: unknown) => {
        backgroundFailure = e instanceof Error ? e : new Error(String(e));
      });
    },

    cancel() {
      paused = null;
      if (running) cancelRequested = true;
    },

    async snapshot(): Promise<MapState> {
      return current().snapshot();
    },

    async results() {
      const s = current();
      return { daily: s.daily(), summary: s.summary() };
    },

    async runReplications(input, replications, seed, onProgress) {
      const out: Record<string, number>[] = [];
      for (let r = 0; r < replications; r++) {
        out.push(runToEnd(factory, input.scenario, runSeed(seed, 0, r)));
        await onProgress?.(r + 1, replications);
        await yieldToEventLoop();
      }
      return out;
    },
  };
}

/** A model that throws while being built is reported as a diagnostic, not a crash. */
function modelFailure(e: unknown, file: string): Diagnostic {
  const message = e instanceof Error ? e.message : String(e);
  return { code: "model-failed", message: `the model could not be built: ${message}`, path: [], file, line: 1, column: 1 };
}
