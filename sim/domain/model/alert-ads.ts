/**
 * Community-alert ads: the company turns a post with a clip of a "suspect" into a paid
 * ad shown to households nearby, vetted by police first or not (`policy.alertAds`,
 * `policy.alertVetting`). Vetting costs officer time and is imperfect in both directions.
 * Reads only `alerts:`.
 */
import type { Rng } from "../../core/index.ts";
import { adReach } from "../submodels/alert-reach.ts";
import type { ModelContext } from "./context.ts";

/** The alert-ads mechanism. */
export interface AlertAds {
  /** A post with a clip of `subject` from `house`; may run as an ad. */
  consider(house: number, subject: number, innocent: boolean): void;
}

/** Creates the mechanism (does nothing when the policy has no ads). */
export function createAlertAds(ctx: ModelContext): AlertAds {
  const p = ctx.params.alerts;
  const policy = ctx.params.policy;
  const { world, bus, metrics, perception } = ctx;
  const rng: Rng = ctx.rng.stream("alerts");
  const housesNear = (x: number, y: number, r: number) => world.housesNear(x, y, r);
  return {
    consider(house, subject, innocent) {
      if (!policy.alertAds || !rng.bernoulli(p.adConversionProbability)) return;
      const t = ctx.now();
      if (policy.alertVetting) {
        ctx.officers.spend(p.vettingHours, "vetting", true);
        const passes = innocent ? rng.bernoulli(p.vettingFalsePassProbability) : !rng.bernoulli(p.vettingFalseRejectProbability);
        if (!passes) {
          bus.emit({ type: "alert-ad-rejected", time: t, house, innocent });
          return;
        }
      }
      const ad = adReach(
        world.porchX(house),
        world.porchY(house),
        { radiusM: p.adRadiusM, reachShare: p.adReachShare, sharesPerView: p.sharesPerView },
        housesNear,
        rng,
      );
      const group = world.personGroup(subject);
      metrics.inc("alert_ads_shown");
      metrics.inc("alert_reach", ad.households.length);
      metrics.inc("alert_shares", ad.shares);
      if (innocent) metrics.incGroup("alert_innocents_shown", group);
      perception.exposeNear(ad.households, "alert-ad");
      bus.emit({ type: "alert-ad-shown", time: t, house, subject, subjectGroup: group, innocent, reach: ad.households.length, shares: ad.shares });
    },
  };
}
