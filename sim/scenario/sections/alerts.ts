/**
 * Scenario section `alerts:` — community-alert ads the company builds from user clips
 * and shows to people nearby, vetted by police or not (the `policy:` switches decide).
 * Read only by `sim/domain/model/alert-ads.ts`.
 */
import { num, section } from "../param.ts";

/** `alerts:` how posts become ads, how far they reach, how vetting works. */
export const alertsSection = section("Community-alert ads built from user clips.", {
  adConversionProbability: num({
    description: "Probability that a post with a clip (crime or 'suspicious') is turned into a community-alert ad.",
    unit: "probability",
    default: 0.15,
    min: 0,
    max: 1,
    source: "assumption (the company built ads from user clips, buzzfeed-2019-alert-ad)",
  }),
  adRadiusM: num({
    description: "Radius within which residents may be shown the ad.",
    unit: "m",
    default: 1500,
    min: 10,
    max: 20000,
    source: "assumption",
  }),
  adReachShare: num({
    description: "Share of households within the radius who see the ad.",
    unit: "fraction",
    default: 0.4,
    min: 0,
    max: 1,
    source: "buzzfeed-2019-alert-ad (one ad drew 13,274 views, 108 shares); the share is an assumption",
  }),
  sharesPerView: num({
    description: "Onward shares per household that saw an ad.",
    unit: "shares/view",
    default: 0.008,
    min: 0,
    max: 1,
    source: "buzzfeed-2019-alert-ad (one Community Alert ad: 13,274 views and 108 shares)",
  }),
  vettingFalsePassProbability: num({
    description:
      "Probability that police vetting lets through an ad its records do not support (no theft reported at that house in the last vettingRecordDays, and no case naming the person shown).",
    unit: "probability",
    default: 0.05,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  vettingFalseRejectProbability: num({
    description:
      "Probability that police vetting rejects an ad its records support (a theft reported at that house, or a case naming the person shown).",
    unit: "probability",
    default: 0.1,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  vettingRecordDays: num({
    description: "Days back police vetting looks for a theft reported at the house an ad's clip comes from.",
    unit: "days",
    default: 30,
    min: 0,
    max: 365,
    source: "assumption",
  }),
  vettingHours: num({
    description: "Officer hours to vet one ad.",
    unit: "h",
    default: 0.25,
    min: 0,
    max: 10,
    source: "assumption",
  }),
});
