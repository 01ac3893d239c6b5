/**
 * Fear of crime: every household's perceived level of local package theft, in the unit
 * of actual crime (thefts per 1,000 households per 30 days) so the two can be compared
 * (`perceived_crime` vs `actual_crime`). What a household sees pushes its level up by a
 * weight per exposure; each day the gap to the prior shrinks with a half-life, so with
 * no exposure the level relaxes to the prior. This is the "exposure and decay" reading of
 * fear-of-crime models (Prieto Curiel & Bishop 2017: fear persists as crime falls), with
 * app use raising perceived crime (Fetterman 2023) and opinion running ahead of falling
 * crime (Gallup vs FBI UCR) — see the weights in the `perception:` section.
 *
 * API (for the model engineer):
 * ```ts
 * const perception = createPerception(scenario.perception, householdCount);
 * // kinds: own-loss, stranger-notification, post-crime, post-suspicious, alert-ad, police-post
 * // (aliases notification, post, ad, alert — see EXPOSURE_ALIASES)
 * perception.expose(house, "own-loss")                  // a package of theirs was stolen
 * perception.expose(house, "stranger-notification")     // their camera showed a stranger (they looked)
 * perception.exposeNear(viewers, "post-crime")          // app users who saw a crime post
 * perception.exposeNear(viewers, "post-suspicious")     // ... a 'suspicious person' post
 * perception.exposeNear(reached, "alert-ad")            // households shown a community-alert ad
 * perception.exposeNear(viewers, "police-post")         // a police incident in the feed
 * perception.endDay()                                   // once a day, after the day's exposures
 * rec.set("perceived_crime", perception.mean())
 * perception.level(house), perception.relativeLevel(house) // e.g. for adoption (1 = prior)
 * perception.meanOver(houses)                           // e.g. app users vs others
 * actualCrimeIndex(thefts, households, days), createTheftWindow(30)  // re-exported
 * ```
 */
import type { z } from "zod";
import type { perceptionSection } from "../../scenario/sections/perception.ts";

export { actualCrimeIndex, createTheftWindow, type TheftWindow } from "./crime-index.ts";

/** The validated `perception:` section. */
export type PerceptionParams = z.output<typeof perceptionSection>;

/** What a household can see that moves its perceived crime level. */
export type CanonicalExposureKind = "own-loss" | "stranger-notification" | "post-crime" | "post-suspicious" | "alert-ad" | "police-post";

/**
 * Short names accepted as well (the names of `ExposureKind` in model/ports.ts):
 * "notification" = "stranger-notification", "post" = "post-crime", "ad" = "alert-ad",
 * "alert" = "police-post" (a police alert in the app feed).
 */
export type ExposureAlias = "notification" | "post" | "ad" | "alert";

/** A canonical exposure kind or one of its aliases. */
export type ExposureKind = CanonicalExposureKind | ExposureAlias;

/** Every canonical exposure kind, in a fixed order. */
export const EXPOSURE_KINDS: readonly CanonicalExposureKind[] = [
  "own-loss",
  "stranger-notification",
  "post-crime",
  "post-suspicious",
  "alert-ad",
  "police-post",
];

/** The canonical kind of each alias. */
export const EXPOSURE_ALIASES: Readonly<Record<ExposureAlias, CanonicalExposureKind>> = {
  notification: "stranger-notification",
  post: "post-crime",
  ad: "alert-ad",
  alert: "police-post",
};

/** Perceived crime of every household. */
export interface Perception {
  readonly households: number;
  /** Raise one household's level by the kind's weight x amount (capped at maxLevel). */
  expose(house: number, kind: ExposureKind, amount?: number): void;
  /** expose() for each listed household. */
  exposeNear(houses: ArrayLike<number>, kind: ExposureKind, amount?: number): void;
  /** One day of fading toward the prior. */
  endDay(): void;
  level(house: number): number;
  /** level / prior (1 = no more fear than the prior; the prior must be > 0, else level + 1). */
  relativeLevel(house: number): number;
  /** Mean level over all households (0 when there are none). */
  mean(): number;
  /** Mean level over the listed households (0 when the list is empty). */
  meanOver(houses: ArrayLike<number>): number;
}

/** The parameter holding each kind's weight. */
function weightOf(p: PerceptionParams, kind: CanonicalExposureKind): number {
  switch (kind) {
    case "own-loss":
      return p.ownLossWeight;
    case "stranger-notification":
      return p.strangerNotificationWeight;
    case "post-crime":
      return p.crimePostWeight;
    case "post-suspicious":
      return p.suspiciousPostWeight;
    case "alert-ad":
      return p.alertAdWeight;
    case "police-post":
      return p.policePostWeight;
  }
}

/**
 * Perceived crime for `households` households, all starting at the prior.
 *
 * @example
 * const perception = createPerception(scenario.perception, 3000);
 * perception.expose(12, "own-loss");
 * perception.endDay();
 * perception.mean(); // a little above the prior
 */
export function createPerception(params: PerceptionParams, households: number): Perception {
  if (!Number.isInteger(households) || households < 0) {
    throw new Error(`createPerception: households must be a whole number >= 0, got ${households}.`);
  }
  const prior = params.priorLevel;
  const cap = Math.max(params.maxLevel, prior);
  const keep = 0.5 ** (1 / params.halfLifeDays);
  const weights = new Map<ExposureKind, number>(EXPOSURE_KINDS.map((k) => [k, weightOf(params, k)]));
  for (const [alias, kind] of Object.entries(EXPOSURE_ALIASES)) weights.set(alias as ExposureAlias, weightOf(params, kind));
  const levels = new Float64Array(households).fill(prior);

  function checkHouse(house: number): void {
    if (!(house >= 0 && house < households) || !Number.isInteger(house)) {
      throw new Error(`perception: household ${house} is outside 0..${households - 1}.`);
    }
  }
  function weight(kind: ExposureKind): number {
    const w = weights.get(kind);
    if (w === undefined) throw new Error(`perception: unknown exposure kind "${kind}"; use one of ${EXPOSURE_KINDS.join(", ")}.`);
    return w;
  }
  function raise(house: number, by: number): void {
    checkHouse(house);
    levels[house] = Math.min(cap, levels[house] + by);
  }

  return {
    households,
    expose(house, kind, amount = 1) {
      raise(house, weight(kind) * amount);
    },
    exposeNear(houses, kind, amount = 1) {
      const by = weight(kind) * amount;
      for (let i = 0; i < houses.length; i++) raise(houses[i], by);
    },
    endDay() {
      for (let h = 0; h < households; h++) levels[h] = prior + (levels[h] - prior) * keep;
    },
    level(house) {
      checkHouse(house);
      return levels[house];
    },
    relativeLevel(house) {
      checkHouse(house);
      return prior > 0 ? levels[house] / prior : levels[house] + 1;
    },
    mean() {
      if (households === 0) return 0;
      let s = 0;
      for (let h = 0; h < households; h++) s += levels[h];
      return s / households;
    },
    meanOver(houses) {
      if (houses.length === 0) return 0;
      let s = 0;
      for (let i = 0; i < houses.length; i++) {
        checkHouse(houses[i]);
        s += levels[houses[i]];
      }
      return s / houses.length;
    },
  };
}
