/**
 * How a measure reads for people (sim/domain/metric-display.ts) and the units of the
 * summary's derived keys (sim/domain/submodels/summary-units.ts): one look per unit, used
 * by every dashboard page and `doorstep compare`'s table.
 */
import { describe, expect, it } from "vitest";
import { defaultScenario, formatMetricValue, formatQuantity, metricDisplay, runScenario, SHIPPED_MODEL, summaryUnit } from "../../sim/index.ts";

describe("formatMetricValue", () => {
  it("writes shares as percentages and their differences in percentage points", () => {
    expect(formatMetricValue(0.0144, "fraction of households")).toBe("1.44%");
    expect(formatMetricValue(0.0144, "fraction of households", { difference: true })).toBe("+1.44 pp");
    expect(formatMetricValue(-0.0144, "fraction of households", { difference: true })).toBe("-1.44 pp");
    expect(formatMetricValue(0.0144, "fraction of households", { difference: true, unsigned: true })).toBe("1.44 pp");
    expect(formatMetricValue(-0.4, "relative change per year")).toBe("-40%");
  });

  it("keeps other units' numbers, signs differences, and writes undefined values as n/a", () => {
    expect(formatMetricValue(1234.5, "packages")).toBe("1,235");
    expect(formatMetricValue(3, "arrests", { difference: true })).toBe("+3");
    expect(formatMetricValue(0, "arrests", { difference: true })).toBe("0");
    expect(formatMetricValue(null, "ratio")).toBe("n/a");
    expect(formatMetricValue(Number.NaN, "fraction of households")).toBe("n/a");
    expect(formatQuantity(0.012345)).toBe("0.0123");
    expect(formatQuantity(12.345)).toBe("12.35");
  });

  it("names the unit shown and the unit of a difference", () => {
    expect(metricDisplay("fraction of households")).toEqual({
      percent: true,
      unit: "% of households",
      differenceUnit: "percentage points (pp) of households",
    });
    expect(metricDisplay("packages")).toEqual({ percent: false, unit: "packages", differenceUnit: "packages" });
  });
});

describe("summaryUnit", () => {
  const run = runScenario(defaultScenario(), { days: 2, seed: 1 });
  it("gives every key of a run's summary a unit, derived ratios and by-group keys included", () => {
    const missing = Object.keys(run.summary).filter((k) => summaryUnit(k, run.metrics) === "");
    expect(missing).toEqual([]);
  });

  it("takes a declared metric's unit from the catalogue and a derived key's from its definition", () => {
    const catalogue = SHIPPED_MODEL.metricCatalogue(["a", "b"]);
    expect(summaryUnit("packages_stolen", catalogue)).toBe("packages");
    expect(summaryUnit("clearance_rate", catalogue)).toBe("fraction of reported thefts");
    expect(summaryUnit("fr_false_match_rate__b", catalogue)).toBe("fraction of searches");
    expect(summaryUnit("no_such_measure", catalogue)).toBe("");
  });

  it("counts false face matches in matches, not searches", () => {
    const catalogue = SHIPPED_MODEL.metricCatalogue([]);
    expect(summaryUnit("fr_false_matches", catalogue)).toBe("false matches");
    expect(summaryUnit("fr_true_matches", catalogue)).toBe("correct matches");
  });
});
