/**
 * AgentSet: an ordered collection of agents with Mesa's verbs (`select`, `shuffleDo`,
 * `do`, `groupBy`, `agg`). Safe to add to and remove from while iterating: a loop visits
 * the members present when it started, skips members removed meanwhile and does not
 * visit members added meanwhile. Removal leaves a hole that is compacted lazily, so
 * iteration and removal allocate nothing per step.
 *
 * Membership: a set records each member's slot index in a `Map`, except the model's own
 * sets (`model.agents`, `agentsByType`), which record it on the agent itself (see
 * member-slots.ts), so that births, deaths and membership tests do no hashing.
 */
import { claimSlot, clearSlot, getSlot, updateSlot } from "./member-slots.ts";
import type { Rng } from "./rng.ts";

/** Names of A's zero-argument methods (e.g. "step"), for `do("step")` / `shuffleDo("step")`. */
export type MethodName<A> = {
  [K in keyof A]-?: NonNullable<A[K]> extends () => unknown ? K : never;
}[keyof A] &
  string;

/** Built-in reducers for {@link AgentSet.agg}. */
export type Reducer = "sum" | "mean" | "min" | "max" | "count";

/** Options for {@link AgentSet.select}. */
export interface SelectOptions<A> {
  /** Keep only members for which this returns true. */
  filter?: (agent: A) => boolean;
  /** Keep at most this many (the first ones in set order). */
  n?: number;
}

/** Compaction runs only when at least this many holes exist (and they are half the slots). */
const MIN_HOLES_TO_COMPACT = 32;

/**
 * An ordered set of agents (insertion order), typed by agent class.
 *
 * @example
 * ```ts
 * model.agents.shuffleDo("step");                       // Mesa: agents.shuffle_do("step")
 * const rich = model.agents.select((a) => a.wealth > 10);
 * const byGroup = model.agentsByType(Person).groupBy((p) => p.group); // Map<group, AgentSet<Person>>
 * const total = model.agentsByType(Person).agg((p) => p.wealth, "sum");
 * for (const a of model.agents) if (a.dead) a.remove(); // removal while iterating is safe
 * ```
 */
export class AgentSet<A extends object> implements Iterable<A> {
  /** Random stream used by `shuffle` and `shuffleDo` (the model's rng for model-owned sets). */
  readonly rng: Rng | undefined;
  private items: (A | undefined)[] = [];
  private len = 0;
  private count = 0;
  private holes = 0;
  private removals = 0;
  private depth = 0;
  /** Slot of each member not recorded on the member itself. */
  private index: Map<A, number> | undefined;
  /** Whether slots are recorded on the members (member-slots.ts) when they can hold them. */
  private inline = false;
  /** shuffleDo's reused buffer of slot indices. */
  private scratch: number[] = [];
  private scratchInUse = false;

  /** Creates a set holding `items` (duplicates ignored); `rng` is needed for shuffling. */
  constructor(items?: Iterable<A>, rng?: Rng) {
    this.rng = rng;
    if (items !== undefined) for (const a of items) this.add(a);
  }

  /** Number of members. */
  get size(): number {
    return this.count;
  }

  /** Adds an agent at the end (no-op if already a member). Returns this. */
  add(agent: A): this {
    if (this.find(agent) >= 0) return this;
    if (!(this.inline && claimSlot(agent, this, this.len))) (this.index ??= new Map()).set(agent, this.len);
    this.items[this.len++] = agent;
    this.count++;
    return this;
  }

  /** Removes an agent; returns false if it was not a member. */
  remove(agent: A): boolean {
    const i = this.find(agent);
    if (i < 0) return false;
    this.items[i] = undefined;
    this.forget(agent);
    this.count--;
    this.holes++;
    this.removals++;
    this.maybeCompact();
    return true;
  }

  /** Whether the agent is a member. */
  has(agent: A): boolean {
    return this.find(agent) >= 0;
  }

  /** Removes every member. */
  clear(): void {
    for (let i = 0; i < this.len; i++) {
      const a = this.items[i];
      if (a !== undefined && this.inline) clearSlot(a, this);
      this.items[i] = undefined;
    }
    this.holes += this.count;
    this.removals += this.count;
    this.count = 0;
    this.index?.clear();
    this.maybeCompact();
  }

