/**
 * Beliefs about local package theft. Every household holds
 *  - a perceived level L (thefts per 1,000 households per 30 days, the unit of
 *    `actual_crime`), estimated from what it sees: each exposure counts as a number of
 *    thefts (its weight) seen in the household's local area of N households, and
 *    L ← k·L + (1−k)·S with the day's signal S = 30,000 · (thefts counted today) / N and
 *    k = 0.5^(1/halfLifeDays). A quiet day is a signal of 0, so L follows the rate of
 *    what a household sees and has no anchor: with nothing to see, it falls toward 0.
 *  - a memory M of the same signal with the longer half-life `trendMemoryDays`;
 *  - a trend score T in [−1, 1], moved each day toward the comparison of L with M:
 *    T ← j·T + (1−j)·c with c = +1 when L − M > θ·M + δ, −1 when M − L > θ·M + δ, else 0
 *    (θ = trendThreshold, δ = trendNoticeLevel, j = 0.5^(1/trendHalfLifeDays)). A household
 *    believes crime is rising when T > 1/3, falling when T < −1/3, stable otherwise.
 * This is the exposure-and-memory reading of fear-of-crime models (Prieto Curiel &
 * Bishop 2017); whether beliefs run ahead of actual crime depends on the weights and on
 * what the app and ads show (Fetterman 2023; Gallup vs FBI UCR), not on a built-in prior.
 *
 * Spin-up: on warm-up days (`endDay(spinUpHalfLifeDays)`) the level uses the shorter
 * half-life given, so it settles on what households see within the warm-up; the memory
 * follows the level and the trend beliefs keep their survey start (Gallup), so that the
 * first reported days compare like with like.
 *
 * API:
 * ```ts
 * const perception = createPerception(scenario.perception, localAreaSizes, rng);
 * perception.expose(house, "own-loss");            // also word-of-mouth, stranger-notification, arrest-news
 * perception.exposeNear(viewers, "post-crime");     // post-suspicious, alert-ad, police-post
 * perception.endDay();                             // once a day, after the day's exposures
 * perception.mean(), perception.meanWhere(appUser, 1), perception.shareRising()
 * perception.level(house), perception.relativeLevel(house), perception.trend(house)
 * ```
 */
import type { z } from "zod";
import type { Rng } from "../../core/index.ts";
import type { perceptionSection } from "../../scenario/sections/perception.ts";
import { INDEX_DAYS, INDEX_HOUSEHOLDS } from "./crime-index.ts";

export { actualCrimeIndex, createTheftWindow, type TheftWindow } from "./crime-index.ts";

/** The validated `perception:` section. */
export type PerceptionParams = z.output<typeof perceptionSection>;

/** What a household can see or hear that moves its beliefs. */
export type ExposureKind =
  | "own-loss"
  | "word-of-mouth"
  | "stranger-notification"
  | "post-crime"
  | "post-suspicious"
  | "alert-ad"
  | "police-post"
  | "arrest-news";

/** Every exposure kind, in a fixed order. */
export const EXPOSURE_KINDS: readonly ExposureKind[] = [
  "own-loss",
  "word-of-mouth",
  "stranger-notification",
  "post-crime",
  "post-suspicious",
  "alert-ad",
  "police-post",
  "arrest-news",
];

/** A household's belief about the trend of local crime. */
export type TrendBelief = "rising" | "stable" | "falling";

/** Trend score beyond which a household believes crime is rising (or, below its negative, falling). */
const BELIEF_CUT = 1 / 3;

/** Beliefs of every household. */
export interface Perception {
  readonly households: number;
  /** Counts `amount` exposures of this kind for one household today. */
  expose(house: number, kind: ExposureKind, amount?: number): void;
  /** expose() for each listed household. */
  exposeNear(houses: ArrayLike<number>, kind: ExposureKind, amount?: number): void;
  /**
   * Folds the day's exposures into every household's level, memory and trend belief.
   * With `spinUpHalfLifeDays` (warm-up days) the level uses that shorter half-life, the
   * memory follows the level and the trend beliefs are held.
   */
  endDay(spinUpHalfLifeDays?: number): void;
  level(house: number): number;
  /** level / priorLevel (1 = the start level; the fear of camera adoption). */
  relativeLevel(house: number): number;
  trend(house: number): TrendBelief;
  /** Mean level over all households (0 when there are none). */
  mean(): number;
  /** Mean level over the households whose flag equals `value` (0 when there are none). */
  meanWhere(flags: ArrayLike<number>, value: number): number;
  /** Fraction of households believing crime is rising (0 when there are none). */
  shareRising(): number;
}

