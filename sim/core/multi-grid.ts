/**
 * MultiGrid: a rectangular grid where each cell holds any number of items (Mesa's
 * MultiGrid), optionally wrapping around (torus). Occupancy is stored in typed arrays
 * (a doubly linked list per cell plus a list of empty cells), so place / move / remove
 * are O(1) and allocate nothing. An agent's slot is recorded on the agent (member-slots.ts),
 * other items' in a Map. Neighbourhoods of cells are computed and cached by
 * grid-neighborhoods.ts.
 */
import { ensureInt32 } from "./growable.ts";
import { SlotIndex } from "./member-slots.ts";
import type { Rng } from "./rng.ts";
import { GridNeighborhoods, type NeighborhoodOptions, type NeighborhoodTable } from "./grid-neighborhoods.ts";

export type { NeighborhoodOptions, NeighborhoodTable } from "./grid-neighborhoods.ts";

/** Options for {@link MultiGrid}. */
export interface MultiGridOptions {
  /** Wrap around the edges. Default false. */
  torus?: boolean;
}

/**
 * Multi-occupancy grid of `width` x `height` cells. Cells are addressed by (x, y) or by
 * their index `y * width + x`.
 *
 * @example
 * ```ts
 * const grid = new MultiGrid<Sheep>(20, 20, { torus: true });
 * grid.place(sheep, 3, 4);
 * const around = grid.neighborhood(3, 4, { moore: true, radius: 1 }); // Int32Array of 8 cell indices
 * const c = around[rng.int(0, around.length)];
 * grid.move(sheep, grid.cellX(c), grid.cellY(c));
 * const near = grid.neighbors(3, 4, { radius: 2 }, buffer); // items within 2 cells, into a reused array
 * ```
 */
export class MultiGrid<T> {
  readonly width: number;
  readonly height: number;
  readonly torus: boolean;
  /** width * height. */
  readonly cellCountTotal: number;
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  private readonly counts: Int32Array;
  /**
   * The earliest arrival of each cell (undefined when empty), kept with `head`: "who is
   * in this cell" is then one read instead of two dependent ones, which is what
   * single-occupancy models (Schelling) do for every neighbouring cell.
   */
  private readonly firstOf: (T | undefined)[];
  private readonly emptyList: Int32Array;
  private readonly emptyPos: Int32Array;
  private emptyN: number;
  private next = new Int32Array(64);
  private prev = new Int32Array(64);
  private cellOfSlot = new Int32Array(64);
  private items: (T | undefined)[] = [];
  private freeSlots: number[] = [];
  /** Slot of each placed item (see member-slots.ts). */
  private readonly slotOf = new SlotIndex<T>();
  private placed = 0;
  /** Neighbourhoods of every shape asked for, cached (grid-neighborhoods.ts). */
  private readonly hoods: GridNeighborhoods;

  constructor(width: number, height: number, opts: MultiGridOptions = {}) {
    if (!Number.isInteger(width) || !Number.isInteger(height) || width < 1 || height < 1) {
      throw new RangeError(`MultiGrid: width and height must be whole numbers >= 1, got ${width} x ${height}`);
    }
    this.width = width;
    this.height = height;
    this.torus = opts.torus ?? false;
    const n = width * height;
    this.cellCountTotal = n;
    this.head = new Int32Array(n).fill(-1);
    this.tail = new Int32Array(n).fill(-1);
    this.counts = new Int32Array(n);
    this.firstOf = new Array<T | undefined>(n).fill(undefined);
    this.emptyList = new Int32Array(n);
    this.emptyPos = new Int32Array(n);
    for (let c = 0; c < n; c++) {
      this.emptyList[c] = c;
      this.emptyPos[c] = c;
    }
    this.emptyN = n;
    this.hoods = new GridNeighborhoods(width, height, this.torus);
  }

  /** Number of items placed. */
  get size(): number {
    return this.placed;
  }

  /** Number of empty cells. */
  get emptyCount(): number {
    return this.emptyN;
  }

