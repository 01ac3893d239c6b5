/**
 * EventBus: a synchronous, typed publish/subscribe bus for a model's events, a
 * discriminated union on `type`. Handlers run in subscription order, so one seed always
 * processes events in one order; `onAny` handlers run after the typed ones.
 */

/** The shape every event shares: a `type` tag (past tense by convention) and a time. */
export interface BusEvent {
  type: string;
}

/** The event of union `E` whose `type` is `T`. */
export type EventOfType<E extends BusEvent, T extends E["type"]> = Extract<E, { type: T }>;

/**
 * A typed bus over the event union `E`.
 *
 * @example
 * ```ts
 * type Ev = { type: "coin-flipped"; heads: boolean } | { type: "die-rolled"; pips: number };
 * const bus = createEventBus<Ev>();
 * const off = bus.on("die-rolled", (e) => console.log(e.pips)); // e is typed
 * bus.emit({ type: "die-rolled", pips: 4 });
 * off();
 * ```
 */
export interface EventBus<E extends BusEvent> {
  /** Subscribes to one type; returns the function that unsubscribes. */
  on<T extends E["type"]>(type: T, handler: (e: EventOfType<E, T>) => void): () => void;
  /** Every event, in order (for logs and maps). */
  onAny(handler: (e: E) => void): () => void;
  emit(e: E): void;
}

/** A new, empty bus. */
export function createEventBus<E extends BusEvent>(): EventBus<E> {
  const byType = new Map<string, ((e: E) => void)[]>();
  const any: ((e: E) => void)[] = [];
  const remove = (list: unknown[], h: unknown) => () => {
    const i = list.indexOf(h);
    if (i >= 0) list.splice(i, 1);
  };
  return {
    on(type, handler) {
      let list = byType.get(type);
      if (!list) byType.set(type, (list = []));
      list.push(handler as (e: E) => void);
      return remove(list, handler);
    },
    onAny(handler) {
      any.push(handler);
      return remove(any, handler);
    },
    emit(e) {
      const list = byType.get(e.type);
      if (list) for (let i = 0; i < list.length; i++) list[i](e);
      for (let i = 0; i < any.length; i++) any[i](e);
    },
  };
}
