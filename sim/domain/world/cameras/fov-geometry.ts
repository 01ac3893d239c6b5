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
    } else if (m > 0) {
      const s = -c / m;
      if (s > lo) lo = s;
    } else {
      const s = -c / m;
      if (s < hi) hi = s;
    }
  }
  if (lo > hi) return false;
  out[0] = lo;
  out[1] = hi;
  return true;
}
