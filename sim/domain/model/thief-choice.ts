/**
 * The routine-activity choice of an offender at one porch: a suitable target (the
 * parcel's value), the absence of a capable guardian (someone at home), and perceived
 * risk (a visible camera, recent arrests nearby, a publicised sting). Pure: the caller
 * draws one uniform number and compares it with both probabilities, which separates
 * thefts from thefts deterred (would have happened without the risk factors).
 */
import type { DeterrenceReason } from "./events.ts";
import type { ThievesParams } from "./params.ts";

/** What the offender sees at the porch. */
export interface ChoiceSituation {
  value: number;
  guardianHome: boolean;
  /** A visible camera the offender noticed. */
  cameraNoticed: boolean;
  /** The offender's learned risk of cameras, 0-1 (0.5 = as the scenario's cameraDeterrence says). */
  cameraRisk: number;
  arrestsNearby: number;
  stingPublicised: boolean;
  /** Relative drop from a publicised sting. */
  publicityDeterrence: number;
}

/** The two probabilities of taking the parcel and the strongest deterrent. */
export interface ChoiceOdds {
  /** Probability of taking it, everything considered. */
  take: number;
  /** Probability of taking it if no risk factor (guardian, camera, arrests, publicity) were present. */
  takeWithoutDeterrents: number;
  /** The factor that cut the probability most, or null when none applied. */
  strongest: DeterrenceReason | null;
}

/**
 * The odds of taking a parcel.
 *
 * @example
 * chooseOdds(params, { value: 50, guardianHome: false, cameraNoticed: true, cameraRisk: 0.5,
 *   arrestsNearby: 0, stingPublicised: false, publicityDeterrence: 0 }).take
 */
export function chooseOdds(p: ThievesParams, s: ChoiceSituation): ChoiceOdds {
  const reward = s.value / (s.value + p.valueHalfSaturationUsd);
  const base = clamp01(p.baseTakeProbability * reward);
  const factors: [DeterrenceReason, number][] = [
    ["guardian", s.guardianHome ? 1 - p.guardianDeterrence : 1],
    ["camera", s.cameraNoticed ? 1 - clamp01(p.cameraDeterrence * 2 * s.cameraRisk) : 1],
    ["arrests", (1 - p.arrestDeterrence) ** s.arrestsNearby],
    ["publicity", s.stingPublicised ? 1 - s.publicityDeterrence : 1],
  ];
  let take = base;
  let strongest: DeterrenceReason | null = null;
  let lowest = 1;
  for (const [reason, f] of factors) {
    take *= f;
    if (f < lowest) {
      lowest = f;
      strongest = reason;
    }
  }
  return { take, takeWithoutDeterrents: base, strongest };
}

function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x;
}
