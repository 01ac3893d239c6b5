/**
 * Parts: the mechanisms a model is assembled from. A part declares its name, its
 * parameter section (a key and a schema with `parse`), the metrics it records, the
 * events it emits, and its hooks (create, start, start of a day, end of a day, on an
 * event). A registry list of parts makes a model (`PartModel`); everything that documents
 * a model (parameter sections, metric catalogue, dashboard labels, event names) is read
 * from the declarations, so adding a mechanism is one new part and one registry line.
 */
import type { BusEvent, EventBus, EventOfType } from "./event-bus.ts";
import type { MetricSink, MetricSpec } from "./metric-table.ts";
import type { Rng } from "./rng.ts";
import type { Scheduler } from "./scheduler.ts";

/** A part's parameter section: the key in the parameter object and the schema of its value. */
export interface PartSection<P = unknown, K extends string = string> {
  key: K;
  /** Any schema with `parse` (a zod object in Doorstep); the section's value type is what it returns. */
  schema: { parse(input: unknown): P };
}

/** What a part's hooks receive. */
export interface PartContext<Env, E extends BusEvent, N extends string, P> {
  /** The part's name. */
  readonly name: string;
  /** What the host model hands every part (e.g. the world a model runs on). */
  readonly env: Env;
  /** The part's own random stream, `rng.stream(<part name>)` of the model's root stream. */
  readonly rng: Rng;
  /** The model's root stream, for further named streams. */
  readonly rootRng: Rng;
  readonly scheduler: Scheduler;
  readonly bus: EventBus<E>;
  /** Where the part records its declared metrics (and only those: other names do not compile). */
  readonly metrics: MetricSink<N>;
  /** The part's section of the parameters, read live: a change to the parameter object shows at once. */
  readonly section: P;
  /** Current simulated time. */
  now(): number;
  /** Another part's instance (the value its `create` returned); it must come earlier in the registry. */
  use<I>(part: Part<string, any, any, any, any, I>): I;
}

/** Event handlers of a part, by event type. */
export type PartHandlers<Env, E extends BusEvent, N extends string, P, I> = {
  [T in E["type"]]?: (self: I, e: EventOfType<E, T>, ctx: PartContext<Env, E, N, P>) => void;
};

/** The declaration of a part (see {@link definePart}). */
export interface Part<Name extends string, Env, E extends BusEvent, N extends string, P, I, K extends string = string> {
  readonly name: Name;
  /** One-line summary for the model's documentation. */
  readonly summary: string;
  readonly section?: PartSection<P, K>;
  readonly metrics?: readonly MetricSpec<N>[];
  /** The type names of the events the part emits (for documentation; the union types them). */
  readonly events?: readonly E["type"][];
  /** Builds the part's state and behaviour when the model is assembled, in registry order. */
  create?(ctx: PartContext<Env, E, N, P>): I;
  /** Once, when the first day starts (before any part's `startDay`). */
  start?(self: I, ctx: PartContext<Env, E, N, P>): void;
  /** At the start of each day (midnight), in registry order. */
  startDay?(self: I, day: number, ctx: PartContext<Env, E, N, P>): void;
  /** At the end of each day, in registry order, before the day's metrics are collected. */
  endDay?(self: I, day: number, ctx: PartContext<Env, E, N, P>): void;
  /** Handlers subscribed to the bus right after `create`, so registry order is handling order. */
  readonly on?: PartHandlers<Env, E, N, P, I>;
}

/** Any part of a model whose hooks receive `Env` (the event and metric types erased). */
export type AnyPart<Env = any> = Part<string, Env, any, any, any, any, any>;

/** The metric names declared by a list of parts. */
export type MetricNameOf<Ps extends readonly AnyPart[]> = Ps[number] extends infer X
  ? X extends Part<any, any, any, infer N, any, any>
    ? N
    : never
  : never;

/** The parameter sections of a list of parts: section key -> the section's value type. */
export type SectionsOf<Ps extends readonly AnyPart[]> = {
  [X in Ps[number] as X extends Part<any, any, any, any, any, any, infer K> ? (string extends K ? never : K) : never]: X extends Part<
    any,
    any,
    any,
    any,
    infer P,
    any,
    any
  >
    ? P
    : never;
};

/** The names of a list of parts. */
export type PartNameOf<Ps extends readonly AnyPart[]> = Ps[number]["name"];

/**
 * The part factory of a host whose parts receive `Env` and share the event union `E`:
 * call once per host, then declare each part with it. Metric names, the section's value
 * type and the instance type are inferred from the declaration.
 *
 * @example
 * ```ts
 * type Ev = { type: "coin-flipped"; time: number; heads: boolean };
 * const part = definePart<{ coins: number }, Ev>();
 * const flipper = part({
 *   name: "flipper",
 *   summary: "Flips the coins every morning.",
 *   section: { key: "flipper", schema: { parse: (x) => x as { p: number } } },
 *   metrics: [{ name: "heads", unit: "flips", description: "Heads that day.", kind: "count", label: "Heads" }],
 *   events: ["coin-flipped"],
 *   startDay(_self, _day, ctx) {
 *     for (let i = 0; i < ctx.env.coins; i++) {
 *       const heads = ctx.rng.bernoulli(ctx.section.p);
 *       if (heads) ctx.metrics.inc("heads"); // ctx.metrics.inc("haeds") does not compile
 *       ctx.bus.emit({ type: "coin-flipped", time: ctx.now(), heads });
 *     }
 *   },
 * });
 * ```
 */
export function definePart<Env, E extends BusEvent>() {
  return <const Name extends string, const N extends string = never, P = undefined, I = undefined, const K extends string = string>(
    spec: Part<Name, Env, E, N, P, I, K>,
  ): Part<Name, Env, E, N, P, I, K> => spec;
}
