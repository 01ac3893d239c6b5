/**
 * PartModel: a model assembled from a registry list of parts (see `part.ts`) and run day
 * by day on the discrete-event clock. The core creates each part in registry order with
 * its context (its own random stream, the scheduler, the event bus, its metric sink, its
 * live parameter section), subscribes its event handlers, runs its hooks in registry
 * order, and collects the metrics every part declared through one `DataCollector`.
 *
 *   new PartModel({ seed })                      root stream, scheduler (no step loop)
 *   model.assemble({ parts, params, env, ... })  1. metrics of every part -> one collector
 *                                                2. per part: context, create, `on` handlers
 *   model.advanceTo(t) / stepDay()               3. a day starts the first time time enters
 *                                                   it: host hook, (first day) start hooks,
 *                                                   startDay hooks; the scheduler runs to t;
 *                                                   at midnight: host hook, endDay hooks,
 *                                                   collect -> the day's row
 */
import { DataCollector } from "./data-collector.ts";
import { createEventBus, type BusEvent, type EventBus } from "./event-bus.ts";
import type { MetricColumn, MetricSpec } from "./metric-table.ts";
import { Model } from "./model.ts";
import type { AnyPart, Part, PartContext } from "./part.ts";
import type { Rng } from "./rng.ts";

/** Options of {@link PartModel}. */
export interface PartModelOptions {
  /** Root seed (as for `Model`). */
  seed?: number | string;
  /** Simulated seconds in a day (default 86400). */
  daySeconds?: number;
}

/** What {@link PartModel.assemble} needs. */
export interface AssembleOptions<Env, Params extends object> {
  /** The registry: parts in the order they are created and their hooks run. */
  parts: readonly AnyPart<Env>[];
  /** The parameter object; each part reads its section from it live, by key. */
  params: Params;
  /** What every part receives as `ctx.env`, built once the bus and the metrics exist. */
  env: (model: PartModel<Env, BusEvent, string>) => Env;
  /** Groups of by-group metrics. */
  groups?: readonly string[];
  /** Metric names to put first, in this order (e.g. a published column order); the others follow in registry order (see {@link collectMetricSpecs}). */
  columnOrder?: readonly string[];
  /** Days in the run (warm-up included); `advanceTo` stops at the end of the last one. */
  days: number;
  /** Host hooks run before the parts' hooks (e.g. the world catching up). */
  beforeDayStart?: (day: number) => void;
  beforeDayEnd?: (day: number) => void;
}

/**
 * Every metric a list of parts declares: those named in `columnOrder` first, in that
 * order (names no registered part declares are skipped, so a model of fewer parts keeps
 * the order of the rest), then the others in registry order. Throws on a metric declared twice.
 */
export function collectMetricSpecs(parts: readonly AnyPart[], columnOrder: readonly string[] = []): MetricSpec[] {
  const byName = new Map<string, MetricSpec>();
  for (const p of parts) {
    for (const m of p.metrics ?? []) {
      const prev = byName.get(m.name);
      if (prev) throw new Error(`parts: metric "${m.name}" is declared by two parts; "${p.name}" and an earlier one must use different names.`);
      byName.set(m.name, m);
    }
  }
  const out: MetricSpec[] = [];
  for (const name of columnOrder) {
    const m = byName.get(name);
    if (m) out.push(m);
  }
  const ordered = new Set(columnOrder);
  for (const m of byName.values()) if (!ordered.has(m.name)) out.push(m);
  return out;
}

/**
 * A model built from parts.
 *
 * @example
 * ```ts
 * const model = new PartModel<{ coins: number }, Ev>({ seed: 7 });
 * model.assemble({ parts: [flipper], params: { flipper: { p: 0.5 } }, env: () => ({ coins: 10 }), days: 30 });
 * while (!model.isDone()) model.stepDay();
 * model.collector.column("heads"); // Float64Array, one value per day
 * ```
 */
export class PartModel<Env, E extends BusEvent = BusEvent, N extends string = string> extends Model {
  /** The event bus every part emits on. */
  readonly bus: EventBus<E> = createEventBus<E>();
  /** One day's seconds. */
  readonly daySeconds: number;
  private collectorRef: DataCollector<this, never, N> | null = null;
  private envRef: Env | undefined;
  private registry: readonly AnyPart<Env>[] = [];
  private readonly instances = new Map<string, unknown>();
  private readonly contexts: PartContext<Env, E, N, unknown>[] = [];
  private opts: AssembleOptions<Env, object> | null = null;
  private dayIndex = 0;
  private dayStarted = false;
  private started = false;

  constructor(opts: PartModelOptions = {}) {
    super({ seed: opts.seed, stepSeconds: 0 });
    const d = opts.daySeconds ?? 86400;
    if (!(d > 0) || d === Infinity) throw new RangeError(`PartModel: daySeconds must be finite and > 0, got ${d}`);
    this.daySeconds = d;
  }

  /** The collector holding every part's metrics (one row per day). */
  get collector(): DataCollector<this, never, N> {
    if (!this.collectorRef) throw new Error("PartModel: not assembled yet; call assemble() first");
    return this.collectorRef;
  }

  /** What the parts receive as `ctx.env`. */
  get env(): Env {
    if (this.envRef === undefined) throw new Error("PartModel: not assembled yet; call assemble() first");
    return this.envRef;
  }

  /** The registered parts, in registry order. */
  get parts(): readonly AnyPart<Env>[] {
    return this.registry;
  }

  /** Every daily column (metrics and their group columns), in row order after the day column. */
  get columns(): readonly MetricColumn[] {
    return this.collector.metrics.columns;
  }