  /** Cell index of (x, y), wrapping on a torus; throws when out of bounds otherwise. */
  cellIndex(x: number, y: number): number {
    if (this.torus) {
      x = ((x % this.width) + this.width) % this.width;
      y = ((y % this.height) + this.height) % this.height;
    } else if (!this.inBounds(x, y)) {
      throw new RangeError(`MultiGrid: (${x}, ${y}) is outside the ${this.width} x ${this.height} grid`);
    }
    return y * this.width + x;
  }

  /** x of cell index c. */
  cellX(c: number): number {
    return c % this.width;
  }

  /** y of cell index c. */
  cellY(c: number): number {
    return (c / this.width) | 0;
  }

  /** Whether (x, y) lies on the grid (ignores wrapping). */
  inBounds(x: number, y: number): boolean {
    return Number.isInteger(x) && Number.isInteger(y) && x >= 0 && y >= 0 && x < this.width && y < this.height;
  }

  /** Places an item that is not on the grid yet at (x, y). */
  place(item: T, x: number, y: number): void {
    this.placeInCell(item, this.cellIndex(x, y));
  }

  /** Places an item that is not on the grid yet in cell c. */
  placeInCell(item: T, c: number): void {
    this.checkCell(c);
    if (this.slotOf.get(item) >= 0) throw new Error("MultiGrid.place: item is already on the grid; use move()");
    const s = this.allocSlot();
    this.items[s] = item;
    this.slotOf.add(item, s);
    this.placed++;
    this.link(s, c);
  }

  /** Moves a placed item to (x, y). */
  move(item: T, x: number, y: number): void {
    this.moveToCell(item, this.cellIndex(x, y));
  }

  /** Moves a placed item to cell c. */
  moveToCell(item: T, c: number): void {
    this.checkCell(c);
    const s = this.requireSlot(item, "move");
    if (this.cellOfSlot[s] === c) return;
    this.unlink(s);
    this.link(s, c);
  }

  /** Moves a placed item to a uniformly chosen empty cell; returns false (not moved) when none is empty. */
  moveToEmpty(item: T, rng: Rng): boolean {
    const c = this.randomEmptyCell(rng);
    if (c < 0) return false;
    this.moveToCell(item, c);
    return true;
  }

  /** Removes an item; returns false if it was not on the grid. */
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

  /** Whether the item is on the grid. */
  has(item: T): boolean {
    return this.slotOf.get(item) >= 0;
  }

  /** Cell index of a placed item. */
  cellOf(item: T): number {
    return this.cellOfSlot[this.requireSlot(item, "cellOf")];
  }

  /** x of a placed item. */
  xOf(item: T): number {
    return this.cellOf(item) % this.width;
  }

  /** y of a placed item. */
  yOf(item: T): number {
    return (this.cellOf(item) / this.width) | 0;
  }

  /** Number of items in cell (x, y). */
  countAt(x: number, y: number): number {
    return this.counts[this.cellIndex(x, y)];
  }

  /** Number of items in cell c. */
  countInCell(c: number): number {
    return this.counts[c];
  }

  /** Whether cell (x, y) holds no item. */
  isEmpty(x: number, y: number): boolean {
    return this.counts[this.cellIndex(x, y)] === 0;
  }

  /** Items in cell (x, y), in arrival order; pass `out` to reuse an array (it is cleared first). */
  cellContents(x: number, y: number, out: T[] = []): T[] {
    out.length = this.appendCell(this.cellIndex(x, y), out, 0);
    return out;
  }

  /** Items in cell c, in arrival order; pass `out` to reuse an array (it is cleared first). */
  cellItems(c: number, out: T[] = []): T[] {
    this.checkCell(c);
    out.length = this.appendCell(c, out, 0);
    return out;
  }

  /** First item in cell c (earliest arrival), or undefined when empty. */
  firstInCell(c: number): T | undefined {
    return this.firstOf[c];
  }

