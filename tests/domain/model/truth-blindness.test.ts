/**
 * Truth-blindness: no police decision reads who took a parcel. Two runs with one seed, in
 * the second of which the record of every theft's taker names someone else (everything observable — clips, witnesses, tips, trackers,
 * possessions — stays as it was): every police decision must come out the same, while the
 * labels computed from the truth (wrongful arrests, wrong clearances) change.
 */
import { describe, expect, it } from "vitest";
import type { DomainEvent } from "../../../sim/domain/model/events.ts";
import { policePart } from "../../../sim/domain/model/police.ts";
import { type HarnessOptions, runHarness, total } from "./harness.ts";

/** Busy thieves, eager reporters and owners, ample officer time, every channel and face recognition, witnesses and tips, a sting. */
const options: HarnessOptions = {
  days: 42,
  seed: 11,
  policy: "full-partnership",
  world: { cameraShare: 0.5, passersPerDay: 200 },
  params: {
    thieves: { perThousandHouseholds: 40, activeDaysPerWeek: 4, prowlsPerActiveDay: 4, concealFaceShare: 0.3, confessionProbability: 0.5 },
    residents: { reportProbability: 1, requestShareProbability: 0.5, victimShareProbability: 1, initialCameraShare: 0.5 },
    police: {
      investigateProbability: 1,
      officerHoursPerDayPer1000Households: 100,
      personOfInterestProbability: 0.5,
      witnessProbability: 0.5,
      tipProbability: 0.1,
    },
    faceRecognition: { falseMatchRatePerComparison: 1e-5 },
    sting: {
      enabled: true,
      startDay: 7,
      durationDays: 21,
      trackers: 10,
      trackerReliability: 1,
      trackArrestProbability: 1,
      trackerWrongPersonProbability: 0.3,
    },
  },
};

/** What police decided, without the labels computed from the truth. */
function decisions(events: readonly DomainEvent[]): string[] {
  const out: string[] = [];
  for (const e of events) {
    if (e.type === "arrest-made") out.push(`arrest ${e.time} case ${e.caseId} person ${e.person} sting ${e.sting}`);
    else if (e.type === "case-cleared") out.push(`cleared ${e.time} case ${e.caseId}`);
    else if (e.type === "footage-requested") out.push(`request ${e.time} case ${e.caseId} ${e.channel}`);
    else if (e.type === "face-searched") out.push(`search ${e.time} case ${e.caseId} ${e.outcome}`);
    else if (e.type === "officer-hours-spent") out.push(`hours ${e.time} ${e.task} ${e.hours}`);
    else if (e.type === "alert-ad-shown") out.push(`ad ${e.time} ${e.house} ${e.subject}`);
    else if (e.type === "alert-ad-rejected") out.push(`ad rejected ${e.time} ${e.house}`);
  }
  return out;
}

describe("truth-blindness", () => {
  it("swapping every theft's taker after the theft changes no police decision, only the labels", () => {
    const honest = runHarness(options);
    const swapped = runHarness({
      ...options,
      setup: (model) => {
        // The ledger records someone who does not exist as the taker of every package; the
        // theft itself, and what cameras, witnesses, tips and trackers saw of it, are untouched.
        const { truth } = model.use(policePart);
        const record = truth.record;
        truth.record = (pkg) => record(pkg, 1_000_000 + pkg);
      },
    });
    const arrests = total(honest.rows, "arrests");
    expect(arrests).toBeGreaterThan(5);
    expect(total(honest.rows, "thefts_cleared")).toBeGreaterThan(5);
    expect(decisions(swapped.events)).toEqual(decisions(honest.events));
    // The labels did read the swapped truth: no arrest of a taker is left.
    expect(total(honest.rows, "arrests_wrongful")).toBeLessThan(arrests);
    expect(total(swapped.rows, "arrests_wrongful")).toBe(arrests);
    expect(total(swapped.rows, "thefts_cleared_wrongly")).toBe(total(swapped.rows, "thefts_cleared"));
  });
});