  /** Iterates members in order (snapshot semantics, see the class description). */
  *[Symbol.iterator](): Iterator<A> {
    this.depth++;
    try {
      const end = this.len;
      for (let i = 0; i < end; i++) {
        const a = this.items[i];
        if (a !== undefined) yield a;
      }
    } finally {
      this.depth--;
      this.maybeCompact();
    }
  }

  /** Calls `fn` (or the named method) on each member in order. Returns this. */
  do(action: ((agent: A) => void) | MethodName<A>): this {
    this.depth++;
    try {
      const end = this.len;
      const items = this.items;
      if (typeof action === "function") {
        for (let i = 0; i < end; i++) {
          const a = items[i];
          if (a !== undefined) action(a);
        }
      } else {
        for (let i = 0; i < end; i++) {
          const a = items[i];
          if (a !== undefined) callMethod(a, action);
        }
      }
    } finally {
      this.depth--;
      this.maybeCompact();
    }
    return this;
  }

  /**
   * Calls `fn` (or the named method) on each member in a random order drawn from the
   * set's rng (Mesa's `shuffle_do`). Members removed during the loop are skipped (even
   * if added back meanwhile); members added during the loop are not visited.
   */
  shuffleDo(action: ((agent: A) => void) | MethodName<A>): this {
    const rng = this.requireRng("shuffleDo");
    // Shuffle the members' slot indices in one reused buffer (a nested shuffleDo on the
    // same set gets its own). Slots are not compacted while the loop runs, so a member
    // removed meanwhile shows as an empty slot: no membership lookup per member.
    const nested = this.scratchInUse;
    const order = nested ? [] : this.scratch;
    const items = this.items;
    let n = 0;
    for (let i = 0; i < this.len; i++) {
      if (items[i] !== undefined) order[n++] = i;
    }
    order.length = n;
    rng.shuffle(order);
    this.scratchInUse = true;
    this.depth++;
    try {
      if (typeof action === "function") {
        for (let i = 0; i < n; i++) {
          const a = items[order[i]];
          if (a !== undefined) action(a);
        }
      } else {
        for (let i = 0; i < n; i++) {
          const a = items[order[i]];
          if (a !== undefined) callMethod(a, action);
        }
      }
    } finally {
      this.depth--;
      if (!nested) this.scratchInUse = false;
      this.maybeCompact();
    }
    return this;
  }

  /** A new set with the members that pass `filter` (at most `n` of them), sharing this rng. */
  select<B extends A>(filter: (agent: A) => agent is B): AgentSet<B>;
  select(filter: ((agent: A) => boolean) | SelectOptions<A>): AgentSet<A>;
  select(arg: ((agent: A) => boolean) | SelectOptions<A>): AgentSet<A> {
    const filter = typeof arg === "function" ? arg : arg.filter;
    const max = typeof arg === "function" ? Infinity : (arg.n ?? Infinity);
    const out = new AgentSet<A>(undefined, this.rng);
    for (let i = 0; i < this.len && out.size < max; i++) {
      const a = this.items[i];
      if (a !== undefined && (filter === undefined || filter(a))) out.add(a);
    }
    return out;
  }

  /** Shuffles with the set's rng: in place (returns this) or into a new set (the default, like Mesa). */
  shuffle(inplace = false): AgentSet<A> {
    const rng = this.requireRng("shuffle");
    const order = rng.shuffle(this.toArray());
    if (!inplace) return new AgentSet(order, this.rng);
    this.resetFrom(order);
    return this;
  }

  /** Sorts by a numeric key (ascending by default): in place or into a new set. Stable. */
  sort(key: (agent: A) => number, ascending = true, inplace = false): AgentSet<A> {
    const arr = this.toArray();
    const keys = new Map<A, number>();
    for (const a of arr) keys.set(a, key(a));
    const sign = ascending ? 1 : -1;
    arr.sort((a, b) => sign * ((keys.get(a) as number) - (keys.get(b) as number)));
    if (!inplace) return new AgentSet(arr, this.rng);
    this.resetFrom(arr);
    return this;
  }

  /** Splits the members by key into sets (Map in first-seen key order), each sharing this rng. */
  groupBy<K>(key: (agent: A) => K): Map<K, AgentSet<A>> {
    const groups = new Map<K, AgentSet<A>>();
    for (let i = 0; i < this.len; i++) {
      const a = this.items[i];
      if (a === undefined) continue;
      const k = key(a);
      let g = groups.get(k);
      if (g === undefined) groups.set(k, (g = new AgentSet<A>(undefined, this.rng)));
      g.add(a);
    }
    return groups;
  }

