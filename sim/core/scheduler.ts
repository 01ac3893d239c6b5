/**
 * Discrete-event scheduler: a binary min-heap keyed by (time, priority, insertion
 * sequence), so events at the same time replay in the same order on every run.
 * Event data lives in pooled typed-array slots; cancellation is O(1) lazy deletion
 * (the slot's callback is dropped and skipped when it surfaces at the top of the heap).
 * The next event to fire, when it was scheduled after everything pending, waits in a
 * single "front" slot outside the heap: most events (a chain of departures, each
 * scheduling the next) then never touch the heap. The keys are unique and totally
 * ordered, so the firing order is the same as with the heap alone.
 */
import { ensureFloat64, ensureInt32 } from "./growable.ts";

/** A scheduled event; `cancel()` before it fires guarantees it never fires. */
export interface EventHandle {
  /** Simulated time (seconds) at which the event fires. */
  readonly time: number;
  /** true once `cancel()` was called while the event was still pending. */
  readonly cancelled: boolean;
  /** Cancels the event if it has not fired yet; otherwise does nothing. */
  cancel(): void;
}

type Callback = () => void;

class Handle implements EventHandle {
  cancelled = false;
  constructor(
    private readonly owner: Scheduler,
    readonly time: number,
    /** Slot index in the scheduler's pools. */
    readonly slot: number,
    /** Insertion sequence: identifies the occupant of the slot. */
    readonly seq: number,
  ) {}

  cancel(): void {
    if (!this.cancelled && this.owner.cancelSlot(this.slot, this.seq)) this.cancelled = true;
  }
}

const INITIAL_CAPACITY = 64;

/**
 * Discrete-event scheduler with deterministic ties: events fire by time, then by
 * priority (lower first), then in the order they were scheduled. An event scheduled
 * while another is firing, for the same time and priority, fires after it.
 *
 * @example
 * ```ts
 * const s = new Scheduler();
 * s.scheduleAt(10, () => console.log("b"), 1);
 * s.scheduleAt(10, () => console.log("a"), 0); // same time, lower priority number: first
 * const h = s.scheduleIn(5, () => console.log("never"));
 * h.cancel();
 * s.runUntil(60); // prints a, b; s.now === 60
 * ```
 */
export class Scheduler {
  private _now = 0;
  private _pending = 0;
  private seqCounter = 0;
  // Slot pools (one slot per scheduled, not yet popped event).
  private times = new Float64Array(INITIAL_CAPACITY);
  private prios = new Float64Array(INITIAL_CAPACITY);
  private seqs = new Float64Array(INITIAL_CAPACITY);
  private fns: (Callback | null)[] = [];
  private freeSlots = new Int32Array(INITIAL_CAPACITY);
  private freeCount = 0;
  private slotCount = 0;
  // Heap of slot indices, with each entry's time alongside so most comparisons stay local.
  private heap = new Int32Array(INITIAL_CAPACITY);
  private heapTime = new Float64Array(INITIAL_CAPACITY);
  private heapSize = 0;
  /** Slot of an event that fires before every event in the heap, or -1. */
  private front = -1;

  /** Current simulated time in seconds. */
  get now(): number {
    return this._now;
  }

  /** Number of events scheduled and neither fired nor cancelled. */
  get pending(): number {
    return this._pending;
  }

  /** Schedules `fn` at absolute time `time` (>= now). Lower `priority` fires first among equal times. */
  scheduleAt(time: number, fn: () => void, priority = 0): EventHandle {
    if (!(time >= this._now)) {
      throw new RangeError(`scheduleAt: time ${time} is before now (${this._now}); schedule at now or later`);
    }
    if (Number.isNaN(priority)) throw new RangeError("scheduleAt: priority is NaN");
    const slot = this.insert(time, fn, priority);
    return new Handle(this, time, slot, this.seqs[slot]);
  }

  /** Schedules `fn` after `delay` seconds (>= 0) from now. */
  scheduleIn(delay: number, fn: () => void, priority = 0): EventHandle {
    if (!(delay >= 0)) throw new RangeError(`scheduleIn: delay must be >= 0, got ${delay}`);
    return this.scheduleAt(this._now + delay, fn, priority);
  }

  /**
   * Like {@link scheduleAt} but returns no handle, so it allocates nothing (once the
   * pools have grown): for the many events that are never cancelled (regrowth timers,
   * the step loop). Same ordering as `scheduleAt`; the two can be mixed freely.
   */
  scheduleAtFast(time: number, fn: () => void, priority = 0): void {
    if (!(time >= this._now)) {
      throw new RangeError(`scheduleAtFast: time ${time} is before now (${this._now}); schedule at now or later`);
    }
    if (Number.isNaN(priority)) throw new RangeError("scheduleAtFast: priority is NaN");
    this.insert(time, fn, priority);
  }

  /** Like {@link scheduleIn} but returns no handle (see {@link scheduleAtFast}). */
  scheduleInFast(delay: number, fn: () => void, priority = 0): void {
    if (!(delay >= 0)) throw new RangeError(`scheduleInFast: delay must be >= 0, got ${delay}`);
    this.insert(this._now + delay, fn, priority);
  }

  /** Time of the next live event, or Infinity when none is pending. */
  peekTime(): number {
    this.dropCancelledTop();
    return this.nextTime();
  }

  /** Fires the next event (advancing `now` to its time). Returns false when none is pending. */
  runNext(): boolean {
    this.dropCancelledTop();
    if (this.nextSlot() < 0) return false;
    this.fireTop();
    return true;
  }

  /** Fires every event with time <= `time` (including ones scheduled meanwhile), then sets now = time. */
  runUntil(time: number): void {
    if (!(time >= this._now)) throw new RangeError(`runUntil: time ${time} is before now (${this._now})`);
    this.fireThrough(time);
    this._now = time;
  }

