/**
 * One-to-many face recognition against a mugshot gallery, with false-match and
 * false-non-match ("miss") rates that differ by demographic group and worsen as the face
 * quality from the footage falls. Whether police may search at all is
 * `policy.faceRecognition`; the model checks it before calling this.
 *
 * API (for the model engineer):
 * ```ts
 * const fr = createFaceRecognition(scenario.faceRecognition, layout.groups, rng.stream("face-recognition"));
 * fr.isUsable(quality): boolean                 // false below minFaceQuality: do not search
 * fr.search({ group, faceQuality, inGallery, female? }): { outcome }   // group: index or name
 *   // outcome: "true-match"  the right person (in gallery) -> a correct lead
 *   //          "false-match" someone else in the gallery   -> a wrong lead (wrongful arrest risk)
 *   //          "no-match"    nobody returned, person not in the gallery
 *   //          "missed"      nobody returned although the person is in the gallery
 *   //          "unusable"    face below minFaceQuality: no search happened (do not count
 *   //                        fr_searches). Check fr.isUsable() first, or handle this outcome
 *   //                        (FaceRecognitionPort in model/ports.ts needs it in its union).
 * fr.drawInGallery(): boolean                   // for a new offender: has a mugshot? (offenderGalleryShare)
 * fr.falseMatchProbability(group, quality, female?)   // per search, pure
 * fr.missProbability(quality)                         // pure
 * fr.outcomeProbabilities(group, quality, inGallery, female?)  // pure, sums to 1
 * ```
 * Metrics: on every usable search `incGroup("fr_searches", group)`, then
 * `fr_true_matches` / `fr_false_matches` by group, `fr_misses` for "missed".
 *
 * Model: a probe of group g at quality q is compared with every gallery face; each
 * comparison with a different person scores above the threshold with probability
 * f = falseMatchRatePerComparison x groupMultiplier[g] x (female ? femaleMultiplier : 1)
 *     x worstQualityFalseMatchFactor^s x falseMatchFactorPerTenthThreshold^(-(t - t0) / 0.1),
 * where s = (1 - q) / (1 - minFaceQuality) is 0 at full quality and 1 at the worst usable
 * one; a search false-matches with 1 - (1 - f)^gallerySize. The true mate (if in the
 * gallery) is missed with probability m = [missRate + (worstQualityMissRate - missRate) s]
 * x missFactorPerTenthThreshold^((t - t0) / 0.1), capped at 1. If the mate is found it
 * ranks first; if it is missed a false match may still be returned.
 */
import type { z } from "zod";
import type { Rng } from "../../core/index.ts";
import type { faceRecognitionSection } from "../../scenario/sections/face-recognition.ts";

/** The validated `faceRecognition:` section. */
export type FaceRecognitionParams = z.output<typeof faceRecognitionSection>;

/** What a search found. */
export type FaceSearchOutcome = "true-match" | "false-match" | "no-match" | "missed" | "unusable";

/** A face to search. */
export interface FaceProbe {
  /** Index into the groups passed to createFaceRecognition (as in MapLayout.houseGroup), or the group's name. */
  group: number | string;
  /** Quality of the best face capture, 0 (none) to 1 (a mugshot). */
  faceQuality: number;
  /** Whether this very person has a face in the gallery. */
  inGallery: boolean;
  /** A woman (NIST: higher false-match rates); the model may leave it out. */
  female?: boolean;
}

/** Probabilities of each outcome of one search; they sum to 1. */
export interface OutcomeProbabilities {
  trueMatch: number;
  falseMatch: number;
  noMatch: number;
  missed: number;
  unusable: number;
}

/** A face-recognition system bound to its parameters, groups and random stream. */
export interface FaceRecognition {
  isUsable(faceQuality: number): boolean;
  search(probe: FaceProbe): { outcome: FaceSearchOutcome };
  drawInGallery(): boolean;
  falseMatchProbability(group: number, faceQuality: number, female?: boolean): number;
  missProbability(faceQuality: number): number;
  outcomeProbabilities(group: number, faceQuality: number, inGallery: boolean, female?: boolean): OutcomeProbabilities;
}

/** The threshold step the per-0.1 factors are stated for (unit of those parameters). */
const THRESHOLD_STEP = 0.1;

