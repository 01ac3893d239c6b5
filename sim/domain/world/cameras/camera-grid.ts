/**
 * Spatial grid over camera sectors: each camera is listed in every cell its range disk
 * overlaps, so the cameras that might see a straight piece of a trip are found from the
 * cells around that piece, and a quiet street costs nothing.
 */

/** Uniform grid of camera ids. */
export class CameraGrid {
  readonly nx: number;
  readonly ny: number;
  private readonly cells: number[][];
  /** Cameras per cell: the common "no camera here" answer from one typed array, not a list per cell. */
  private readonly counts: Int32Array;

  constructor(
    width: number,
    height: number,
    readonly cell: number,
  ) {
    this.nx = Math.max(1, Math.ceil(width / cell));
    this.ny = Math.max(1, Math.ceil(height / cell));
    this.cells = Array.from({ length: this.nx * this.ny }, () => []);
    this.counts = new Int32Array(this.nx * this.ny);
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

  /** Whether no camera is listed in cell (col, row). */
  isEmpty(col: number, row: number): boolean {
    return this.counts[row * this.nx + col] === 0;
  }

  /** Cameras listed in cell (col, row). */
  at(col: number, row: number): number[] {
    return this.cells[row * this.nx + col];
  }

  /** Lists camera `id` in every cell overlapped by the square around (x, y) of half-side `range`. */
  insert(id: number, x: number, y: number, range: number): void {
    for (let r = this.row(y - range); r <= this.row(y + range); r++)
      for (let c = this.col(x - range); c <= this.col(x + range); c++) {
        this.cells[r * this.nx + c].push(id);
        this.counts[r * this.nx + c]++;
      }
  }

  /** Removes camera `id` from the cells `insert` put it in. */
  remove(id: number, x: number, y: number, range: number): void {
    for (let r = this.row(y - range); r <= this.row(y + range); r++)
      for (let c = this.col(x - range); c <= this.col(x + range); c++) {
        const list = this.cells[r * this.nx + c];
        const i = list.indexOf(id);
        if (i >= 0) {
          list.splice(i, 1);
          this.counts[r * this.nx + c]--;
        }
      }
  }
}
