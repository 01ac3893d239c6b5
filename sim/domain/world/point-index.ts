/**
 * A static uniform-grid index over points (porches): `near(x, y, r)` lists the points
 * within a radius without scanning them all. Compressed rows: one offsets array, one items array.
 */

/** Radius queries over a fixed set of points. */
export interface PointIndex {
  /** Indices of the points within `radius` of (x, y), ascending. */
  near(x: number, y: number, radius: number): number[];
}

/**
 * Indexes the points (xs[i], ys[i]) inside a width x height area with square cells.
 *
 * @example
 * ```ts
 * const idx = createPointIndex(nb.houseX, nb.houseY, nb.width, nb.height, 50);
 * idx.near(100, 100, 30); // [12, 13, 40]
 * ```
 */
export function createPointIndex(xs: Float64Array, ys: Float64Array, width: number, height: number, cell: number): PointIndex {
  const nx = Math.max(1, Math.ceil(width / cell));
  const ny = Math.max(1, Math.ceil(height / cell));
  const cellOf = (x: number, y: number) => clamp(Math.floor(y / cell), ny) * nx + clamp(Math.floor(x / cell), nx);
  const n = xs.length;
  const offsets = new Int32Array(nx * ny + 1);
  for (let i = 0; i < n; i++) offsets[cellOf(xs[i], ys[i]) + 1]++;
  for (let c = 0; c < nx * ny; c++) offsets[c + 1] += offsets[c];
  const fill = offsets.slice(0, nx * ny);
  const items = new Int32Array(n);
  for (let i = 0; i < n; i++) items[fill[cellOf(xs[i], ys[i])]++] = i;
  /** Matches of the current query, reused: sorted as a typed array, copied out once. */
  let found = new Int32Array(64);
  return {
    near(x, y, radius) {
      let k = 0;
      const r2 = radius * radius;
      const c0 = clamp(Math.floor((x - radius) / cell), nx);
      const c1 = clamp(Math.floor((x + radius) / cell), nx);
      const r0 = clamp(Math.floor((y - radius) / cell), ny);
      const r1 = clamp(Math.floor((y + radius) / cell), ny);
      for (let r = r0; r <= r1; r++) {
        for (let c = c0; c <= c1; c++) {
          const cellIndex = r * nx + c;
          for (let j = offsets[cellIndex]; j < offsets[cellIndex + 1]; j++) {
            const i = items[j];
            const dx = xs[i] - x;
            const dy = ys[i] - y;
            if (!(dx * dx + dy * dy <= r2)) continue;
            if (k === found.length) {
              const grown = new Int32Array(2 * k);
              grown.set(found);
              found = grown;
            }
            found[k++] = i;
          }
        }
      }
      // Cells are visited row by row, so the matches need sorting: a typed array sorts
      // numerically in native code, without calling a comparator per comparison.
      const sorted = found.subarray(0, k).sort();
      const out: number[] = [];
      for (let j = 0; j < k; j++) out.push(sorted[j]);
      return out;
    },
  };
}

function clamp(i: number, n: number): number {
  return i < 0 ? 0 : i >= n ? n - 1 : i;
}