  /**
   * Cell indices of the neighbourhood of (x, y): row by row, clipped at the edges or
   * wrapped on a torus (each cell once even when the radius exceeds the grid).
   * Cached: the same Int32Array is returned each time; do not modify it.
   */
  neighborhood(x: number, y: number, opts: NeighborhoodOptions = {}): Int32Array {
    return this.neighborhoodOfCell(this.cellIndex(x, y), opts);
  }

  /** {@link neighborhood} by cell index. */
  neighborhoodOfCell(c: number, opts: NeighborhoodOptions = {}): Int32Array {
    return this.hoods.ofCell(c, opts);
  }

  /**
   * The neighbourhoods of all cells for one shape, in one contiguous block (built once
   * per shape, then shared): for hot loops that want plain array reads,
   * `for (let k = t.start[c]; k < t.start[c + 1]; k++) use(t.cells[k])`. Do not modify it.
   */
  neighborhoodTable(opts: NeighborhoodOptions = {}): NeighborhoodTable {
    return this.hoods.table(opts);
  }

  /** Items in the neighbourhood of (x, y), cell by cell; pass `out` to reuse an array (cleared first). */
  neighbors(x: number, y: number, opts: NeighborhoodOptions = {}, out: T[] = []): T[] {
    const hood = this.neighborhood(x, y, opts);
    let n = 0;
    for (let i = 0; i < hood.length; i++) n = this.appendCell(hood[i], out, n);
    out.length = n;
    return out;
  }

  /** A uniformly chosen empty cell index, or -1 when the grid is full. */
  randomEmptyCell(rng: Rng): number {
    if (this.emptyN === 0) return -1;
    return this.emptyList[Math.floor(rng.next() * this.emptyN)];
  }

  // ---- internals -------------------------------------------------------------------

  /**
   * Writes cell c's items into `out` from index n and returns the index after them. The
   * callers set `out.length` once at the end: clearing with `length = 0` first would drop
   * the array's backing store, so every query into a reused array would regrow it.
   */
  private appendCell(c: number, out: T[], n: number): number {
    for (let s = this.head[c]; s >= 0; s = this.next[s]) out[n++] = this.items[s] as T;
    return n;
  }

  private checkCell(c: number): void {
    if (!Number.isInteger(c) || c < 0 || c >= this.cellCountTotal) {
      throw new RangeError(`MultiGrid: cell index ${c} is outside 0..${this.cellCountTotal - 1}`);
    }
  }

  private requireSlot(item: T, where: string): number {
    const s = this.slotOf.get(item);
    if (s < 0) throw new Error(`MultiGrid.${where}: item is not on the grid; place() it first`);
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
      this.cellOfSlot = ensureInt32(this.cellOfSlot, s + 1);
    }
    return s;
  }

  /** Appends slot s at the tail of cell c's list. */
  private link(s: number, c: number): void {
    const t = this.tail[c];
    this.prev[s] = t;
    this.next[s] = -1;
    if (t < 0) {
      this.head[c] = s;
      this.firstOf[c] = this.items[s];
    } else {
      this.next[t] = s;
    }
    this.tail[c] = s;
    this.cellOfSlot[s] = c;
    if (this.counts[c]++ === 0) {
      // leaves the empty list: swap-remove
      const p = this.emptyPos[c];
      const last = this.emptyList[--this.emptyN];
      this.emptyList[p] = last;
      this.emptyPos[last] = p;
      this.emptyPos[c] = -1;
    }
  }

  private unlink(s: number): void {
    const c = this.cellOfSlot[s];
    const p = this.prev[s];
    const n = this.next[s];
    if (p < 0) {
      this.head[c] = n;
      this.firstOf[c] = n < 0 ? undefined : this.items[n];
    } else {
      this.next[p] = n;
    }
    if (n < 0) this.tail[c] = p;
    else this.prev[n] = p;
    if (--this.counts[c] === 0) {
      this.emptyPos[c] = this.emptyN;
      this.emptyList[this.emptyN++] = c;
    }
  }
}
