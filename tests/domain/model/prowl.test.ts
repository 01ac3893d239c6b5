/**
 * Prowls with several attempts (sim/domain/model/thieves.ts): after going up to a porch an
 * offender walks on, up to `maxAttemptsPerProwl` attempts, and may stop after a theft.
 */
import { describe, expect, it } from "vitest";
import type { EventOf } from "../../../sim/domain/model/events.ts";
import { runHarness } from "./harness.ts";

const busyThieves = { perThousandHouseholds: 40, activeDaysPerWeek: 4, prowlsPerActiveDay: 4 };

function prowls(thieves: Record<string, unknown>, seed = 3) {
  const r = runHarness({ days: 28, seed, world: { cameraShare: 0.4 }, params: { thieves: { ...busyThieves, ...thieves } } });
  const ended = r.events.filter((e): e is EventOf<"prowl-ended"> => e.type === "prowl-ended");
  const count = (type: string) => r.events.filter((e) => e.type === type).length;
  const attempts = ended.reduce((a, e) => a + e.attempts, 0);
  return { ended, attempts, thefts: count("package-stolen"), confronted: count("theft-confronted"), perProwl: attempts / ended.length };
}

describe("prowls", () => {
  it("with a limit of 1, a prowl ends at its first attempt, as before", () => {
    const p = prowls({ maxAttemptsPerProwl: 1 });
    expect(p.ended.length).toBeGreaterThan(100);
    expect(Math.max(...p.ended.map((e) => e.attempts))).toBe(1);
    // Every attempt is a theft, a confrontation, or a parcel gone by the time the offender got there.
    expect(p.attempts).toBeGreaterThanOrEqual(p.thefts + p.confronted);
    expect(p.thefts).toBeGreaterThan(50);
  });

  it("with a higher limit, offenders go up to more porches per prowl, never beyond the limit", () => {
    const one = prowls({ maxAttemptsPerProwl: 1, stopAfterTheftProbability: 0 });
    const four = prowls({ maxAttemptsPerProwl: 4, stopAfterTheftProbability: 0 });
    expect(Math.max(...four.ended.map((e) => e.attempts))).toBeLessThanOrEqual(4);
    expect(four.ended.some((e) => e.attempts >= 2)).toBe(true);
    expect(four.perProwl).toBeGreaterThan(one.perProwl * 1.2);
    expect(four.thefts).toBeGreaterThan(one.thefts);
    expect(four.attempts).toBeGreaterThanOrEqual(four.thefts + four.confronted);
  });

  it("stopping after a theft shortens prowls", () => {
    const walkOn = prowls({ maxAttemptsPerProwl: 6, stopAfterTheftProbability: 0 });
    const stop = prowls({ maxAttemptsPerProwl: 6, stopAfterTheftProbability: 1 });
    expect(stop.perProwl).toBeLessThan(walkOn.perProwl);
    expect(Math.max(...stop.ended.map((e) => e.attempts))).toBeLessThanOrEqual(6);
  });
});
