/**
 * "With equal error rates the disparity vanishes": face recognition run by the police
 * mechanism on many cases (stand-in world, so thousands of searches stay quick), once with
 * the NIST-style group multipliers and once with equal ones.
 */
import { describe, expect, it } from "vitest";
import { groupDisparity } from "../../../sim/domain/metrics.ts";
import { runHarness, total } from "./harness.ts";

function pooled(groupFalseMatchMultiplier: Record<string, number> | undefined) {
  const falseM = [0, 0, 0];
  const searches = [0, 0, 0];
  // 16 seeds: with equal rates a group's rate then sits within about 0.04 of the pooled
  // one (binomial noise on a few hundred searches a group), so max/min stays well under 1.5.
  for (let seed = 1; seed <= 16; seed++) {
    const r = runHarness({
      days: 60,
      seed,
      policy: "face-recognition",
      world: { side: 30, cameraShare: 0.6 },
      params: {
        thieves: { perThousandHouseholds: 50, activeDaysPerWeek: 4, prowlsPerActiveDay: 4, concealFaceShare: 0 },
        residents: { reportProbability: 1, victimShareProbability: 1, initialCameraShare: 0.6 },
        police: { investigateProbability: 1, officerHoursPerDayPer1000Households: 100 },
        // Dominated by false matches so the rates are measured well; only the group multipliers differ.
        faceRecognition: { falseMatchRatePerComparison: 0.000008, ...(groupFalseMatchMultiplier ? { groupFalseMatchMultiplier } : {}) },
      },
    });
    ["a", "b", "c"].forEach((g, i) => {
      falseM[i] += total(r.rows, `fr_false_matches__${g}`);
      searches[i] += total(r.rows, `fr_searches__${g}`);
    });
  }
  return { falseM, searches, disparity: groupDisparity(falseM, searches)?.ratio ?? Number.NaN };
}

describe("face-recognition disparity", () => {
  it("is large with NIST-style group error rates and vanishes with equal ones", () => {
    const unequal = pooled({ a: 1, b: 10, c: 5 }); // NIST's low end between groups
    const equal = pooled({ a: 1, b: 1, c: 1 });
    for (const s of [unequal.searches, equal.searches]) for (const n of s) expect(n).toBeGreaterThan(100);
    expect(unequal.disparity).toBeGreaterThan(2);
    // The group with the NIST-style highest multiplier (b) has the highest false-match rate.
    expect(unequal.falseM[1] / unequal.searches[1]).toBeGreaterThan(unequal.falseM[0] / unequal.searches[0]);
    expect(equal.disparity).toBeLessThan(1.5);
  });
});
