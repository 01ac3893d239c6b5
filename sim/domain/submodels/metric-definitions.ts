/**
 * The list of metrics of the surveillance model: name, unit, meaning, kind, and whether it
 * is broken down by demographic group. The names of issue 5 are binding (they are the
 * columns of daily.csv and the keys of summary.json); the ones marked "added" go beyond it.
 * Rename nothing without a CHANGELOG entry.
 *
 * API: `METRIC_DEFINITIONS: readonly MetricDefinition[]` (column order) — read by
 * `metricCatalogue()` in metrics.ts.
 */

/** One metric before it is expanded into per-group columns. */
export interface MetricDefinition {
  name: string;
  unit: string;
  /** Plain words: what is counted, when, and who counts it. */
  description: string;
  /** "count": summed over days; "level": a state sampled at the end of the day, averaged. */
  kind: "count" | "level";
  /** Also reported per group as `<name>__<group>` (the group of the person concerned). */
  byGroup: boolean;
}

const count = (name: string, unit: string, description: string, byGroup = false): MetricDefinition => ({
  name,
  unit,
  description,
  kind: "count",
  byGroup,
});
const level = (name: string, unit: string, description: string, byGroup = false): MetricDefinition => ({
  name,
  unit,
  description,
  kind: "level",
  byGroup,
});

/** Thefts per 1,000 households per 30 days: the common unit of perceived and actual crime. */
export const CRIME_INDEX_UNIT = "thefts per 1,000 households per 30 days";

/** Every metric in column order. */
export const METRIC_DEFINITIONS: readonly MetricDefinition[] = [
  // Deliveries and thefts
  count("packages_delivered", "packages", "Real packages (not sting baits) left on porches by couriers that day."),
  count("packages_stolen", "packages", "Real packages taken from porches by thieves that day (bait packages are counted in sting_baits_taken)."),
  count("packages_collected", "packages", "Real packages picked up from the porch by their household that day."),
  level("packages_waiting", "packages", "Added. Real packages still on porches at the end of the day (delivered = collected + stolen + waiting over a run)."),
  count("thefts_deterred", "attempts", "Times a thief who had picked a package as a target walked away because of the perceived risk (a visible camera, someone at home, recent arrests nearby)."),
  count("thefts_on_camera", "thefts", "Thefts (real packages) of which at least one camera recorded a clip."),
  count("thefts_reported", "thefts", "Thefts reported to the police by the victim household."),
  count("thefts_cleared", "thefts", "Added. Reported thefts cleared that day by the arrest of the thief who committed them (the numerator of clearance_rate)."),
  // Arrests
  count("arrests", "arrests", "People arrested for package theft, rightly or wrongly, including sting arrests; by the group of the arrested person.", true),
  count("arrests_wrongful", "arrests", "Arrests of people who did not commit the theft (e.g. after a face-recognition false match); by the group of the arrested person.", true),
  // Footage requests
  count("footage_requests_portal", "requests", "Area-wide footage requests police sent through the portal (every camera owner in the area and time window asked at once)."),
  count("footage_requests_direct", "requests", "Requests police sent to the company directly asking for one owner's footage with that owner's consent."),
  count("footage_requests_warrant", "requests", "Requests police sent to the company with a warrant or subpoena (no owner consent needed)."),
  count("footage_requests_emergency", "requests", "'Emergency' requests police sent to the company, granted without the owner's consent or a warrant."),
  count("owners_asked", "owners", "Camera owners asked to share footage (each owner once per request)."),
  count("owners_shared", "owners", "Added. Camera owners who agreed to share footage when asked (DOMAIN.md: ~3.5% in Fort Lauderdale, 2018)."),
  count("clips_obtained", "clips", "Clips handed to police by any channel."),
  count("clips_obtained_without_warrant", "clips", "Clips handed to police without a warrant: through the portal, direct consent requests or emergency requests."),
  count("clips_obtained_without_consent", "clips", "Clips handed to police without the owner's consent: under a warrant or as an emergency."),
  count("innocents_in_shared_footage", "people", "Distinct people who committed no theft appearing in clips handed to police, each counted on the day they first appear; by their group.", true),
  count("clips_shared_other_agencies", "clips", "Obtained clips passed on by the police to other agencies."),
  // Cameras
  count("clips_recorded", "clips", "Added. Clips recorded by all cameras (doorbell and street) that day."),
  count("innocents_recorded", "appearances", "Added. Appearances of people who committed no theft in recorded clips (one per person per clip); by their group.", true),
  level("camera_adoption", "fraction of households", "Share of households with a doorbell camera at the end of the day (DOMAIN.md: ~20% of US internet households in 2023, Parks Associates)."),
  level("households", "households", "Added. Households in the neighbourhood; by group. The denominator of per-capita rates in the summary.", true),
  // Face recognition
  count("fr_searches", "searches", "Face-recognition searches of a usable face against the mugshot gallery; by the group of the searched face.", true),
  count("fr_true_matches", "searches", "Searches that returned the right person; by the group of the searched face.", true),
  count("fr_false_matches", "searches", "Searches that returned a wrong person above the match threshold; by the group of the searched face.", true),
  count("fr_misses", "searches", "Added. Searches of a person who is in the gallery that returned nobody (false non-matches)."),
  // App posts, alerts, perception
  count("posts_crime", "posts", "Posts to the neighbourhood app labelled crime."),
  count("posts_suspicious", "posts", "Posts labelled 'suspicious person'; by the group of the person posted about.", true),
  count("posts_suspicious_innocent", "posts", "'Suspicious person' posts about someone who committed no crime; by the group of the person posted about.", true),
  count("posts_police", "posts", "Added. Police incidents posted to the app (by the company from call logs, or by police through the portal)."),
  count("alert_ads_shown", "ads", "Community-alert ads built from clips that started running that day."),
  count("alert_reach", "households", "Households that saw a community-alert ad (each household once per ad; DOMAIN.md: one ad had 13,274 views, CNET/BuzzFeed News 2019)."),
  count("alert_shares", "shares", "Added. Times an alert ad was shared onward (DOMAIN.md: 108 shares for 13,274 views, CNET/BuzzFeed News 2019)."),
  count("alert_innocents_shown", "people", "People who committed no crime depicted in community-alert ads started that day; by their group.", true),
  level("perceived_crime", CRIME_INDEX_UNIT, "Mean over households of each household's perceived level of local package theft."),
  level("actual_crime", CRIME_INDEX_UNIT, "Package thefts (real packages) in the last 30 days, per 1,000 households and scaled to 30 days."),
  // Police effort and stings
  count("police_officer_hours", "hours", "Added. Officer hours spent on package theft: response, investigation, footage requests and review, face recognition, stings."),
  count("sting_baits_placed", "packages", "Bait packages with GPS trackers placed on porches."),
  count("sting_baits_taken", "packages", "Bait packages taken by a thief."),
  count("sting_arrests", "arrests", "Arrests after a bait package was taken and tracked (also counted in arrests)."),
  count("sting_officer_hours", "hours", "Officer hours spent on sting operations (also counted in police_officer_hours)."),
  count("sting_cost_usd", "USD", "Added. Cost of sting operations incurred that day: sting officer hours at sting.officerHourCostUsd, GPS tracker-days on porches at sting.trackerCostPerDayUsd and bait packages placed at sting.baitPackageCostUsd (all assumptions)."),
];
