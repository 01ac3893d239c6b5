/**
 * Who sees an app post or a community-alert ad: the households within a radius of where
 * it happened, filtered by who uses the app (posts) or sampled by the ad's reach (ads),
 * and how often an ad is shared onward. The radius search is the neighbourhood's
 * `housesNear(x, y, radius)` (ascending household ids), passed in, so this module knows
 * nothing about the map.
 *
 * API (for the model engineer):
 * ```ts
 * const viewers = postViewers(nb.houseX[h], nb.houseY[h],
 *   { radiusM: scenario.platform.postRadiusM, isAppUser, exclude: h }, nb.housesNear);
 * perception.exposeNear(viewers, "post-crime");
 *
 * const ad = adReach(x, y, { radiusM: scenario.alerts.adRadiusM,
 *   reachShare: scenario.alerts.adReachShare, sharesPerView: scenario.alerts.sharesPerView },
 *   nb.housesNear, rng.stream("alerts"));
 * rec.inc("alert_reach", ad.households.length); rec.inc("alert_shares", ad.shares);
 * perception.exposeNear(ad.households, "alert-ad");
 * ```
 * Parameters read (owned by their sections): `platform.postRadiusM` (m),
 * `alerts.adRadiusM` (m), `alerts.adReachShare` (fraction of households in the radius shown
 * the ad), `alerts.sharesPerView` (buzzfeed-2019-alert-ad in docs/sources.md:
 * 108 shares / 13,274 views ≈ 0.008). Each household that is shown an ad counts as one view; shares are
 * counted but do not widen the audience inside the town (an ad's audience is its radius).
 */
import type { Rng } from "../../core/index.ts";

/** The neighbourhood's radius search: household ids whose porch is within `radius` m of (x, y). */
export type HousesNear = (x: number, y: number, radius: number) => ArrayLike<number>;

/** Who can see a post in their feed. */
export interface PostReachOptions {
  /** Feed radius, metres (`platform.postRadiusM`). */
  radiusM: number;
  /** Whether a household uses the app; all households when left out. */
  isAppUser?: (house: number) => boolean;
  /** A household that does not count as a viewer (the author). */
  exclude?: number;
}

/**
 * The households that see a post made at (x, y): app users within the radius, in
 * ascending id order, the author excluded. Deterministic.
 *
 * @example
 * postViewers(120, 80, { radiusM: 800, isAppUser: (h) => appUser[h] === 1, exclude: 17 }, nb.housesNear);
 */
export function postViewers(x: number, y: number, options: PostReachOptions, housesNear: HousesNear): number[] {
  const near = housesNear(x, y, options.radiusM);
  const out: number[] = [];
  for (let i = 0; i < near.length; i++) {
    const h = near[i];
    if (h === options.exclude) continue;
    if (options.isAppUser && !options.isAppUser(h)) continue;
    out.push(h);
  }
  return out;
}

/** How far an ad reaches. */
export interface AdReachOptions {
  /** Ad radius, metres (`alerts.adRadiusM`). */
  radiusM: number;
  /** Share of households in the radius shown the ad (`alerts.adReachShare`). */
  reachShare: number;
  /** Onward shares per view (`alerts.sharesPerView`). */
  sharesPerView: number;
}

/** Who saw an ad and how often it was shared. */
export interface AdReach {
  /** Households shown the ad (one view each), ascending ids. */
  households: number[];
  /** Onward shares of the ad. */
  shares: number;
}

/**
 * The audience of a community-alert ad shown around (x, y): each household in the radius
 * is shown it with probability `reachShare`, and each view is shared with probability
 * `sharesPerView`. Uses two random numbers per household in the radius, in id order.
 *
 * @example
 * const ad = adReach(x, y, { radiusM: 1500, reachShare: 0.4, sharesPerView: 0.008 }, nb.housesNear, rng);
 * ad.households.length; // ≈ 0.4 x households in 1.5 km
 */
export function adReach(x: number, y: number, options: AdReachOptions, housesNear: HousesNear, rng: Rng): AdReach {
  const near = housesNear(x, y, options.radiusM);
  const households: number[] = [];
  let shares = 0;
  for (let i = 0; i < near.length; i++) {
    const seen = rng.next() < options.reachShare;
    const shared = rng.next() < options.sharesPerView;
    if (!seen) continue;
    households.push(near[i]);
    if (shared) shares++;
  }
  return { households, shares };
}

/**
 * Expected views and shares of an ad with `householdsInRadius` households in its radius.
 *
 * @example
 * expectedAdReach(33185, { radiusM: 1500, reachShare: 0.4, sharesPerView: 0.008 }); // { views: 13274, shares: ~106 }
 */
export function expectedAdReach(householdsInRadius: number, options: AdReachOptions): { views: number; shares: number } {
  const views = householdsInRadius * options.reachShare;
  return { views, shares: views * options.sharesPerView };
}
