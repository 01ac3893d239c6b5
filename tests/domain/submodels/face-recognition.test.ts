import { describe, it, expect } from "vitest";
import { createRng } from "../../../sim/core/index.ts";
import { faceRecognitionSection } from "../../../sim/scenario/sections/face-recognition.ts";
import { createFaceRecognition, type FaceRecognitionParams, type FaceSearchOutcome } from "../../../sim/domain/submodels/face-recognition.ts";

const defaults = (): FaceRecognitionParams => faceRecognitionSection.parse({});
const GROUPS = ["a", "b", "c"];

/** Binomial tolerance: the empirical share must be within 5 standard errors of p. */
function expectShare(count: number, n: number, p: number, label: string) {
  const se = Math.sqrt((p * (1 - p)) / n);
  expect(Math.abs(count / n - p), `${label}: ${count}/${n} vs ${p}`).toBeLessThanOrEqual(5 * se + 1e-12);
}

describe("face recognition: parameters", () => {
  it("has documented defaults calibrated to the ACLU test", () => {
    const fr = createFaceRecognition(defaults(), GROUPS, createRng(1));
    // Men of the reference group, full quality, 25,000 faces, 80% threshold: ~3.3% (see
    // the section header; face-recognition-calibration.test.ts checks the ACLU figures).
    expect(fr.falseMatchProbability(0, 1)).toBeCloseTo(0.033, 2);
    expect(fr.falseMatchProbability(1, 1)).toBeGreaterThan(3 * fr.falseMatchProbability(0, 1));
  });

  it("uses a multiplier of 1 for groups missing from the map", () => {
    const fr = createFaceRecognition(defaults(), ["a", "z"], createRng(1));
    expect(fr.falseMatchProbability(1, 0.8)).toBe(fr.falseMatchProbability(0, 0.8));
  });

  it("rejects a group index outside the groups", () => {
    const fr = createFaceRecognition(defaults(), GROUPS, createRng(1));
    expect(() => fr.falseMatchProbability(3, 1)).toThrow(/group index 3/);
    expect(() => fr.search({ group: "z", faceQuality: 1, inGallery: false })).toThrow(/unknown group "z"/);
  });
});

describe("face recognition: error rates", () => {
  it("has no disparity when the group multipliers are equal", () => {
    const p = { ...defaults(), groupFalseMatchMultiplier: { a: 1, b: 1, c: 1 } };
    const fr = createFaceRecognition(p, GROUPS, createRng(1));
    for (const q of [0.35, 0.6, 1]) {
      const rates = [0, 1, 2].map((g) => fr.falseMatchProbability(g, q));
      expect(rates[1]).toBe(rates[0]);
      expect(rates[2]).toBe(rates[0]);
    }
  });

  it("false-matches and misses more as face quality falls", () => {
    const fr = createFaceRecognition(defaults(), GROUPS, createRng(1));
    const qs = [1, 0.9, 0.7, 0.5, 0.3];
    for (let i = 1; i < qs.length; i++) {
      expect(fr.falseMatchProbability(1, qs[i])).toBeGreaterThan(fr.falseMatchProbability(1, qs[i - 1]));
      expect(fr.missProbability(qs[i])).toBeGreaterThan(fr.missProbability(qs[i - 1]));
    }
    expect(fr.missProbability(1)).toBeCloseTo(defaults().missRate);
    expect(fr.missProbability(defaults().minFaceQuality)).toBeCloseTo(defaults().worstQualityMissRate);
  });

  it("trades false matches for misses with the threshold", () => {
    const low = createFaceRecognition({ ...defaults(), matchThreshold: 0.8 }, GROUPS, createRng(1));
    const high = createFaceRecognition({ ...defaults(), matchThreshold: 0.99 }, GROUPS, createRng(1));
    expect(high.falseMatchProbability(1, 0.7)).toBeLessThan(low.falseMatchProbability(1, 0.7) / 10);
    expect(high.missProbability(0.7)).toBeGreaterThan(low.missProbability(0.7));
  });

  it("does not search faces below the minimum quality", () => {
    const rng = createRng(7);
    const fr = createFaceRecognition(defaults(), GROUPS, rng);
    const q = defaults().minFaceQuality - 0.01;
    expect(fr.isUsable(q)).toBe(false);
    expect(fr.search({ group: 1, faceQuality: q, inGallery: true }).outcome).toBe("unusable");
    expect(fr.outcomeProbabilities(1, q, false).unusable).toBe(1);
    expect(fr.falseMatchProbability(1, q)).toBe(0);
    // No random number was drawn: the stream continues like an untouched one.
    expect(rng.next()).toBe(createRng(7).next());
  });

  it("gives outcome probabilities that sum to one", () => {
    const fr = createFaceRecognition(defaults(), GROUPS, createRng(1));
    for (const inGallery of [true, false]) {
      const pr = fr.outcomeProbabilities(2, 0.5, inGallery, true);
      expect(pr.trueMatch + pr.falseMatch + pr.noMatch + pr.missed + pr.unusable).toBeCloseTo(1, 12);
    }
  });
});