/**
 * Build the face-recognition submodel.
 *
 * @example
 * const fr = createFaceRecognition(scenario.faceRecognition, ["a", "b", "c"], rng.stream("fr"));
 * if (fr.isUsable(0.7)) {
 *   const { outcome } = fr.search({ group: 1, faceQuality: 0.7, inGallery: true });
 * }
 */
export function createFaceRecognition(params: FaceRecognitionParams, groups: readonly string[], rng: Rng): FaceRecognition {
  const p = params;
  const groupMultiplier = Float64Array.from(groups, (g) => p.groupFalseMatchMultiplier[g] ?? 1);
  const groupIndex = new Map(groups.map((g, i) => [g, i]));
  const thresholdSteps = (p.matchThreshold - p.calibrationThreshold) / THRESHOLD_STEP;
  const thresholdFalseFactor = p.falseMatchFactorPerTenthThreshold ** -thresholdSteps;
  const thresholdMissFactor = p.missFactorPerTenthThreshold ** thresholdSteps;

  function isUsable(q: number): boolean {
    return q >= p.minFaceQuality;
  }
  /** 0 at full quality, 1 at the worst usable quality. */
  function degradation(q: number): number {
    const clamped = Math.min(1, Math.max(p.minFaceQuality, q));
    return p.minFaceQuality >= 1 ? 0 : (1 - clamped) / (1 - p.minFaceQuality);
  }
  function checkGroup(group: number): void {
    if (!Number.isInteger(group) || group < 0 || group >= groups.length) {
      throw new Error(`faceRecognition: group index ${group} is outside 0..${groups.length - 1} (groups ${JSON.stringify(groups)}).`);
    }
  }
  function falseMatchProbability(group: number, q: number, female = false): number {
    checkGroup(group);
    if (!isUsable(q)) return 0;
    const perComparison = Math.min(
      1,
      p.falseMatchRatePerComparison *
        groupMultiplier[group] *
        (female ? p.femaleFalseMatchMultiplier : 1) *
        p.worstQualityFalseMatchFactor ** degradation(q) *
        thresholdFalseFactor,
    );
    if (perComparison >= 1) return 1;
    // 1 - (1 - f)^N without losing precision for tiny f.
    return -Math.expm1(p.gallerySize * Math.log1p(-perComparison));
  }
  function missProbability(q: number): number {
    if (!isUsable(q)) return 1;
    const base = p.missRate + (p.worstQualityMissRate - p.missRate) * degradation(q);
    return Math.min(1, Math.max(0, base * thresholdMissFactor));
  }
  function outcomeProbabilities(group: number, q: number, inGallery: boolean, female = false): OutcomeProbabilities {
    const none = { trueMatch: 0, falseMatch: 0, noMatch: 0, missed: 0, unusable: 0 };
    if (!isUsable(q)) {
      checkGroup(group);
      return { ...none, unusable: 1 };
    }
    const f = falseMatchProbability(group, q, female);
    if (!inGallery) return { ...none, falseMatch: f, noMatch: 1 - f };
    const m = missProbability(q);
    return { ...none, trueMatch: 1 - m, falseMatch: m * f, missed: m * (1 - f) };
  }
  function search(probe: FaceProbe): { outcome: FaceSearchOutcome } {
    const group = typeof probe.group === "number" ? probe.group : (groupIndex.get(probe.group) ?? -1);
    if (group < 0) throw new Error(`faceRecognition: unknown group "${probe.group}" (groups ${JSON.stringify(groups)}).`);
    const pr = outcomeProbabilities(group, probe.faceQuality, probe.inGallery, probe.female ?? false);
    if (pr.unusable === 1) return { outcome: "unusable" };
    const u = rng.next();
    if (u < pr.trueMatch) return { outcome: "true-match" };
    if (u < pr.trueMatch + pr.falseMatch) return { outcome: "false-match" };
    return { outcome: probe.inGallery ? "missed" : "no-match" };
  }
  return {
    isUsable,
    search,
    drawInGallery: () => rng.bernoulli(p.offenderGalleryShare),
    falseMatchProbability,
    missProbability,
    outcomeProbabilities,
  };
}
