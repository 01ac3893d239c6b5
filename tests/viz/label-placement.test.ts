import { describe, expect, it } from "vitest";
import { placeLabels } from "../../viz/explore/label-placement.ts";

describe("map label placement", () => {
  it("puts a label beside its ring, up and to the right, when nothing is there", () => {
    expect(placeLabels([{ x: 100, y: 100, width: 60 }], 12, 9)).toEqual([{ x: 109, y: 91 }]);
  });
  it("moves a second label at the same spot to a free side instead of overlapping", () => {
    const [a, b, c] = placeLabels(
      [
        { x: 100, y: 100, width: 60 },
        { x: 102, y: 101, width: 60 },
        { x: 300, y: 300, width: 60 },
      ],
      12,
      9,
    );
    expect(a).toEqual({ x: 109, y: 91 });
    expect(b).not.toBeNull();
    expect(b?.y).toBeGreaterThan(101);
    expect(c).toEqual({ x: 309, y: 291 });
  });
  it("leaves a label out when every side is taken", () => {
    const same = Array.from({ length: 5 }, () => ({ x: 50, y: 50, width: 40 }));
    const spots = placeLabels(same, 12, 9);
    expect(spots.filter((s) => s !== null)).toHaveLength(4);
    expect(spots[4]).toBeNull();
  });
});
