/**
 * The engine: drives one `Simulation` behind the `EngineApi`. The same object runs on the
 * main thread (CLI, tests), inside the dashboard's Web Worker (browser-engine.ts) and
 * inside Node worker_threads (node-engine.ts); comlink only moves its calls around.
 *
 * Pipeline of `run`:
 *   1. advance one step — a day, or with snapshots 1/`snapshotsPerDay` of a day — and keep
 *      the rows of days completed in the pending batch;
 *   2. flush the batch as one progress message when it is big or old enough (or on the
 *      last day, a pause, a cancel, every day when pacing, every step with snapshots);
 *   3. wait for the pace (an absolute wall-clock schedule, so timer overshoot does not
 *      slow the run down) or just yield to the event loop, so pause/resume/cancel get in
 *      (they take effect at the next midnight);
 *   4. repeat until `untilDay`, the end, a pause or a cancel.
 */
import { runSeed, type DailyRow, type MapState, type Simulation, type Diagnostic, type Scenario, type Summary } from "../sim/index.ts";
import type { CreateInput, CreateOptions, CreateResult, EngineApi, Progress, RunOptions, RunStatus } from "./engine-api.ts";
import { createRunSequence } from "./run-to-end.ts";
import type { SimulationFactory } from "./simulation-factory.ts";
import { sleep, yieldToEventLoop } from "./yield-to-event-loop.ts";

/** A progress message carries at most this many daily rows ... */
export const MAX_ROWS_PER_MESSAGE = 64;
/** ... and is sent at least this often (ms of wall time) while rows are pending. */
export const FLUSH_INTERVAL_MS = 100;

/** Simulated seconds in a day. */
const DAY = 86400;
/** Default snapshots per day are chosen so that a paced run sends at most about this many a second. */
export const MAX_SNAPSHOTS_PER_SECOND = 60;
/** Snapshots per day when a run with snapshots is not paced (as fast as possible). */
export const UNPACED_SNAPSHOTS_PER_DAY = 4;

/**
 * Steps per simulated day of a run with snapshots when `snapshotsPerDay` is not given: the
 * largest divisor of 24 (whole hours) that keeps a paced run at or under
 * MAX_SNAPSHOTS_PER_SECOND; UNPACED_SNAPSHOTS_PER_DAY when not paced.
 *
 * @example
 * defaultSnapshotsPerDay(1);  // 24 (every hour)
 * defaultSnapshotsPerDay(10); // 6 (every 4 hours)
 */
export function defaultSnapshotsPerDay(daysPerSecond?: number): number {
  if (!daysPerSecond || !(daysPerSecond > 0)) return UNPACED_SNAPSHOTS_PER_DAY;
  for (const n of [24, 12, 8, 6, 4, 3, 2]) if (n * daysPerSecond <= MAX_SNAPSHOTS_PER_SECOND) return n;
  return 1;
}

/** The end of the step after simulated time `t` in day `day` cut into `perDay` equal steps (whole seconds). */
function nextStepEnd(t: number, day: number, perDay: number): number {
  const start = day * DAY;
  let k = Math.floor(((t - start) * perDay) / DAY) + 1;
  let end = start + Math.round((k * DAY) / perDay);
  while (end <= t && k < perDay) end = start + Math.round((++k * DAY) / perDay);
  return Math.min(end, start + DAY);
}

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
    const snapshots = opts.snapshots === true;
    const perDay = snapshots ? stepsPerDay(opts) : 1;
    running = true;
    pauseRequested = false;
    cancelRequested = false;
    paused = null;
    const until = Math.min(opts.untilDay ?? s.totalDays, s.totalDays);
    const paceMs = opts.daysPerSecond && opts.daysPerSecond > 0 ? 1000 / opts.daysPerSecond : 0;
    let batch: DailyRow[] = [];
    let lastFlush = performance.now();
    // Pacing baseline: simulated time `paceFrom` was reached at wall time `paceWall`.
    let paceWall = lastFlush;
    let paceFrom = s.time;
    // Awaiting the callback matters across a worker: a comlink-proxied callback travels on
    // its own MessagePort, so without the await the last batch could arrive after `run`
    // resolved. It also gives back-pressure: a slow consumer slows the run, not the heap.
    const flush = async () => {
      const p: Progress = { day: s.day, totalDays: s.totalDays, rows: batch };
      if (snapshots) p.snapshot = s.snapshot();
      batch = [];
      lastFlush = performance.now();
      await onProgress(p);
    };
    try {
      while (s.day < until && !s.isDone()) {
        // Whole days from a midnight go through stepDay(); sub-day steps through advanceTo().
        const done = perDay === 1 && s.time === s.day * DAY ? [s.stepDay()] : s.advanceTo(nextStepEnd(s.time, s.day, perDay));
        for (const row of done) batch.push(row);
        const atEnd = s.day >= until || s.isDone();
        const dayEnded = done.length > 0;
        if (
          atEnd ||
          snapshots ||
          (paceMs > 0 && dayEnded) ||
          batch.length >= MAX_ROWS_PER_MESSAGE ||
          performance.now() - lastFlush >= FLUSH_INTERVAL_MS
        ) {
          await flush();
        }
        if (atEnd) break;
        if (paceMs > 0) {
          // Wall time at which the simulated time reached should be shown. When the model is
          // slower than the pace by more than a step, the schedule restarts from now instead
          // of rushing to catch up.
          const now = performance.now();
          let wait = paceWall + ((s.time - paceFrom) / DAY) * paceMs - now;
          if (wait < -paceMs / perDay) {
            paceWall = now;
            paceFrom = s.time;
            wait = 0;
          }
          // A timer only when there is time to wait: browsers clamp nested timers to 4 ms.
          if (wait >= 1) await sleep(wait);
          else await yieldToEventLoop();
        } else {
          await yieldToEventLoop();
        }
        // Pause and cancel take effect at the end of the step: a midnight, or with snapshots
        // the moment of the last snapshot (the contract of EngineApi), so a paused map shows
        // the time at which the run stopped.
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
      let scenario: Scenario;
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
      return { daily: s.daily(), summary: s.summary(), records: s.records() };
    },

    async runReplications(input, replications, seed, onProgress, first = 0) {
      const out: Summary[] = [];
      const runs = createRunSequence(factory);
      for (let r = 0; r < replications; r++) {
        out.push(runs.run(input.scenario, runSeed(seed, 0, first + r)));
        await onProgress?.(r + 1, replications);
        await yieldToEventLoop();
      }
      return out;
    },
  };
}

/** Steps per day of a run with snapshots: `snapshotsPerDay` (a whole number, 1 to 86400) or the default for its pace. */
function stepsPerDay(opts: RunOptions): number {
  const n = opts.snapshotsPerDay;
  if (n === undefined) return defaultSnapshotsPerDay(opts.daysPerSecond);
  if (!Number.isInteger(n) || n < 1 || n > DAY) throw new Error(`engine: snapshotsPerDay must be a whole number from 1 to ${DAY}, got ${n}`);
  return n;
}

/** A model that throws while being built is reported as a diagnostic, not a crash. */
function modelFailure(e: unknown, file: string): Diagnostic {
  const message = e instanceof Error ? e.message : String(e);
  return { code: "model-failed", message: `the model could not be built: ${message}`, path: [], file, line: 1, column: 1 };
}
