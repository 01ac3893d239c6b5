/**
 * The dashboard's units (viz/shared/measure-units.ts): one phrase per kind of measure,
 * shares in % and their differences in pp, and the shipped model's units for pages that
 * read tables of bare numbers.
 */
import { describe, expect, it } from "vitest";
import { SHIPPED_MODEL } from "../../sim/index.ts";
import { chartScale, formatMeasure, measureUnit, shippedMeasureUnit, unitPhrase } from "../../viz/shared/measure-units.ts";

const catalogue = SHIPPED_MODEL.metricCatalogue(["a", "b"]);

describe("measure units", () => {
  it("say how the summary takes a measure, in one phrase per kind", () => {
    expect(unitPhrase(measureUnit("packages_stolen", catalogue))).toBe("packages, total after the warm-up");
    expect(unitPhrase(measureUnit("camera_adoption", catalogue))).toBe("% of households, average after the warm-up");
    expect(unitPhrase(measureUnit("camera_adoption", catalogue), { difference: true })).toBe(
      "percentage points (pp) of households, average after the warm-up",
    );
    expect(unitPhrase(measureUnit("clearance_rate", catalogue))).toBe("% of reported thefts, over the days after the warm-up");
  });

  it("write a share as a percentage and draw it on a percent axis", () => {
    const adoption = measureUnit("camera_adoption", catalogue);
    expect(formatMeasure(0.0144, adoption)).toBe("1.44%");
    expect(formatMeasure(0.0144, adoption, { difference: true })).toBe("+1.44 pp");
    expect(chartScale(adoption)).toBe(100);
    expect(chartScale(measureUnit("arrests", catalogue))).toBe(1);
    expect(formatMeasure(null, measureUnit("clearance_rate", catalogue))).toBe("n/a");
  });

  it("find the shipped model's unit of a by-group column without a run", () => {
    expect(shippedMeasureUnit("arrests_wrongful__b").unit).toBe("arrests");
    expect(shippedMeasureUnit("fr_false_matches").unit).toBe("false matches");
    expect(shippedMeasureUnit("owner_share_rate").display.unit).toBe("% of asked owners");
  });
});
