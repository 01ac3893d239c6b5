/**
 * The neighbourhoods of a grid's cells (Moore or von Neumann, any radius, with or without
 * the centre), clipped at the edges or wrapped on a torus. Computed once per shape for the
 * whole grid into one contiguous Int32Array when that fits (see
 * {@link GridNeighborhoods.table}), else cell by cell on demand; cached either way.
 */

/** Which cells count as neighbours. */
export interface NeighborhoodOptions {
  /** true: Moore (8 around, Chebyshev distance); false: von Neumann (4 around, Manhattan). Default true. */
  moore?: boolean;
  /** Distance in cells, >= 1. Default 1. */
  radius?: number;
  /** Include the centre cell itself. Default false. */
  includeCenter?: boolean;
}

/**
 * The neighbourhoods of every cell for one shape, in one block: those of cell c are
 * `cells[start[c] .. start[c + 1])`, in the order {@link GridNeighborhoods.ofCell} gives.
 */
export interface NeighborhoodTable {
  readonly cells: Int32Array;
  /** width * height + 1 offsets into `cells`. */
  readonly start: Int32Array;
}

/** Per-shape cache: the table (when built) and per-cell views or arrays handed out. */
interface HoodCache {
  table: NeighborhoodTable | undefined;
  perCell: (Int32Array | undefined)[];
}

/** Shapes whose table would exceed this many entries are computed cell by cell on demand. */
const MAX_EAGER_ENTRIES = 1 << 22;

/**
 * Neighbourhood cache of a width x height grid (cells indexed `y * width + x`).
 *
 * @example
 * ```ts
 * const hoods = new GridNeighborhoods(20, 20, true);
 * hoods.ofCell(0, { moore: true, radius: 1 }); // the 8 cells around cell 0, wrapped
 * ```
 */
export class GridNeighborhoods {
  readonly width: number;
  readonly height: number;
  readonly torus: boolean;
  readonly cellCount: number;
  /** One entry per (moore, radius, centre) shape. */
  private readonly hoodCache = new Map<number, HoodCache>();
  private lastShape = -1;
  private lastHood: HoodCache | undefined;
  /** Marks of the cells already listed for the neighbourhood being computed (each cell once when wrapping). */
  private readonly stamp: Int32Array;
  private stampId = 0;

  constructor(width: number, height: number, torus: boolean) {
    this.width = width;
    this.height = height;
    this.torus = torus;
    this.cellCount = width * height;
    this.stamp = new Int32Array(this.cellCount);
  }

  /** Cell indices of cell c's neighbourhood, row by row (cached: the same array each time; do not modify it). */
  ofCell(c: number, opts: NeighborhoodOptions): Int32Array {
    const hood = this.hoodFor(opts);
    let cells = hood.perCell[c];
    if (cells === undefined) {
      this.checkCell(c);
      const t = hood.table;
      cells = t !== undefined ? t.cells.subarray(t.start[c], t.start[c + 1]) : this.computeNeighborhood(c, opts);
      hood.perCell[c] = cells;
    }
    return cells;
  }

  /** Every cell's neighbourhood of one shape, in one block (built once per shape, then shared; do not modify it). */
  table(opts: NeighborhoodOptions): NeighborhoodTable {
    const hood = this.hoodFor(opts);
    if (hood.table === undefined) hood.table = this.buildTable(opts);
    return hood.table;
  }

  /** The cache entry of a shape; builds the shape's table at first use when it is not too big. */
  private hoodFor(opts: NeighborhoodOptions): HoodCache {
    const moore = opts.moore ?? true;
    const radius = opts.radius ?? 1;
    const center = opts.includeCenter ?? false;
    if (!Number.isInteger(radius) || radius < 1) {
      throw new RangeError(`MultiGrid.neighborhood: radius must be a whole number >= 1, got ${radius}`);
    }
    const shape = (radius * 2 + (moore ? 1 : 0)) * 2 + (center ? 1 : 0);
    if (shape === this.lastShape) return this.lastHood as HoodCache;
    let hood = this.hoodCache.get(shape);
    if (hood === undefined) {
      const table = this.cellCount * shapeSize(moore, radius, center, this.cellCount) <= MAX_EAGER_ENTRIES ? this.buildTable(opts) : undefined;
      hood = { table, perCell: new Array<Int32Array | undefined>(this.cellCount).fill(undefined) };
      this.hoodCache.set(shape, hood);
    }
    this.lastShape = shape;
    this.lastHood = hood;
    return hood;
  }

  /** Every cell's neighbourhood of one shape, in one block. */
  private buildTable(opts: NeighborhoodOptions): NeighborhoodTable {
    const moore = opts.moore ?? true;
    const r = opts.radius ?? 1;
    const center = opts.includeCenter ?? false;
    const n = this.cellCount;
    const start = new Int32Array(n + 1);
    let cells = new Int32Array(n * shapeSize(moore, r, center, this.cellCount));
    let k = 0;
    for (let c = 0; c < n; c++) {
      start[c] = k;
      k = this.computeInto(c, moore, r, center, cells, k);
    }
    start[n] = k;
    if (k < cells.length) cells = cells.slice(0, k); // clipped at the edges
    return { cells, start };
  }

  private computeNeighborhood(c: number, opts: NeighborhoodOptions): Int32Array {
    const moore = opts.moore ?? true;
    const r = opts.radius ?? 1;
    const center = opts.includeCenter ?? false;
    const out = new Int32Array(shapeSize(moore, r, center, this.cellCount));
    const k = this.computeInto(c, moore, r, center, out, 0);
    return k < out.length ? out.slice(0, k) : out;
  }

  /** Writes cell c's neighbourhood into out from position k; returns the position after it. */
  private computeInto(c: number, moore: boolean, r: number, center: boolean, out: Int32Array, k: number): number {
    const w = this.width;
    const h = this.height;
    const cx = c % w;
    const cy = (c / w) | 0;
    if (++this.stampId === 0x7fffffff) {
      this.stamp.fill(0);
      this.stampId = 1;
    }
    const id = this.stampId;
    for (let dy = -r; dy <= r; dy++) {
      for (let dx = -r; dx <= r; dx++) {
        if (!moore && Math.abs(dx) + Math.abs(dy) > r) continue;
        if (dx === 0 && dy === 0 && !center) continue;
        let x = cx + dx;
        let y = cy + dy;
        if (this.torus) {
          x = ((x % w) + w) % w;
          y = ((y % h) + h) % h;
        } else if (x < 0 || y < 0 || x >= w || y >= h) continue;
        const n = y * w + x;
        if (n === c && !center) continue; // wrapped back onto the centre
        if (this.stamp[n] === id) continue;
        this.stamp[n] = id;
        out[k++] = n;
      }
    }
    return k;
  }

  private checkCell(c: number): void {
    if (!Number.isInteger(c) || c < 0 || c >= this.cellCount) {
      throw new RangeError(`MultiGrid: cell index ${c} is outside 0..${this.cellCount - 1}`);
    }
  }
}

/** Most cells a neighbourhood of this shape can hold (away from the edges). */
function shapeSize(moore: boolean, r: number, center: boolean, cellCount: number): number {
  const full = moore ? (2 * r + 1) * (2 * r + 1) : 2 * r * (r + 1) + 1;
  return Math.min(center ? full : full - 1, cellCount);
}
