/**
 * Field-of-view geometry, solved analytically: the time interval in which a point moving
 * in a straight line at constant velocity is inside a camera's sector (a disk of radius R
 * cut by the two edge rays of a field of view of at most 180 degrees).
 */

/**
 * Result of `inViewInterval` when no `out` is given: [lo, hi] offsets from the start of
 * the piece (s). For one-off use; the camera system passes an array of its own.
 */
export const viewInterval = new Float64Array(2);

/**
 * Offsets s in [0, T] for which q(s) = q0 + v s lies in the sector, as one interval
 * written to `out` (default `viewInterval`): out[0] = lo, out[1] = hi. Returns false when the piece never enters the sector.
 * (rRx, rRy) and (rLx, rLy) are the unit edge rays of the field of view: the right edge
 * (heading - fov/2) and the left edge (heading + fov/2); inside means cross(rR, q) >= 0
 * and cross(q, rL) >= 0, which for fov <= 180 degrees is exactly the sector's cone.
 *
 * @example
 * ```ts
 * // camera at origin looking +y, 90 degree fov, range 10; walker along y = 5 at 1 m/s from x = -20
 * inViewInterval(-20, 5, 1, 0, 40, 100, Math.SQRT1_2, Math.SQRT1_2, -Math.SQRT1_2, Math.SQRT1_2); // true
 * viewInterval; // [15, 25]
 * ```
 */
export function inViewInterval(
  q0x: number,
  q0y: number,
  vx: number,
  vy: number,
  T: number,
  R2: number,
  rRx: number,
  rRy: number,
  rLx: number,
  rLy: number,
  out: Float64Array = viewInterval,
): boolean {
  const g = new Float64Array(GEO_SIZE);
  g[GEO_Q0X] = q0x;
  g[GEO_Q0Y] = q0y;
  g[GEO_VX] = vx;
  g[GEO_VY] = vy;
  g[GEO_T] = T;
  g[GEO_R2] = R2;
  g[GEO_RRX] = rRx;
  g[GEO_RRY] = rRy;
  g[GEO_RLX] = rLx;
  g[GEO_RLY] = rLy;
  return sectorInterval(g, out);
}

/**
 * Slots of a sector problem for `sectorInterval`: the piece's start relative to the camera,
 * its velocity and duration, the range squared and the two unit edge rays. Doubles handed
 * over in an array: passed as arguments to a call that is not inlined, each would be boxed.
 */
export const GEO_Q0X = 0;
export const GEO_Q0Y = 1;
export const GEO_VX = 2;
export const GEO_VY = 3;
export const GEO_T = 4;
export const GEO_R2 = 5;
export const GEO_RRX = 6;
export const GEO_RRY = 7;
export const GEO_RLX = 8;
export const GEO_RLY = 9;
export const GEO_SIZE = 10;

// Local copies for `sectorInterval`: V8 reads an exported binding through its module cell,
// with a check that it is initialised, on every use; a local constant is folded into the code.
const G_Q0X = GEO_Q0X;
const G_Q0Y = GEO_Q0Y;
const G_VX = GEO_VX;
const G_VY = GEO_VY;
const G_T = GEO_T;
const G_R2 = GEO_R2;
const G_RRX = GEO_RRX;
const G_RRY = GEO_RRY;
const G_RLX = GEO_RLX;
const G_RLY = GEO_RLY;

/**
 * `inViewInterval` of the problem in g (slots GEO_*), writing [lo, hi] to out. Kept within
 * V8's inlining limit (460 bytes of bytecode), so that `PieceCursor.inView` inlines it.
 */
export function sectorInterval(g: Float64Array, out: Float64Array): boolean {
  const q0x = g[G_Q0X];
  const q0y = g[G_Q0Y];
  const vx = g[G_VX];
  const vy = g[G_VY];
  const T = g[G_T];
  const R2 = g[G_R2];
  const rRx = g[G_RRX];
  const rRy = g[G_RRY];
  const rLx = g[G_RLX];
  const rLy = g[G_RLY];
  let lo = 0;
  let hi = T;
  const A = vx * vx + vy * vy;
  const C = q0x * q0x + q0y * q0y - R2;
  if (A === 0) {
    if (C > 0) return false;
  } else {
    const B = q0x * vx + q0y * vy; // half of the linear coefficient
    const disc = B * B - A * C;
    if (disc < 0) return false;
    const sq = Math.sqrt(disc);
    const s1 = (-B - sq) / A;
    const s2 = (-B + sq) / A;
    if (s1 > lo) lo = s1;
    if (s2 < hi) hi = s2;
    if (lo > hi) return false;
  }
  // Each edge of the wedge keeps the times where c + m s >= 0: the right edge with
  // cross(rR, q), the left edge with cross(q, rL).
  for (let edge = 0; edge < 2; edge++) {
    const c = edge === 0 ? rRx * q0y - rRy * q0x : q0x * rLy - q0y * rLx;
    const m = edge === 0 ? rRx * vy - rRy * vx : vx * rLy - vy * rLx;
    if (m === 0) {
      if (c < 0) return false;
      continue;
    }
    const s = -c / m;
    if (m > 0) {
      if (s > lo) lo = s;
    } else if (s < hi) hi = s;
  }
  if (lo > hi) return false;
  out[0] = lo;
  out[1] = hi;
  return true;
}
