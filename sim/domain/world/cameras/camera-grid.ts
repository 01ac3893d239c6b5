import { BucketLists } from "./bucket-lists.ts";

/**
 * Spatial grid over camera sectors: each camera is listed in every cell its range disk
 * overlaps, so the cameras that might see a straight piece of a trip are found from the
 * cells around that piece, and a quiet street costs nothing.
 */

/** Uniform grid of camera ids. */
export class CameraGrid {
  readonly nx: number;
  readonly ny: number;
  /** Cameras listed per cell (index row * nx + col). */
  readonly cells: BucketLists;

  constructor(
    width: number,
    height: number,
    readonly cell: number,
  ) {
    this.nx = Math.max(1, Math.ceil(width / cell));
    this.ny = Math.max(1, Math.ceil(height / cell));
    this.cells = new BucketLists(this.nx * this.ny);
  }

  /** Column of x (clamped to the grid). */
  col(x: number): number {
    const c = Math.floor(x / this.cell);
    return c < 0 ? 0 : c >= this.nx ? this.nx - 1 : c;
  }

  /** Row of y (clamped to the grid). */
  row(y: number): number {
    const r = Math.floor(y / this.cell);
    return r < 0 ? 0 : r >= this.ny ? this.ny - 1 : r;
  }

  /** Lists camera `id` in every cell overlapped by the square around (x, y) of half-side `range`. */
  insert(id: number, x: number, y: number, range: number): void {
    for (let r = this.row(y - range); r <= this.row(y + range); r++)
      for (let c = this.col(x - range); c <= this.col(x + range); c++) this.cells.add(r * this.nx + c, id);
  }

  /** Removes camera `id` from the cells `insert` put it in. */
  remove(id: number, x: number, y: number, range: number): void {
    for (let r = this.row(y - range); r <= this.row(y + range); r++)
      for (let c = this.col(x - range); c <= this.col(x + range); c++) this.cells.remove(r * this.nx + c, id);
  }
}