  /**
   * Aggregates a value over the members: a built-in reducer ("sum", "mean", "min",
   * "max", "count"; no allocation) or any function of the value array.
   * Empty set: sum 0, count 0, mean NaN, min Infinity, max -Infinity.
   */
  agg(value: (agent: A) => number, reducer: Reducer): number;
  agg<R>(value: (agent: A) => number, reducer: (values: number[]) => R): R;
  agg<R>(value: (agent: A) => number, reducer: Reducer | ((values: number[]) => R)): number | R {
    if (typeof reducer === "function") return reducer(this.map(value));
    let acc = reducer === "min" ? Infinity : reducer === "max" ? -Infinity : 0;
    for (let i = 0; i < this.len; i++) {
      const a = this.items[i];
      if (a === undefined) continue;
      const v = value(a);
      if (reducer === "min") acc = v < acc ? v : acc;
      else if (reducer === "max") acc = v > acc ? v : acc;
      else acc += v;
    }
    if (reducer === "count") return this.count;
    if (reducer === "mean") return this.count === 0 ? NaN : acc / this.count;
    return acc;
  }

  /** Maps the members, in order, to an array. */
  map<R>(fn: (agent: A) => R): R[] {
    const out = new Array<R>(this.count);
    let n = 0;
    for (let i = 0; i < this.len; i++) {
      const a = this.items[i];
      if (a !== undefined) out[n++] = fn(a);
    }
    out.length = n;
    return out;
  }

  /** The members, in order, as a new array. */
  toArray(): A[] {
    return this.map(identity);
  }

  private requireRng(where: string): Rng {
    if (this.rng === undefined) {
      throw new Error(`AgentSet.${where}: this set has no rng; create it with new AgentSet(items, rng) or use model.agents`);
    }
    return this.rng;
  }

  /**
   * @internal Records members' slots on the members themselves (see member-slots.ts).
   * Used by Model for the sets it owns and keeps for the model's lifetime; call it on an
   * empty set.
   */
  indexOnMembers(): this {
    if (this.len > 0) throw new Error("AgentSet.indexOnMembers: the set must be empty");
    this.inline = true;
    return this;
  }

  /** Slot of a member, or -1 when not a member. */
  private find(agent: A): number {
    if (this.inline) {
      const s = getSlot(agent, this);
      if (s >= 0) return s;
    }
    const m = this.index;
    if (m === undefined) return -1;
    const s = m.get(agent);
    return s === undefined ? -1 : s;
  }

  /** Records that a member now sits in slot i. */
  private moveSlot(agent: A, i: number): void {
    if (!(this.inline && updateSlot(agent, this, i))) (this.index as Map<A, number>).set(agent, i);
  }

  /** Drops a member's slot record. */
  private forget(agent: A): void {
    if (!(this.inline && clearSlot(agent, this))) this.index?.delete(agent);
  }

  private resetFrom(order: A[]): void {
    if (this.depth > 0) throw new Error("AgentSet: cannot reorder a set in place while it is being iterated");
    this.items = order.slice();
    this.len = order.length;
    this.holes = 0;
    for (let i = 0; i < order.length; i++) this.moveSlot(order[i], i);
  }

  /** Squeezes out holes when they make up over half the slots and nobody is iterating. */
  private maybeCompact(): void {
    if (this.depth > 0 || this.holes < MIN_HOLES_TO_COMPACT || this.holes * 2 < this.len) return;
    const items = this.items;
    let w = 0;
    for (let r = 0; r < this.len; r++) {
      const a = items[r];
      if (a === undefined) continue;
      if (w !== r) {
        items[w] = a;
        this.moveSlot(a, w);
      }
      w++;
    }
    items.length = w;
    this.len = w;
    this.holes = 0;
  }
}

function identity<T>(x: T): T {
  return x;
}

function callMethod<A extends object>(agent: A, name: string): void {
  const m = (agent as Record<string, unknown>)[name];
  if (typeof m !== "function") {
    throw new TypeError(`AgentSet: ${agent.constructor.name} has no method "${name}"`);
  }
  m.call(agent);
}
