/**
 * The USD cost of stings (`sting_cost_usd`, `sting_cost_per_arrest_usd`): nothing without
 * a sting; officer hours, tracker-days and bait packages priced at the `sting:` figures as
 * they are incurred; the summary ratio is total cost over sting arrests.
 */
import { describe, expect, it } from "vitest";
import type { EventOf } from "../../../sim/domain/model/events.ts";
import { metricCatalogue, summarise } from "../../../sim/domain/metrics.ts";
import { runHarness, total, type HarnessOptions } from "./harness.ts";

const camerasEverywhere = { world: { cameraShare: 0.6 } } as const;

function stingRun(sting: Record<string, unknown>, thieves: Record<string, unknown> = { perThousandHouseholds: 0 }, days = 12) {
  const o: HarnessOptions = {
    days,
    ...camerasEverywhere,
    params: { thieves, residents: { initialCameraShare: 0.6 }, sting: { enabled: true, startDay: 2, durationDays: 8, ...sting } },
  };
  return runHarness(o);
}

describe("sting cost", () => {
  it("is zero on every day when there is no sting", () => {
    const r = runHarness({
      days: 14,
      ...camerasEverywhere,
      params: { thieves: { perThousandHouseholds: 40, activeDaysPerWeek: 4, prowlsPerActiveDay: 4 } },
    });
    expect(total(r.rows, "packages_stolen")).toBeGreaterThan(0);
    for (const row of r.rows) expect(row.sting_cost_usd).toBe(0);
    const s = summarise(r.rows, metricCatalogue(r.world.groups), 0);
    expect(s.sting_cost_usd).toBe(0);
    expect(s.sting_cost_per_arrest_usd).toBeNull(); // no sting arrest: undefined, not 0
  });

  it("prices officer hours and bait packages as they are incurred", () => {
    const r = stingRun({ officerHourCostUsd: 80, baitPackageCostUsd: 20, trackerCostPerDayUsd: 0 });
    const hours = total(r.rows, "sting_officer_hours");
    const placed = total(r.rows, "sting_baits_placed");
    expect(placed).toBe(25);
    expect(hours).toBeGreaterThan(0);
    expect(total(r.rows, "sting_cost_usd")).toBeCloseTo(80 * hours + 20 * placed, 6);
    // Day by day too: nothing before the sting or after it, the baits paid on the first day.
    for (const row of r.rows) expect(row.sting_cost_usd).toBeCloseTo(80 * row.sting_officer_hours + 20 * row.sting_baits_placed, 6);
    expect(r.rows[1].sting_cost_usd).toBe(0);
    expect(r.rows[10].sting_cost_usd).toBe(0);
  });

  it("prices each tracker for each day it sits on a porch", () => {
    // No thieves: no bait is ever taken, so trackers x days of the operation.
    const r = stingRun({ officerHourCostUsd: 0, baitPackageCostUsd: 0, trackerCostPerDayUsd: 7, trackers: 15 });
    expect(total(r.rows, "sting_cost_usd")).toBeCloseTo(7 * 15 * 8, 6);
  });

  it("grows with the baits placed and the officer hours spent", () => {
    const cost = (sting: Record<string, unknown>) => total(stingRun(sting).rows, "sting_cost_usd");
    const base = cost({ baits: 10, trackers: 5 });
    expect(base).toBeGreaterThan(0);
    expect(cost({ baits: 30, trackers: 5 })).toBeGreaterThan(base);
    expect(cost({ baits: 10, trackers: 5, placementHoursPerBaitDay: 1 })).toBeGreaterThan(base);
    expect(cost({ baits: 10, trackers: 5, officerHourCostUsd: 150 })).toBeGreaterThan(base);
  });

  it("the summary ratio is the total cost over sting arrests (tracking hours included)", () => {
    const r = stingRun(
      { startDay: 0, durationDays: 30, trackers: 25, trackerReliability: 1, trackArrestProbability: 1 },
      { perThousandHouseholds: 40, activeDaysPerWeek: 4, prowlsPerActiveDay: 4 },
      30,
    );
    const arrests = total(r.rows, "sting_arrests");
    expect(arrests).toBeGreaterThan(0);
    const tracked = r.events.filter((e): e is EventOf<"bait-taken"> => e.type === "bait-taken" && e.tracked).length;
    expect(tracked).toBeGreaterThanOrEqual(arrests);
    expect(total(r.rows, "sting_officer_hours")).toBeGreaterThanOrEqual(tracked * r.params.sting.trackingHours);
    const s = summarise(r.rows, metricCatalogue(r.world.groups), 0);
    expect(s.sting_cost_usd).toBeCloseTo(total(r.rows, "sting_cost_usd"), 6);
    expect(s.sting_cost_per_arrest_usd).toBeCloseTo((s.sting_cost_usd ?? Number.NaN) / arrests, 6);
  });
});
