/**
 * ContinuousSpace: items at real-valued positions in a width x height rectangle,
 * optionally a torus (Mesa's ContinuousSpace). A uniform bucket grid (linked lists in
 * typed arrays) answers "who is within r of here" by scanning only nearby buckets;
 * moves and queries allocate nothing when the caller reuses the output array. An
 * agent's slot is recorded on the agent (member-slots.ts), other items' in a Map.
 */
import { ensureFloat64, ensureInt32 } from "./growable.ts";
import { SlotIndex } from "./member-slots.ts";

/** Options for {@link ContinuousSpace}. */
export interface ContinuousSpaceOptions {
  /** Wrap around the edges. Default false. */
  torus?: boolean;
  /**
   * Approximate side of a bucket (rounded so that buckets tile the space exactly).
   * Best near the usual query radius. Default: max(width, height) / 32.
   */
  bucketSize?: number;
}

/**
 * Continuous 2-D space with radius queries.
 *
 * @example
 * ```ts
 * const space = new ContinuousSpace<Boid>(100, 100, { torus: true, bucketSize: 10 });
 * space.place(boid, 50, 50);
 * space.move(boid, 50.7, 49.2);
 * const near = space.neighborsWithin(50, 50, 10, buffer, boid); // excludes boid itself
 * const dx = space.deltaX(space.xOf(boid), space.xOf(other));   // shortest offset on the torus
 * ```
 */
export class ContinuousSpace<T> {
  readonly width: number;
  readonly height: number;
  readonly torus: boolean;
  readonly bucketSize: number;
  // Actual bucket sides: width / nbx and height / nby, so buckets tile the torus exactly.
  private readonly bw: number;
  private readonly bh: number;
  private readonly nbx: number;
  private readonly nby: number;
  private readonly head: Int32Array;
  private next = new Int32Array(64);
  private prev = new Int32Array(64);
  private bucketOfSlot = new Int32Array(64);
  private px = new Float64Array(64);
  private py = new Float64Array(64);
  private items: (T | undefined)[] = [];
  private freeSlots: number[] = [];
  /** Slot of each placed item (see member-slots.ts). */
  private readonly slotOf = new SlotIndex<T>();
  private placed = 0;

  constructor(width: number, height: number, opts: ContinuousSpaceOptions = {}) {
    if (!(width > 0) || !(height > 0) || !Number.isFinite(width) || !Number.isFinite(height)) {
      throw new RangeError(`ContinuousSpace: width and height must be finite and > 0, got ${width} x ${height}`);
    }
    this.width = width;
    this.height = height;
    this.torus = opts.torus ?? false;
    const bs = opts.bucketSize ?? Math.max(Math.max(width, height) / 32, 1e-9);
    if (!(bs > 0)) throw new RangeError(`ContinuousSpace: bucketSize must be > 0, got ${bs}`);
    this.bucketSize = bs;
    this.nbx = Math.max(1, Math.ceil(width / bs));
    this.nby = Math.max(1, Math.ceil(height / bs));
    this.bw = width / this.nbx;
    this.bh = height / this.nby;
    this.head = new Int32Array(this.nbx * this.nby).fill(-1);
  }

  /** Number of items placed. */
  get size(): number {
    return this.placed;
  }

  /** Places an item not yet in the space at (x, y) (wrapped on a torus; must be inside otherwise). */
  place(item: T, x: number, y: number): void {
    if (this.slotOf.get(item) >= 0) throw new Error("ContinuousSpace.place: item is already placed; use move()");
    const s = this.allocSlot();
    this.items[s] = item;
    this.slotOf.add(item, s);
    this.placed++;
    this.setPos(s, x, y);
    this.link(s, this.bucketOf(this.px[s], this.py[s]));
  }

  /** Moves a placed item to (x, y). */
  move(item: T, x: number, y: number): void {
    const s = this.requireSlot(item, "move");
    this.setPos(s, x, y);
    const b = this.bucketOf(this.px[s], this.py[s]);
    if (b !== this.bucketOfSlot[s]) {
      this.unlink(s);
      this.link(s, b);
    }
  }

  /** Removes an item; returns false if it was not placed. */
  remove(item: T): boolean {
    const s = this.slotOf.get(item);
    if (s < 0) return false;
    this.unlink(s);
    this.slotOf.delete(item);
    this.placed--;
    this.items[s] = undefined;
    this.freeSlots.push(s);
    return true;
  }

  /** Whether the item is placed. */
  has(item: T): boolean {
    return this.slotOf.get(item) >= 0;
  }

  /** x of a placed item. */
  xOf(item: T): number {
    return this.px[this.requireSlot(item, "xOf")];
  }

  /** y of a placed item. */
  yOf(item: T): number {
    return this.py[this.requireSlot(item, "yOf")];
  }

  /** Whether (x, y) lies inside the rectangle [0, width) x [0, height). */
  inBounds(x: number, y: number): boolean {
    return x >= 0 && y >= 0 && x < this.width && y < this.height;
  }

  /** Shortest signed offset from x1 to x2 (through the edge on a torus). */
  deltaX(x1: number, x2: number): number {
    let d = x2 - x1;
    if (this.torus) {
      const w = this.width;
      if (d > w / 2) d -= w;
      else if (d < -w / 2) d += w;
    }
    return d;
  }

