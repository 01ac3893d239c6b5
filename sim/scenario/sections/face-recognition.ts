/**
 * Scenario section `faceRecognition:` — the one-to-many face search police may run on
 * faces from footage (whether they may is `policy.faceRecognition`): the mugshot gallery,
 * the match threshold, false-match and false-non-match rates, how they differ by group
 * and worsen as face quality falls. Read by `sim/domain/submodels/face-recognition.ts`.
 *
 * Calibration (aclu-2018-congress in docs/sources.md): 28 of 535 members of Congress were
 * falsely matched against 25,000 mugshots at an 80% threshold; ~40% of the false matches
 * (11) were people of colour, who were ~20% of Congress (~107), six of them members of the
 * Congressional Black Caucus (~48 members). So the false-match rate per search was
 * 17 / 428 = 4.0% for white members, 6 / 48 = 12.5% for Black members and 5 / 59 = 8.5%
 * for other members of colour. The defaults reproduce these three figures, at full face
 * quality (official portraits) and with about one member in five a woman:
 * - `falseMatchRatePerComparison` 1.35e-6 (group a, men) with `femaleFalseMatchMultiplier`
 *   2 (the low end of nist-frvt-8280-2019's 2-5x; the ACLU test gives no split by sex)
 *   gives white members 4.0% per search;
 * - `groupFalseMatchMultiplier.b` 3.3 gives Black members 12.4%; `.c` 2.2 gives other
 *   members of colour 8.5%; together 27.9 false matches of 535, 39% of them people of colour.
 * NIST's 10-100x between groups is per one-to-one comparison, over many algorithms at
 * thresholds set for very low false-match rates; with b = 10 the ACLU test would have
 * falsely matched 29% of Black members, more than twice what it found. Use the NIST range
 * for sensitivity runs. `tests/domain/submodels/face-recognition-calibration.test.ts`
 * checks the defaults against the ACLU figures.
 */
import { num, numberMap, section } from "../param.ts";

/** `faceRecognition:` gallery, threshold, error rates by group and face quality. */
export const faceRecognitionSection = section(
  "Face recognition: mugshot gallery, threshold, false-match and false-non-match rates by group and face quality.",
  {
    gallerySize: num({
      description: "Faces in the mugshot gallery searched one-to-many; every extra face is another chance of a false match.",
      unit: "faces",
      default: 25000,
      min: 1,
      max: 100_000_000,
      int: true,
      source: "aclu-2018-congress (25,000 mugshots in the test)",
    }),
    offenderGalleryShare: num({
      description: "Share of active package thieves whose face is in the gallery (an earlier arrest).",
      unit: "fraction",
      default: 0.5,
      min: 0,
      max: 1,
      source: "assumption",
    }),
    matchThreshold: num({
      description: "Similarity score above which the system reports a match; higher means fewer false matches and more misses.",
      unit: "score (0-1)",
      default: 0.8,
      min: 0.5,
      max: 0.999,
      source: "aclu-2018-congress (80% confidence threshold in the test)",
    }),
    calibrationThreshold: num({
      description: "Threshold at which falseMatchRatePerComparison and missRate hold.",
      unit: "score (0-1)",
      default: 0.8,
      min: 0.5,
      max: 0.999,
      source: "aclu-2018-congress (80% confidence threshold in the test)",
    }),
    falseMatchFactorPerTenthThreshold: num({
      description: "Factor by which the false-match rate falls for every 0.1 the threshold rises above calibrationThreshold (and rises below it).",
      unit: "ratio per 0.1",
      default: 10,
      min: 1,
      max: 1000,
      source: "assumption",
    }),
    missFactorPerTenthThreshold: num({
      description: "Factor by which the miss rate rises for every 0.1 the threshold rises above calibrationThreshold (and falls below it).",
      unit: "ratio per 0.1",
      default: 1.5,
      min: 1,
      max: 100,
      source: "assumption",
    }),
    falseMatchRatePerComparison: num({
      description:
        "Chance that one gallery face scores above the threshold against a probe of someone else, for a man of group a at full face quality and the calibration threshold.",
      unit: "probability per comparison",
      default: 1.35e-6,
      min: 0,
      max: 0.01,
      source:
        "aclu-2018-congress (17 of ~428 white members of Congress falsely matched against 25,000 mugshots at 80%: 4.0% per search, with one member in five a woman at femaleFalseMatchMultiplier); derived in the file header",
    }),
    groupFalseMatchMultiplier: numberMap({
      description:
        "False-match rate of each group relative to group a (a = lowest error rates, e.g. white; b = highest, e.g. African American; c = other groups, e.g. Asian, Hispanic). Groups left out: 1.",
      unit: "ratio",
      default: { a: 1, b: 3.3, c: 2.2 },
      min: 0,
      source:
        "aclu-2018-congress (6 of ~48 Black members falsely matched: 12.5% per search, reproduced by b; 5 of ~59 other members of colour: 8.5%, by c; derived in the file header); nist-frvt-8280-2019's 10-100x per one-to-one comparison is the range for sensitivity runs",
    }),
    femaleFalseMatchMultiplier: num({
      description: "False-match rate of women relative to men of the same group (applies when the model says the probe is a woman).",
      unit: "ratio",
      default: 2,
      min: 1,
      max: 10,
      source:
        "nist-frvt-8280-2019 (false positives 2-5x higher for women); the low end, since the ACLU test the base rate comes from has no split by sex",
    }),
    missRate: num({
      description: "Chance that a search of someone who is in the gallery does not return them, at full face quality and the calibration threshold.",
      unit: "probability",
      default: 0.05,
      min: 0,
      max: 1,
      source: "assumption (no published figure)",
    }),
    minFaceQuality: num({
      description: "Face quality below which a face is not searched at all (too small, blurred, dark or turned away).",
      unit: "quality (0-1)",
      default: 0.3,
      min: 0,
      max: 0.99,
      source: "assumption",
    }),
    worstQualityFalseMatchFactor: num({
      description: "Factor on the false-match rate of a face at minFaceQuality relative to full quality (geometric in between).",
      unit: "ratio",
      default: 3,
      min: 1,
      max: 1000,
      source: "assumption",
    }),
    worstQualityMissRate: num({
      description: "Miss rate of a face at minFaceQuality at the calibration threshold (linear between missRate at full quality and this).",
      unit: "probability",
      default: 0.6,
      min: 0,
      max: 1,
      source: "assumption",
    }),
  },
);
