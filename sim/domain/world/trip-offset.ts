/**
 * A trip moved sideways off the street centre line. Trips are planned along the centre
 * lines of the streets; people in a crowd that fills a street (a march) walk anywhere
 * across the roadway and the sidewalks, some close to the houses. The moved pieces no
 * longer lie on their street segments, so they are marked off the street (edge -1): the
 * cameras then find them by position (their grid), not by segment.
 */
import type { Trip } from "./trip.ts";

/**
 * The trip shifted `lateralM` metres to the left of its direction of travel (negative: to
 * the right), at the same times. Each vertex moves along the mean of the normals of the
 * pieces it joins; pieces without length (waiting) take their neighbours' normal.
 *
 * @example
 * ```ts
 * const nearSide = offsetTrip(planTrip(nb, { from: { node: 0 }, to: { node: 5 }, mode: "walk", depart: 0 }), 4);
 * ```
 */
export function offsetTrip(trip: Trip, lateralM: number): Trip {
  const src = trip.path;
  const n = src.length / 3;
  const path = Float64Array.from(src);
  // Left normal of each piece (0, 0 for a piece without length).
  const nx = new Float64Array(Math.max(0, n - 1));
  const ny = new Float64Array(Math.max(0, n - 1));
  for (let i = 0; i < n - 1; i++) {
    const dx = src[3 * i + 4] - src[3 * i + 1];
    const dy = src[3 * i + 5] - src[3 * i + 2];
    const len = Math.hypot(dx, dy);
    if (len > 0) {
      nx[i] = -dy / len;
      ny[i] = dx / len;
    }
  }
  for (let k = 0; k < n; k++) {
    let ox = 0;
    let oy = 0;
    // The pieces on either side of vertex k, looking past pieces without length.
    for (let i = k - 1; i >= 0; i--) {
      if (nx[i] !== 0 || ny[i] !== 0) {
        ox += nx[i];
        oy += ny[i];
        break;
      }
    }
    for (let i = k; i < n - 1; i++) {
      if (nx[i] !== 0 || ny[i] !== 0) {
        ox += nx[i];
        oy += ny[i];
        break;
      }
    }
    const len = Math.hypot(ox, oy);
    if (len === 0) continue;
    path[3 * k + 1] += (lateralM * ox) / len;
    path[3 * k + 2] += (lateralM * oy) / len;
  }
  const pieces = Math.max(0, n - 1);
  return { ...trip, path, vehicle: Uint8Array.from(trip.vehicle), edge: new Int32Array(pieces).fill(-1) };
}