  /**
   * Fires every event with time <= `time`. The loop has a method of its own with nothing
   * after it because V8 compiles a long loop while it runs (on-stack replacement), before it
   * has ever exited, so code after the loop has no type feedback in that compiled code.
   * When the clock store followed the loop in `runUntil`, some processes deoptimised at it at
   * the end of every simulated day (~700 deopts in 32 short runs, in 2 of 8 processes): V8
   * keeps OSR code whose deopt lies outside its loop, so the bad code was entered again daily.
   */
  private fireThrough(time: number): void {
    for (;;) {
      this.dropCancelledTop();
      if (this.nextTime() > time) return;
      this.fireTop();
    }
  }

  /** Drops every pending event (none of them will fire) and keeps the clock. */
  clear(): void {
    for (let i = 0; i < this.heapSize; i++) this.fns[this.heap[i]] = null;
    if (this.front >= 0) this.fns[this.front] = null;
    this._pending = 0;
    this.dropCancelledTop();
  }

  /** @internal Called by handles. Returns true if the slot still held that event. */
  cancelSlot(slot: number, seq: number): boolean {
    if (slot >= this.slotCount || this.seqs[slot] !== seq || this.fns[slot] === null) return false;
    this.fns[slot] = null;
    this._pending--;
    return true;
  }

  /** Stores an event in a free slot and queues it; returns the slot. */
  private insert(time: number, fn: Callback, priority: number): number {
    const slot = this.allocSlot();
    this.times[slot] = time;
    this.prios[slot] = priority;
    this.seqs[slot] = this.seqCounter++;
    this.fns[slot] = fn;
    this.enqueue(slot);
    this._pending++;
    return slot;
  }

  /** Slot of the next event (cancelled or not), or -1 when none is queued. */
  private nextSlot(): number {
    return this.front >= 0 ? this.front : this.heapSize > 0 ? this.heap[0] : -1;
  }

  /** Time of the next queued event (cancelled or not), or Infinity. */
  private nextTime(): number {
    return this.front >= 0 ? this.times[this.front] : this.heapSize > 0 ? this.heapTime[0] : Infinity;
  }

  /** Queues a slot: as the front when it fires before everything queued, else on the heap. */
  private enqueue(slot: number): void {
    const f = this.front;
    if (f >= 0 ? this.before(slot, f) : this.heapSize === 0 || this.before(slot, this.heap[0])) {
      if (f >= 0) this.push(f); // the old front still fires before everything in the heap
      this.front = slot;
    } else {
      this.push(slot);
    }
  }

  /** Removes and returns the next queued slot (there must be one). */
  private dequeue(): number {
    const f = this.front;
    if (f < 0) return this.popTop();
    this.front = -1;
    return f;
  }

  private fireTop(): void {
    const slot = this.dequeue();
    const fn = this.fns[slot] as Callback;
    this._now = this.times[slot];
    this.fns[slot] = null;
    this.seqs[slot] = -1; // a stale handle can no longer match this slot
    this.freeSlots[this.freeCount++] = slot;
    this._pending--;
    fn();
  }

  private dropCancelledTop(): void {
    for (;;) {
      const slot = this.nextSlot();
      if (slot < 0 || this.fns[slot] !== null) return;
      this.dequeue();
      this.seqs[slot] = -1;
      this.freeSlots[this.freeCount++] = slot;
    }
  }

  private allocSlot(): number {
    if (this.freeCount > 0) return this.freeSlots[--this.freeCount];
    if (this.slotCount === this.times.length) this.grow();
    this.fns.push(null);
    return this.slotCount++;
  }

  private grow(): void {
    const cap = this.times.length * 2;
    this.times = ensureFloat64(this.times, cap);
    this.prios = ensureFloat64(this.prios, cap);
    this.seqs = ensureFloat64(this.seqs, cap);
    this.freeSlots = ensureInt32(this.freeSlots, cap);
    this.heap = ensureInt32(this.heap, cap);
    this.heapTime = ensureFloat64(this.heapTime, cap);
  }

  /** true when slot a fires before slot b. */
  private before(a: number, b: number): boolean {
    const ta = this.times[a];
    const tb = this.times[b];
    return ta < tb || (ta === tb && this.tieBefore(a, b));
  }

  /** Tie-break for equal times: true when slot a fires before slot b. */
  private tieBefore(a: number, b: number): boolean {
    const pa = this.prios[a];
    const pb = this.prios[b];
    if (pa !== pb) return pa < pb;
    return this.seqs[a] < this.seqs[b];
  }

  private push(slot: number): void {
    const heap = this.heap;
    const ht = this.heapTime;
    const t = this.times[slot];
    let i = this.heapSize++;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      const pt = ht[parent];
      if (pt < t || (pt === t && !this.tieBefore(slot, heap[parent]))) break;
      heap[i] = heap[parent];
      ht[i] = pt;
      i = parent;
    }
    heap[i] = slot;
    ht[i] = t;
  }

  private popTop(): number {
    const heap = this.heap;
    const ht = this.heapTime;
    const top = heap[0];
    const n = --this.heapSize;
    if (n > 0) {
      const last = heap[n];
      const lt = ht[n];
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        if (l >= n) break;
        const r = l + 1;
        let c = l;
        if (r < n && (ht[r] < ht[l] || (ht[r] === ht[l] && this.tieBefore(heap[r], heap[l])))) c = r;
        const ct = ht[c];
        if (ct > lt || (ct === lt && !this.tieBefore(heap[c], last))) break;
        heap[i] = heap[c];
        ht[i] = ct;
        i = c;
      }
      heap[i] = last;
      ht[i] = lt;
    }
    return top;
  }
}