/** What other mechanisms use: exposures, word of mouth (the perception part adds it) and fear. */
export interface PerceptionPort extends Pick<Perception, "expose" | "exposeNear" | "level" | "relativeLevel"> {
  /** Neighbours in the local area of `house` hear of it (each with perception.wordOfMouthShare). */
  tellNeighbours(house: number, kind: "word-of-mouth" | "arrest-news"): void;
}

/** The weight of each exposure kind, in thefts counted per exposure. */
function weightOf(p: PerceptionParams, kind: ExposureKind): number {
  switch (kind) {
    case "own-loss":
      return p.ownLossWeight;
    case "word-of-mouth":
      return p.wordOfMouthWeight;
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
    case "arrest-news":
      return p.arrestNewsWeight;
  }
}

/**
 * Beliefs for households whose local areas hold `localAreaSizes[h]` households each (at
 * least 1), all starting at `priorLevel` with a trend belief drawn from the survey shares.
 * The params object is read live (weights and memories may change on a timeline).
 *
 * @example
 * const perception = createPerception(params, new Float64Array(3000).fill(150), rng);
 * perception.expose(12, "own-loss");
 * perception.endDay();
 * perception.level(12); // above what a quiet neighbour perceives
 */
export function createPerception(params: PerceptionParams, localAreaSizes: ArrayLike<number>, rng: Rng): Perception {
  const households = localAreaSizes.length;
  const prior = params.priorLevel;
  const levels = new Float64Array(households).fill(prior);
  const memory = new Float64Array(households).fill(prior);
  const trendScore = new Float64Array(households);
  const seen = new Float64Array(households);
  /** Signal of one counted theft, per household: 30,000 / N. */
  const perTheft = new Float64Array(households);
  for (let h = 0; h < households; h++) {
    perTheft[h] = (INDEX_HOUSEHOLDS * INDEX_DAYS) / Math.max(1, localAreaSizes[h]);
    const u = rng.next();
    trendScore[h] = u < params.priorShareRising ? 1 : u < params.priorShareRising + params.priorShareFalling ? -1 : 0;
  }

  function checkHouse(house: number): void {
    if (!(house >= 0 && house < households) || !Number.isInteger(house)) {
      throw new Error(`perception: household ${house} is outside 0..${households - 1}.`);
    }
  }

  return {
    households,
    expose(house, kind, amount = 1) {
      checkHouse(house);
      seen[house] += weightOf(params, kind) * amount;
    },
    exposeNear(houses, kind, amount = 1) {
      const by = weightOf(params, kind) * amount;
      for (let i = 0; i < houses.length; i++) {
        checkHouse(houses[i]);
        seen[houses[i]] += by;
      }
    },
    endDay(spinUpHalfLifeDays) {
      const spinUp = spinUpHalfLifeDays !== undefined;
      const keep = 0.5 ** (1 / (spinUp ? Math.min(spinUpHalfLifeDays, params.halfLifeDays) : params.halfLifeDays));
      const keepMemory = 0.5 ** (1 / params.trendMemoryDays);
      const keepTrend = 0.5 ** (1 / params.trendHalfLifeDays);
      const cap = Math.max(params.maxLevel, 0);
      const { trendThreshold, trendNoticeLevel } = params;
      for (let h = 0; h < households; h++) {
        const signal = seen[h] * perTheft[h];
        seen[h] = 0;
        const level = Math.min(cap, Math.max(0, keep * levels[h] + (1 - keep) * signal));
        levels[h] = level;
        if (spinUp) {
          memory[h] = level;
          continue;
        }
        const remembered = Math.min(cap, Math.max(0, keepMemory * memory[h] + (1 - keepMemory) * signal));
        memory[h] = remembered;
        const margin = trendThreshold * remembered + trendNoticeLevel;
        const felt = level - remembered > margin ? 1 : remembered - level > margin ? -1 : 0;
        trendScore[h] = keepTrend * trendScore[h] + (1 - keepTrend) * felt;
      }
    },
    level(house) {
      checkHouse(house);
      return levels[house];
    },
    relativeLevel(house) {
      checkHouse(house);
      return prior > 0 ? levels[house] / prior : levels[house] + 1;
    },
    trend(house) {
      checkHouse(house);
      const s = trendScore[house];
      return s > BELIEF_CUT ? "rising" : s < -BELIEF_CUT ? "falling" : "stable";
    },
    mean() {
      if (households === 0) return 0;
      let s = 0;
      for (let h = 0; h < households; h++) s += levels[h];
      return s / households;
    },
    meanWhere(flags, value) {
      let s = 0;
      let n = 0;
      for (let h = 0; h < households; h++) {
        if (flags[h] !== value) continue;
        s += levels[h];
        n++;
      }
      return n > 0 ? s / n : 0;
    },
    shareRising() {
      if (households === 0) return 0;
      let n = 0;
      for (let h = 0; h < households; h++) if (trendScore[h] > BELIEF_CUT) n++;
      return n / households;
    },
  };
}