  /** Days ended so far. */
  get day(): number {
    return this.dayIndex;
  }

  /** Days in the run. */
  get days(): number {
    return this.opts?.days ?? 0;
  }

  /** Creates every part in registry order. Call once. */
  assemble<Params extends object>(opts: AssembleOptions<Env, Params>): void {
    if (this.opts) throw new Error("PartModel.assemble: already assembled; a model is assembled once");
    const names = new Set<string>();
    for (const p of opts.parts) {
      if (names.has(p.name)) throw new Error(`PartModel.assemble: two parts are named "${p.name}"; part names must be unique.`);
      names.add(p.name);
    }
    this.opts = opts as AssembleOptions<Env, object>;
    this.registry = opts.parts;
    this.collectorRef = new DataCollector<this, never, N>({
      metrics: collectMetricSpecs(opts.parts, opts.columnOrder) as MetricSpec<N>[],
      groups: opts.groups ?? [],
      stepName: "day",
      step: () => this.dayIndex,
    });
    this.envRef = opts.env(this as unknown as PartModel<Env, BusEvent, string>);
    for (const part of opts.parts) {
      const ctx = this.contextOf(part, opts.params as Record<string, unknown>);
      this.contexts.push(ctx);
      const self = part.create ? part.create(ctx) : undefined;
      this.instances.set(part.name, self);
      const on = part.on as Record<string, ((self: unknown, e: E, c: unknown) => void) | undefined> | undefined;
      if (on) {
        for (const type of Object.keys(on)) {
          const h = on[type]!;
          this.bus.on(type as E["type"], (e) => h(self, e as E, ctx));
        }
      }
    }
  }

  /** The instance of a registered part (what its `create` returned). */
  use<I>(part: Part<string, any, any, any, any, I>): I {
    if (!this.instances.has(part.name)) {
      const have = this.registry.map((p) => p.name).join(", ");
      throw new Error(
        `PartModel.use: part "${part.name}" is not created (yet); it must be registered before the part that uses it (registry: ${have}).`,
      );
    }
    return this.instances.get(part.name) as I;
  }

  /** Whether a part of this name is registered. */
  has(name: string): boolean {
    return this.registry.some((p) => p.name === name);
  }

  /** Starts `day` (normally called by `advanceTo`): host hook, start hooks on the first day, startDay hooks. */
  startDay(day: number): void {
    const o = this.assembled();
    o.beforeDayStart?.(day);
    if (!this.started) {
      this.started = true;
      this.forEachPart((p, self, ctx) => p.start?.(self, ctx));
    }
    this.forEachPart((p, self, ctx) => p.startDay?.(self, day, ctx));
  }

  /** Ends `day` (normally called by `advanceTo`): host hook, endDay hooks, then the metrics' row. */
  endDay(day: number): Record<string, number> {
    const o = this.assembled();
    o.beforeDayEnd?.(day);
    this.forEachPart((p, self, ctx) => p.endDay?.(self, day, ctx));
    this.collector.collect(this);
    return this.collector.row(this.collector.rowCount - 1);
  }

  /** Whether every day of the run has ended. */
  isDone(): boolean {
    return this.dayIndex >= this.days;
  }

  /**
   * Runs to `time` (clamped to the end of the run), starting each day the first time time
   * moves into it and ending it at midnight; returns the rows of the days ended on the way.
   */
  advanceTo(time: number): Record<string, number>[] {
    if (Number.isNaN(time)) throw new RangeError("PartModel.advanceTo: time is NaN; expected a number of simulated seconds");
    const D = this.daySeconds;
    const target = Math.min(time, this.days * D);
    const done: Record<string, number>[] = [];
    while (this.dayIndex < this.days && this.scheduler.now < target) {
      if (!this.dayStarted) {
        this.dayStarted = true;
        this.startDay(this.dayIndex);
      }
      const midnight = (this.dayIndex + 1) * D;
      const to = Math.min(target, midnight);
      this.scheduler.runUntil(to);
      if (to === midnight) {
        done.push(this.endDay(this.dayIndex));
        this.dayIndex++;
        this.dayStarted = false;
      }
    }
    return done;
  }

  /** Runs the current day to its end and returns its row. */
  stepDay(): Record<string, number> {
    if (this.isDone()) throw new Error(`PartModel.stepDay: all ${this.days} days are done; check isDone() before stepDay().`);
    return this.advanceTo((this.dayIndex + 1) * this.daySeconds)[0];
  }

  private assembled(): AssembleOptions<Env, object> {
    if (!this.opts) throw new Error("PartModel: not assembled yet; call assemble() first");
    return this.opts;
  }

  private forEachPart(fn: (p: AnyPart<Env>, self: unknown, ctx: PartContext<Env, E, N, unknown>) => void): void {
    for (let i = 0; i < this.registry.length; i++) {
      const p = this.registry[i];
      fn(p, this.instances.get(p.name), this.contexts[i]);
    }
  }

  private contextOf(part: AnyPart<Env>, params: Record<string, unknown>): PartContext<Env, E, N, unknown> {
    const model = this;
    const key = part.section?.key;
    let rng: Rng | null = null;
    return {
      name: part.name,
      get env() {
        return model.env;
      },
      get rng() {
        return (rng ??= model.rng.stream(part.name));
      },
      rootRng: model.rng,
      scheduler: model.scheduler,
      bus: model.bus,
      metrics: model.collector,
      get section() {
        return key === undefined ? undefined : params[key];
      },
      now: () => model.scheduler.now,
      use: (p) => model.use(p),
    };
  }
}
