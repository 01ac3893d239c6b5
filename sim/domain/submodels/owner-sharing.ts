/**
 * Whether a camera owner shares footage when police ask: a logistic choice on what the
 * owner can see. The channel sets the base chance (an area-wide portal request to every
 * owner nearby, or a named direct request forwarded by the company); the odds then rise
 * with the owner's engagement with the app (has posted to it), their fear (perceived crime
 * relative to the prior), the department's promotion of the cameras, and the company's
 * coaching of officers on wording requests to raise the opt-in rate (an effort 0-1 of the
 * partnership). With no engagement, fear at the prior, no promotion and no coaching the
 * chance is the channel's base. The share of asked owners who share is therefore an
 * output: the portal base is tuned so that it lands near ~3.5% (the calibration target of
 * gizmodo-2019-fort-lauderdale), not set to it.
 */

/** What moves an owner's answer (the `residents:` odds ratios and the partnership's effort). */
export interface OwnerSharingParams {
  /** Base chance for the channel: residents.requestShareProbability (portal) or platform.directConsentProbability (direct). */
  base: number;
  shareOddsRatioEngaged: number;
  shareOddsRatioPerFearDoubling: number;
  shareOddsRatioPromotion: number;
  shareOddsRatioFullCoaching: number;
}

/** What the owner knows of their own situation and of the partnership. */
export interface OwnerSituation {
  /** Has posted to the app. */
  engaged: boolean;
  /** Perceived crime / prior (1 = no more fear than the prior). */
  relativeFear: number;
  /** The department promotes the cameras (a giveaway with sign-up codes). */
  promoted: boolean;
  /** The company's effort coaching officers on raising the opt-in rate, 0-1. */
  coachingEffort: number;
}

/**
 * Chance that the owner shares: base odds x the odds ratios that apply.
 *
 * @example
 * shareProbability({ base: 0.02, shareOddsRatioEngaged: 2, shareOddsRatioPerFearDoubling: 1.5, shareOddsRatioPromotion: 1.5, shareOddsRatioFullCoaching: 2 },
 *   { engaged: true, relativeFear: 2, promoted: false, coachingEffort: 0 }); // odds 0.0204 x 2 x 1.5 -> ~0.058
 */
export function shareProbability(p: OwnerSharingParams, s: OwnerSituation): number {
  if (p.base <= 0) return 0;
  if (p.base >= 1) return 1;
  const fearDoublings = Math.log2(Math.max(s.relativeFear, 1e-9));
  const odds =
    (p.base / (1 - p.base)) *
    (s.engaged ? p.shareOddsRatioEngaged : 1) *
    p.shareOddsRatioPerFearDoubling ** fearDoublings *
    (s.promoted ? p.shareOddsRatioPromotion : 1) *
    p.shareOddsRatioFullCoaching ** Math.min(1, Math.max(0, s.coachingEffort));
  return odds / (1 + odds);
}
