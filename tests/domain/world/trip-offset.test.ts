/** A trip moved sideways keeps its times, moves every vertex by the offset, and leaves the street segments. */
import { describe, expect, it } from "vitest";
import { offsetTrip, type Trip } from "../../../sim/domain/world/index.ts";

/** An L-shaped walk: east 100 m, a wait, then north 50 m. */
const trip: Trip = {
  mode: "walk",
  path: Float64Array.from([0, 0, 0, 100, 100, 0, 110, 100, 0, 160, 100, 50]),
  vehicle: new Uint8Array(3),
  edge: Int32Array.from([4, -1, 7]),
  length: 150,
  porchArrival: Number.NaN,
  porchDeparture: Number.NaN,
};

describe("offsetTrip", () => {
  it("moves a straight piece to the left of travel by the offset, at the same times", () => {
    const left = offsetTrip(trip, 3);
    expect([left.path[0], left.path[1], left.path[2]]).toEqual([0, 0, 3]); // heading east: left is north
    expect([left.path[9], left.path[10], left.path[11]]).toEqual([160, 97, 50]); // heading north: left is west
    for (let i = 0; i < trip.path.length; i += 3) expect(left.path[i]).toBe(trip.path[i]);
    const right = offsetTrip(trip, -3);
    expect(right.path[2]).toBe(-3);
  });

  it("moves a corner along the mean of its pieces' normals, looking past the wait", () => {
    const left = offsetTrip(trip, 3);
    const d = 3 / Math.SQRT2;
    for (const v of [1, 2]) {
      expect(left.path[3 * v + 1]).toBeCloseTo(100 - d, 9);
      expect(left.path[3 * v + 2]).toBeCloseTo(d, 9);
    }
  });

  it("marks every piece off the street and leaves the planned trip as it was", () => {
    const left = offsetTrip(trip, 3);
    expect([...left.edge!]).toEqual([-1, -1, -1]);
    expect([...trip.edge!]).toEqual([4, -1, 7]);
    expect(trip.path[2]).toBe(0);
  });
});