  /** Shortest signed offset from y1 to y2 (through the edge on a torus). */
  deltaY(y1: number, y2: number): number {
    let d = y2 - y1;
    if (this.torus) {
      const h = this.height;
      if (d > h / 2) d -= h;
      else if (d < -h / 2) d += h;
    }
    return d;
  }

  /** Euclidean distance between two points (torus-aware). */
  distance(x1: number, y1: number, x2: number, y2: number): number {
    return Math.hypot(this.deltaX(x1, x2), this.deltaY(y1, y2));
  }

  /**
   * Items within `radius` (inclusive) of (x, y), optionally leaving out `exclude`.
   * Pass `out` to reuse an array (it is cleared first). Order: bucket by bucket.
   */
  neighborsWithin(x: number, y: number, radius: number, out: T[] = [], exclude?: T): T[] {
    if (!(radius >= 0)) throw new RangeError(`neighborsWithin: radius must be >= 0, got ${radius}`);
    const r2 = radius * radius;
    const torus = this.torus;
    const nbx = this.nbx;
    const nby = this.nby;
    let bx0 = Math.floor((x - radius) / this.bw);
    let bx1 = Math.floor((x + radius) / this.bw);
    let by0 = Math.floor((y - radius) / this.bh);
    let by1 = Math.floor((y + radius) / this.bh);
    if (torus) {
      if (bx1 - bx0 + 1 > nbx) bx1 = bx0 + nbx - 1;
      if (by1 - by0 + 1 > nby) by1 = by0 + nby - 1;
    } else {
      bx0 = Math.max(bx0, 0);
      by0 = Math.max(by0, 0);
      bx1 = Math.min(bx1, nbx - 1);
      by1 = Math.min(by1, nby - 1);
    }
    // The hot loop reads everything from locals, steps through wrapped bucket indices
    // without a division per bucket, computes the torus offset in line (the same
    // arithmetic as deltaX / deltaY, so results are identical), and fills `out` by index,
    // setting its length once at the end: clearing an array with `length = 0` drops its
    // backing store, so every query would regrow it.
    const w = this.width;
    const h = this.height;
    const halfW = w / 2;
    const halfH = h / 2;
    const head = this.head;
    const next = this.next;
    const px = this.px;
    const py = this.py;
    const items = this.items;
    const firstCol = torus ? ((bx0 % nbx) + nbx) % nbx : bx0;
    let wy = torus ? ((by0 % nby) + nby) % nby : by0;
    let n = 0;
    for (let by = by0; by <= by1; by++) {
      const row = wy * nbx;
      let wx = firstCol;
      for (let bx = bx0; bx <= bx1; bx++) {
        for (let s = head[row + wx]; s >= 0; s = next[s]) {
          let dx = px[s] - x;
          let dy = py[s] - y;
          if (torus) {
            if (dx > halfW) dx -= w;
            else if (dx < -halfW) dx += w;
            if (dy > halfH) dy -= h;
            else if (dy < -halfH) dy += h;
          }
          if (dx * dx + dy * dy <= r2) {
            const it = items[s] as T;
            if (it !== exclude) out[n++] = it;
          }
        }
        if (++wx === nbx) wx = 0;
      }
      if (++wy === nby) wy = 0;
    }
    out.length = n;
    return out;
  }

  // ---- internals -------------------------------------------------------------------

  private setPos(s: number, x: number, y: number): void {
    if (!Number.isFinite(x) || !Number.isFinite(y)) throw new RangeError(`ContinuousSpace: position (${x}, ${y}) is not finite`);
    if (this.torus) {
      x = x - Math.floor(x / this.width) * this.width;
      y = y - Math.floor(y / this.height) * this.height;
      if (x >= this.width) x = 0; // round-off of tiny negatives
      if (y >= this.height) y = 0;
    } else if (!this.inBounds(x, y)) {
      throw new RangeError(`ContinuousSpace: (${x}, ${y}) is outside [0, ${this.width}) x [0, ${this.height}); use a torus or clamp`);
    }
    this.px[s] = x;
    this.py[s] = y;
  }

  private bucketOf(x: number, y: number): number {
    const bx = Math.min(this.nbx - 1, Math.floor(x / this.bw));
    const by = Math.min(this.nby - 1, Math.floor(y / this.bh));
    return by * this.nbx + bx;
  }

  private requireSlot(item: T, where: string): number {
    const s = this.slotOf.get(item);
    if (s < 0) throw new Error(`ContinuousSpace.${where}: item is not placed; place() it first`);
    return s;
  }

  private allocSlot(): number {
    const free = this.freeSlots.pop();
    if (free !== undefined) return free;
    const s = this.items.length;
    this.items.push(undefined);
    if (s >= this.next.length) {
      this.next = ensureInt32(this.next, s + 1);
      this.prev = ensureInt32(this.prev, s + 1);
      this.bucketOfSlot = ensureInt32(this.bucketOfSlot, s + 1);
      this.px = ensureFloat64(this.px, s + 1);
      this.py = ensureFloat64(this.py, s + 1);
    }
    return s;
  }

  private link(s: number, b: number): void {
    const h = this.head[b];
    this.next[s] = h;
    this.prev[s] = -1;
    if (h >= 0) this.prev[h] = s;
    this.head[b] = s;
    this.bucketOfSlot[s] = b;
  }

  private unlink(s: number): void {
    const b = this.bucketOfSlot[s];
    const p = this.prev[s];
    const n = this.next[s];
    if (p < 0) this.head[b] = n;
    else this.next[p] = n;
    if (n >= 0) this.prev[n] = p;
  }
}
