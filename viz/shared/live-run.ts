/**
 * One live simulation in an engine Worker, as a page drives it: load a scenario, run at a
 * speed, pause, step, change speed, reset. Daily rows and map snapshots arrive through
 * hooks; every call goes to the Worker, so the page stays responsive whatever the model
 * costs. With snapshots on, the engine advances in sub-day steps and sends the map several
 * times a simulated day (hourly at 1–2 days/s, fewer when faster), so the map shows people
 * on the move; pause and step still act on whole days.
 */
import type { DailyRow, MapLayout, MapState, MetricInfo, Diagnostic, RunRecords, Scenario, Summary } from "../../sim/index.ts";
import { startEngine, remoteCallback, type EngineHandle } from "../engine-client.ts";

export interface RunInfo {
  seed: number;
  totalDays: number;
  metrics: MetricInfo[];
  layout: MapLayout;
}

export type RunStatus = "idle" | "running" | "paused" | "done" | "error";

export interface LiveRunHooks {
  onRows(rows: DailyRow[], day: number, totalDays: number): void;
  onSnapshot?(state: MapState): void;
  onStatus(status: RunStatus, day: number): void;
}

export class LiveRun {
  private engine: EngineHandle | null = null;
  private running: Promise<unknown> | null = null;
  private generation = 0;
  info: RunInfo | null = null;
  day = 0;
  status: RunStatus = "idle";
  daysPerSecond = 10;
  snapshots = true;
  /** Map snapshots per simulated day; undefined = the engine's default for the speed. */
  snapshotsPerDay: number | undefined = undefined;

  constructor(private readonly hooks: LiveRunHooks) {}

  private setStatus(s: RunStatus): void {
    this.status = s;
    this.hooks.onStatus(s, this.day);
  }

  /** Creates the simulation (a fresh Worker each time, so an old run can never leak rows in). */
  async load(
    scenario: Scenario,
    opts: { seed?: number; days?: number },
  ): Promise<{ ok: true; info: RunInfo } | { ok: false; diagnostics: Diagnostic[] }> {
    this.dispose();
    const gen = ++this.generation;
    this.engine = startEngine();
    const res = await this.engine.api.create({ scenario }, opts);
    if (gen !== this.generation) return { ok: false, diagnostics: [] };
    if (!res.ok) {
      this.setStatus("error");
      return res;
    }
    this.info = res.info;
    this.day = 0;
    this.setStatus("idle");
    return res;
  }

  /** The map as it is now. */
  async snapshot(): Promise<MapState | null> {
    return this.engine ? await this.engine.api.snapshot() : null;
  }

  /** Runs (or continues) until the end, a pause or a reset. */
  start(): void {
    if (!this.engine || !this.info || this.status === "running" || this.status === "done") return;
    const gen = this.generation;
    const api = this.engine.api;
    this.setStatus("running");
    const onProgress = remoteCallback((p: { day: number; totalDays: number; rows: DailyRow[]; snapshot?: MapState }) => {
      if (gen !== this.generation) return;
      this.day = p.day;
      if (p.rows.length) this.hooks.onRows(p.rows, p.day, p.totalDays);
      if (p.snapshot) this.hooks.onSnapshot?.(p.snapshot);
    });
    const speed = this.daysPerSecond > 0 ? this.daysPerSecond : undefined;
    const run = api.run(onProgress, {
      daysPerSecond: speed,
      snapshots: this.snapshots,
      snapshotsPerDay: this.snapshots ? this.snapshotsPerDay : undefined,
    });
    this.running = run;
    run.then(
      (r: { status: "done" | "paused" | "cancelled"; day: number }) => {
        if (gen !== this.generation) return;
        this.running = null;
        this.day = r.day;
        if (r.status === "done") this.setStatus("done");
        else if (r.status === "paused") this.setStatus("paused");
        else this.setStatus("idle");
      },
      (err: unknown) => {
        if (gen !== this.generation) return;
        this.running = null;
        console.error(err);
        this.setStatus("error");
      },
    );
  }

  /** Pauses a run; resolves once the engine has stopped. */
  async pause(): Promise<void> {
    if (!this.engine || this.status !== "running") return;
    const run = this.running;
    await this.engine.api.pause();
    if (run) await run.catch(() => undefined);
  }

  /** Advances `days` days while paused. */
  async step(days = 1): Promise<void> {
    if (!this.engine || !this.info || this.status === "running" || this.status === "done") return;
    const gen = this.generation;
    const rows = await this.engine.api.step(days);
    if (gen !== this.generation) return;
    this.day += rows.length;
    if (rows.length) this.hooks.onRows(rows, this.day, this.info.totalDays);
    const snap = await this.engine.api.snapshot();
    if (gen !== this.generation) return;
    this.hooks.onSnapshot?.(snap);
    this.setStatus(this.day >= this.info.totalDays ? "done" : "paused");
  }

  /** Changes the speed; a running simulation continues at the new speed. */
  async setSpeed(daysPerSecond: number): Promise<void> {
    this.daysPerSecond = daysPerSecond;
    if (this.status === "running") {
      await this.pause();
      this.start();
    }
  }

  /** Final metrics of the run so far, and its reported thefts and arrests. */
  async results(): Promise<{ daily: DailyRow[]; summary: Summary; records: RunRecords } | null> {
    return this.engine ? await this.engine.api.results() : null;
  }

  dispose(): void {
    this.generation++;
    this.status = "idle";
    this.day = 0;
    this.running = null;
    this.engine?.dispose();
    this.engine = null;
    this.info = null;
  }
}
