/** The day charts mark a scenario's dated changes at the day of the run they apply on. */
import { describe, expect, it } from "vitest";
import { CHARTS, dayChartSpec, timelineMarkers } from "../../viz/explore/explore-charts.ts";

describe("timeline markers on the day charts", () => {
  it("place each change after the warm-up and name what it sets", () => {
    const markers = timelineMarkers(
      [
        { day: 120, set: { "policy.name": "warrant-required" } },
        { day: 200, set: { "policy.faceRecognition": false, "police.sceneRadiusM": 50 } },
      ],
      14,
    );
    expect(markers).toEqual([
      { day: 134, label: "policy.name = warrant-required" },
      { day: 214, label: "policy.faceRecognition = false; police.sceneRadiusM = 50" },
    ]);
  });

  it("draw a rule per change, above the warm-up and the lines", () => {
    const spec = dayChartSpec(CHARTS[0], [], false, ["Stolen"], 14, [{ day: 134, label: "policy.name = warrant-required" }]) as {
      layer: { data?: { values?: unknown[] }; layer?: { mark: { type: string } }[] }[];
    };
    expect(spec.layer).toHaveLength(3);
    const changes = spec.layer[2];
    expect(changes.data?.values).toEqual([{ day: 134, label: "policy.name = warrant-required" }]);
    expect(changes.layer?.map((l) => l.mark.type)).toEqual(["rule", "text"]);
    const plain = dayChartSpec(CHARTS[0], [], false, ["Stolen"], 0, []) as { layer?: unknown };
    expect(plain.layer).toBeUndefined();
  });
});