describe("face recognition: sampling", () => {
  // Moderate probabilities, all clearly different, so a sampler that swaps or drops an
  // outcome, or ignores the group, fails by many standard errors.
  const params = { ...defaults(), falseMatchRatePerComparison: 2e-5, missRate: 0.2, worstQualityMissRate: 0.7 };
  const N = 40_000;

  function tally(group: number, quality: number, inGallery: boolean, seed: number) {
    const fr = createFaceRecognition(params, GROUPS, createRng(seed));
    const counts: Record<FaceSearchOutcome, number> = { "true-match": 0, "false-match": 0, "no-match": 0, missed: 0, unusable: 0 };
    for (let i = 0; i < N; i++) counts[fr.search({ group, faceQuality: quality, inGallery }).outcome]++;
    return { fr, counts };
  }

  it("matches the stated probabilities for a person in the gallery", () => {
    const { fr, counts } = tally(0, 0.6, true, 11);
    const pr = fr.outcomeProbabilities(0, 0.6, true);
    expect(pr.falseMatch).toBeGreaterThan(0.1);
    expectShare(counts["true-match"], N, pr.trueMatch, "true");
    expectShare(counts["false-match"], N, pr.falseMatch, "false");
    expectShare(counts.missed, N, pr.missed, "missed");
    expect(counts["no-match"]).toBe(0);
  });

  it("matches the stated probabilities for a person not in the gallery, per group", () => {
    for (const g of [0, 2]) {
      const { fr, counts } = tally(g, 0.9, false, 20 + g);
      const pr = fr.outcomeProbabilities(g, 0.9, false);
      expectShare(counts["false-match"], N, pr.falseMatch, `false g${g}`);
      expectShare(counts["no-match"], N, pr.noMatch, `none g${g}`);
      expect(counts["true-match"] + counts.missed).toBe(0);
    }
  });

  it("replays exactly with the same seed and draws the gallery share", () => {
    const a = tally(1, 0.5, true, 5).counts;
    const b = tally(1, 0.5, true, 5).counts;
    expect(a).toEqual(b);
    // A group given by name draws exactly like its index.
    const byName = createFaceRecognition(params, GROUPS, createRng(5));
    const byIndex = createFaceRecognition(params, GROUPS, createRng(5));
    for (let i = 0; i < 100; i++) {
      expect(byName.search({ group: "b", faceQuality: 0.5, inGallery: true })).toEqual(
        byIndex.search({ group: 1, faceQuality: 0.5, inGallery: true }),
      );
    }
    const fr = createFaceRecognition(params, GROUPS, createRng(3));
    let inGallery = 0;
    for (let i = 0; i < N; i++) if (fr.drawInGallery()) inGallery++;
    expectShare(inGallery, N, params.offenderGalleryShare, "gallery");
  });
});
