/**
 * The face-recognition defaults against the figures they cite (aclu-2018-congress): the
 * ACLU searched the portraits of the 535 members of Congress against 25,000 mugshots at
 * an 80% threshold. The defaults must imply, for that test, the false-match rates per
 * search it found for white members (17 / ~428), Black members (6 / ~48) and other members
 * of colour (5 / ~59), the total (28) and the share of people of colour among the false
 * matches (~40%). Composition: ~20% people of colour (ACLU), about one member in five a
 * woman in every group (assumption). These are expected values computed from the model's
 * own `falseMatchProbability`, so no tolerance for chance is needed; the tolerances
 * allow for the rounding of the defaults and of the counts behind the figures.
 */
import { describe, expect, it } from "vitest";
import { createRng } from "../../../sim/core/index.ts";
import { createFaceRecognition, type FaceRecognition, type FaceRecognitionParams } from "../../../sim/domain/submodels/face-recognition.ts";
import { faceRecognitionSection } from "../../../sim/scenario/sections/face-recognition.ts";

const GROUPS = ["a", "b", "c"];
/** Members of Congress in 2018 by model group (a = white, b = Black, c = other members of colour). */
const MEMBERS = [428, 48, 59];
const WOMEN_SHARE = 0.2;
/** Official portraits: full face quality. */
const PORTRAIT = 1;

/** Expected share of members of `group` falsely matched, over men and women. */
function searchRate(fr: FaceRecognition, group: number): number {
  return (1 - WOMEN_SHARE) * fr.falseMatchProbability(group, PORTRAIT, false) + WOMEN_SHARE * fr.falseMatchProbability(group, PORTRAIT, true);
}

function congressTest(params: FaceRecognitionParams) {
  const fr = createFaceRecognition(params, GROUPS, createRng(1));
  const rates = GROUPS.map((_, g) => searchRate(fr, g));
  const matches = rates.map((r, g) => r * MEMBERS[g]);
  const total = matches.reduce((a, b) => a + b, 0);
  return { rates, total, peopleOfColourShare: (matches[1] + matches[2]) / total };
}

const defaults = (): FaceRecognitionParams => faceRecognitionSection.parse({});

describe("face recognition: the defaults reproduce the ACLU test they cite", () => {
  it("white members ~4.0%, Black members ~12.5%, other members of colour ~8.5% per search", () => {
    const { rates } = congressTest(defaults());
    expect(rates[0]).toBeGreaterThan(0.036);
    expect(rates[0]).toBeLessThan(0.044);
    expect(rates[1]).toBeGreaterThan(0.11);
    expect(rates[1]).toBeLessThan(0.14);
    expect(rates[2]).toBeGreaterThan(0.075);
    expect(rates[2]).toBeLessThan(0.095);
  });

  it("28 of 535 falsely matched, ~40% of them people of colour", () => {
    const { total, peopleOfColourShare } = congressTest(defaults());
    expect(total).toBeGreaterThan(26);
    expect(total).toBeLessThan(30);
    expect(peopleOfColourShare).toBeGreaterThan(0.35);
    expect(peopleOfColourShare).toBeLessThan(0.45);
  });

  it("the women's multiplier is part of the calibration: without it the white members' rate falls below the figure", () => {
    const { rates } = congressTest({ ...defaults(), femaleFalseMatchMultiplier: 1 });
    expect(rates[0]).toBeLessThan(0.036);
  });

  it("NIST's 10x for group b per comparison would overshoot the ACLU figure for Black members more than twice", () => {
    const { rates } = congressTest({ ...defaults(), groupFalseMatchMultiplier: { a: 1, b: 10, c: 5 } });
    expect(rates[1]).toBeGreaterThan(2 * (6 / 48));
  });
});
