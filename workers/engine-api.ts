/**
 * The engine API: the one surface through which every host (the dashboard's Web Worker,
 * Node worker_threads, the CLI on its main thread) drives a simulation. Everything that
 * crosses it is structured-clone-able data; problems with the input come back as
 * `Diagnostic` values, never as thrown errors (comlink would flatten them to a message).
 */
import type { DailyRow, MapLayout, MapState, MetricInfo, Diagnostic, RunRecords, Scenario, Summary } from "../sim/index.ts";

/** What `create` builds a simulation from: YAML text (validated in the engine) or a loaded scenario. */
export type CreateInput = { yaml: string; fileName?: string } | { scenario: Scenario };

/** Run-time overrides: `seed` defaults to `scenario.run.seed`; `days` (after the warm-up) to `scenario.run.days`. */
export interface CreateOptions {
  seed?: number;
  days?: number;
}

/** What the host learns once, at creation: enough to lay out charts and draw the map. */
export interface EngineInfo {
  seed: number;
  totalDays: number;
  metrics: MetricInfo[];
  layout: MapLayout;
}

export type CreateResult = { ok: true; info: EngineInfo } | { ok: false; diagnostics: Diagnostic[] };

/** One progress message: the daily rows since the previous message (a batch, possibly empty). */
export interface Progress {
  /** Days simulated so far. */
  day: number;
  totalDays: number;
  /** Daily rows for the days simulated since the previous message, in day order. */
  rows: DailyRow[];
  /**
   * The map state at the moment reached (`snapshot.time`, often mid-day), when `snapshots`
   * was asked for: every progress message of such a run carries one. Its `events` are
   * those since the previous snapshot.
   */
  snapshot?: MapState;
}

export interface RunOptions {
  /** Stop after this many simulated days in total (default: the end of the run). */
  untilDay?: number;
  /** Pace the run for watching (default: as fast as possible). */
  daysPerSecond?: number;
  /**
   * Attach a map snapshot to each progress message. The run then advances in sub-day
   * steps (`snapshotsPerDay`), one message per step, so the map shows people on the move;
   * the daily rows are the same as without snapshots.
   */
  snapshots?: boolean;
  /**
   * With `snapshots`: steps (and snapshots) per simulated day, at equal intervals ending at
   * midnight (24 = every hour). Default `defaultSnapshotsPerDay(daysPerSecond)`: 24 at
   * 1–2 days/s, fewer at higher speeds (at most about 60 snapshots per second of pacing),
   * 4 when running as fast as possible.
   */
  snapshotsPerDay?: number;
}

export type RunStatus = { status: "done" | "paused" | "cancelled"; day: number };

/**
 * The engine. One simulation at a time; `create` replaces the previous one.
 *
 * Progress callbacks are awaited (when they return a promise, as comlink proxies do), so
 * every progress message has arrived before `run` resolves.
 *
 * Pause/resume/cancel are cooperative: `run` yields to the event loop between simulated
 * days (between sub-day steps when `snapshots` is on), so these calls are served while a
 * run is in progress; they take effect at the end of the current step: the next midnight,
 * or with `snapshots` the next snapshot, within the day. A run paused within a day resumes
 * from that moment (with the same results as one never paused), and `step()` from there
 * first finishes that day.
 * - `pause()`: the pending `run()` resolves `{ status: "paused", day }` at the end of the step
 *   (`day` is the day in progress, or the next one at a midnight).
 * - `resume()`: continues a paused run with the same progress callback and options; the
 *   end of that continuation is seen as a progress message with `day === untilDay`
 *   (or `totalDays`). Calling `run()` again after a pause continues as well.
 * - `cancel()`: the pending `run()` resolves `{ status: "cancelled" }`; the simulation stays
 *   where it stopped (its results so far can still be read).
 */
export interface EngineApi {
  create(input: CreateInput, opts?: CreateOptions): Promise<CreateResult>;
  run(onProgress: (p: Progress) => void, opts?: RunOptions): Promise<RunStatus>;
  /** Simulates `days` days (default 1, stops at the end) and returns their rows; from a pause within a day, the first is the rest of that day. */
  step(days?: number): Promise<DailyRow[]>;
  pause(): void;
  resume(): void;
  cancel(): void;
  snapshot(): Promise<MapState>;
  /** The run so far: daily rows, the summary, and the event-level records (reported thefts, arrests). */
  results(): Promise<{ daily: DailyRow[]; summary: Summary; records: RunRecords }>;
  /**
   * Runs `replications` independent runs of a scenario, replications `first` (default 0)
   * to `first + replications - 1` (seed of replication r: `runSeed(seed, 0, r)`), and
   * returns one summary per replication, in order. Does not touch the simulation made by
   * `create`.
   */
  runReplications(
    input: { scenario: Scenario },
    replications: number,
    seed: number,
    onProgress?: (done: number, total: number) => void,
    first?: number,
  ): Promise<Summary[]>;
}
