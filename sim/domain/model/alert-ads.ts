/**
 * Community-alert ads: the company turns a post with a clip of a "suspect" into a paid
 * ad shown to households nearby, vetted by police first or not (`policy.alertAds`,
 * `policy.alertVetting`). Vetting costs officer time, checks the ad against police
 * records (a theft reported at that house, a case naming the person shown) and is
 * imperfect in both directions.
 * Reads only `alerts:`.
 */
import type { Rng } from "../../core/index.ts";
import { adReach } from "../submodels/alert-reach.ts";
import { DAY, type ModelContext } from "./context.ts";
import { alertsSection } from "../../scenario/sections/alerts.ts";
import { count, domainPart } from "./domain-part.ts";

/** What vetting can check: the police's own records. */
export interface PoliceRecords {
  /** A theft reported at `house` since `since`, or a case naming `subject`. */
  supports(house: number, subject: number, since: number): boolean;
}

/** The alert-ads mechanism. */
export interface AlertAds {
  /** A post with a clip of `subject` from `house`; may run as an ad. `innocent` (ground truth) is only counted. */
  consider(house: number, subject: number, innocent: boolean): void;
  /** Gives vetting the police's records (once the police exist). */
  connect(records: PoliceRecords): void;
}

/** Creates the mechanism (does nothing when the policy has no ads). */
export function createAlertAds(ctx: ModelContext): AlertAds {
  const p = ctx.params.alerts;
  const { world, bus, metrics, perception } = ctx;
  const rng: Rng = ctx.rng.stream("alerts");
  const housesNear = (x: number, y: number, r: number) => world.housesNear(x, y, r);
  let records: PoliceRecords | null = null;
  return {
    connect(r) {
      records = r;
    },
    consider(house, subject, innocent) {
      if (!ctx.params.policy.alertAds || !rng.bernoulli(p.adConversionProbability)) return;
      const t = ctx.now();
      if (ctx.params.policy.alertVetting) {
        ctx.officers.spend(p.vettingHours, "vetting", true);
        // Police vet from their records, not from whether the person did anything.
        const supported = records?.supports(house, subject, t - p.vettingRecordDays * DAY) ?? false;
        const passes = supported ? !rng.bernoulli(p.vettingFalseRejectProbability) : rng.bernoulli(p.vettingFalsePassProbability);
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

/** The alert-ads part: posts with a clip may become paid community-alert ads. */
export const alertAdsPart = domainPart({
  name: "alerts",
  summary: "The company turns posts with a clip of a suspect into community-alert ads, vetted by police or not.",
  section: { key: "alerts", schema: alertsSection },
  metrics: [
    count("alert_ads_shown", "ads", "Community-alert ads shown", "Community-alert ads built from clips that started running that day."),
    count(
      "alert_reach",
      "households",
      "Households reached by alert ads",
      "Households that saw a community-alert ad (each household once per ad; buzzfeed-2019-alert-ad: one ad had 13,274 views).",
    ),
    count(
      "alert_shares",
      "shares",
      "Shares of alert ads",
      "Added. Times an alert ad was shared onward (buzzfeed-2019-alert-ad: 108 shares for 13,274 views).",
    ),
    count(
      "alert_innocents_shown",
      "people",
      "Innocent people shown in alert ads",
      "People who committed no crime depicted in community-alert ads started that day; by their group.",
      true,
    ),
  ],
  events: ["alert-ad-shown", "alert-ad-rejected"],
  create: (ctx) => createAlertAds(ctx.env),
});
