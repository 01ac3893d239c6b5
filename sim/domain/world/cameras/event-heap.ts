/**
 * A min-heap of timed entries in typed arrays: (time, insertion sequence) order with an
 * integer code and an integer id as payload. Used for the camera system's pending
 * triggers, clip closings and outgoing events, so millions of pending entries (clip
 * expiries over a retention period) cost a few bytes each.
 */

/** Timed (code, id) entries popped in time order, ties in insertion order. */
export class EventHeap {
  private times = new Float64Array(64);
  private seqs = new Float64Array(64);
  private codes = new Int32Array(64);
  private ids = new Int32Array(64);
  private size = 0;
  private seq = 0;
  /** Payload of the last `pop`. */
  code = 0;
  id = 0;
  time = 0;

  get length(): number {
    return this.size;
  }

  /** Sequence number of the earliest entry (the heap must not be empty). */
  peekSeq(): number {
    return this.seqs[0];
  }

  /**
   * Takes the next insertion sequence number without inserting: an entry kept in another
   * queue with it orders against this heap's entries as if it had been pushed here.
   */
  takeSeq(): number {
    return this.seq++;
  }

  /** Time of the earliest entry, Infinity when empty. */
  peekTime(): number {
    return this.size === 0 ? Infinity : this.times[0];
  }

  push(time: number, code: number, id: number): void {
    if (this.size === this.times.length) this.grow();
    const s = this.seq++;
    let i = this.size++;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (this.times[p] < time || (this.times[p] === time && this.seqs[p] < s)) break;
      this.move(p, i);
      i = p;
    }
    this.times[i] = time;
    this.seqs[i] = s;
    this.codes[i] = code;
    this.ids[i] = id;
  }

  /** Removes the earliest entry into `time`, `code`, `id`. The heap must not be empty. */
  pop(): void {
    this.time = this.times[0];
    this.code = this.codes[0];
    this.id = this.ids[0];
    const n = --this.size;
    const t = this.times[n];
    const s = this.seqs[n];
    const c = this.codes[n];
    const d = this.ids[n];
    let i = 0;
    for (;;) {
      let k = 2 * i + 1;
      if (k >= n) break;
      if (k + 1 < n && (this.times[k + 1] < this.times[k] || (this.times[k + 1] === this.times[k] && this.seqs[k + 1] < this.seqs[k]))) k++;
      if (t < this.times[k] || (t === this.times[k] && s < this.seqs[k])) break;
      this.move(k, i);
      i = k;
    }
    this.times[i] = t;
    this.seqs[i] = s;
    this.codes[i] = c;
    this.ids[i] = d;
  }

  private move(from: number, to: number): void {
    this.times[to] = this.times[from];
    this.seqs[to] = this.seqs[from];
    this.codes[to] = this.codes[from];
    this.ids[to] = this.ids[from];
  }

  private grow(): void {
    const n = this.times.length * 2;
    const t = new Float64Array(n);
    t.set(this.times);
    this.times = t;
    const s = new Float64Array(n);
    s.set(this.seqs);
    this.seqs = s;
    const c = new Int32Array(n);
    c.set(this.codes);
    this.codes = c;
    const d = new Int32Array(n);
    d.set(this.ids);
    this.ids = d;
  }
}

/**
 * A first-in first-out queue of (time, sequence, id) entries pushed in nondecreasing
 * (time, sequence) order — such as clip expiries, all one retention period after uploads
 * that are emitted in time order — so that they need not sink through a heap.
 */
export class TimedFifo {
  private times = new Float64Array(64);
  private seqs = new Float64Array(64);
  private ids = new Int32Array(64);
  private head = 0;
  private size = 0;

  get length(): number {
    return this.size;
  }

  /** Time of the first entry, Infinity when empty. */
  peekTime(): number {
    return this.size === 0 ? Infinity : this.times[this.head];
  }

  /** Sequence number of the first entry (the queue must not be empty). */
  peekSeq(): number {
    return this.seqs[this.head];
  }

  /** Id of the first entry (the queue must not be empty). */
  peekId(): number {
    return this.ids[this.head];
  }

  push(time: number, seq: number, id: number): void {
    if (this.size > 0) {
      const last = (this.head + this.size - 1) & (this.times.length - 1);
      if (time < this.times[last]) throw new Error("TimedFifo: entries must come in time order");
    }
    if (this.size === this.times.length) this.grow();
    const i = (this.head + this.size) & (this.times.length - 1);
    this.times[i] = time;
    this.seqs[i] = seq;
    this.ids[i] = id;
    this.size++;
  }

  /** Drops the first entry (the queue must not be empty). */
  shift(): void {
    this.head = (this.head + 1) & (this.times.length - 1);
    this.size--;
  }

  private grow(): void {
    const n = this.times.length * 2;
    const t = new Float64Array(n);
    const s = new Float64Array(n);
    const d = new Int32Array(n);
    const m = this.times.length - 1;
    for (let k = 0; k < this.size; k++) {
      const i = (this.head + k) & m;
      t[k] = this.times[i];
      s[k] = this.seqs[i];
      d[k] = this.ids[i];
    }
    this.times = t;
    this.seqs = s;
    this.ids = d;
    this.head = 0;
  }
}
