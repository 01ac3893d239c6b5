/**
 * Plain-language names for the model's metrics (issue 5's snake_case names), for
 * audiences who do not read column names. Anything not listed falls back to the model's
 * own MetricInfo description, then to the name with spaces.
 */
import type { MetricInfo } from "../../sim/index.ts";

const LABELS: Record<string, string> = {
  packages_delivered: "Packages delivered",
  packages_stolen: "Packages stolen",
  packages_collected: "Packages collected by residents",
  thefts_deterred: "Thefts prevented by deterrence",
  thefts_on_camera: "Thefts caught on camera",
  thefts_reported: "Thefts reported to police",
  arrests: "Arrests",
  arrests_wrongful: "Wrongful arrests (innocent people)",
  arrests_rightful: "Correct arrests",
  clearance_rate: "Share of reported thefts solved",
  footage_requests_portal: "Footage requests through the app portal",
  footage_requests_direct: "Footage requests to the company (owner consent)",
  footage_requests_warrant: "Footage requests with a warrant",
  footage_requests_emergency: "Emergency requests (no consent, no warrant)",
  owners_asked: "Camera owners asked for footage",
  clips_obtained: "Video clips handed to police",
  clips_obtained_without_warrant: "Clips handed over without a warrant",
  clips_obtained_without_consent: "Clips handed over without the owner's consent",
  innocents_in_shared_footage: "Innocent people in footage given to police",
  clips_shared_other_agencies: "Clips passed on to other agencies",
  fr_searches: "Face-recognition searches",
  fr_true_matches: "Correct face matches",
  fr_false_matches: "False face matches (wrong person)",
  posts_crime: "App posts about a crime",
  posts_suspicious: "App posts about a 'suspicious person'",
  posts_suspicious_innocent: "'Suspicious person' posts about innocent people",
  alert_ads_shown: "Community-alert ads shown",
  alert_reach: "Residents reached by alert ads",
  alert_innocents_shown: "Innocent people shown in alert ads",
  perceived_crime: "How much crime residents think there is",
  actual_crime: "Actual crime",
  camera_adoption: "Homes with a doorbell camera",
  sting_baits_placed: "Bait packages placed",
  sting_baits_taken: "Bait packages taken",
  sting_arrests: "Arrests from stings",
  sting_officer_hours: "Officer hours spent on stings",
  sting_cost_usd: "Cost of stings (USD)",
  households: "Households",
  packages_waiting: "Packages waiting on porches",
  thefts_cleared: "Thefts solved",
  owners_shared: "Camera owners who shared footage",
  clips_recorded: "Clips recorded by cameras",
  innocents_recorded: "Innocent people recorded (appearances)",
  posts_police: "Police posts in the app",
  alert_shares: "Shares of alert ads",
  fr_misses: "Face searches that missed the real person",
  police_officer_hours: "Officer hours on package theft",
  days_summarised: "Days summarised (after warm-up)",
  false_identifications_per_correct: "False identifications per correct one",
  wrongful_arrests_per_rightful: "Wrongful arrests per correct arrest",
  officer_hours_per_cleared_theft: "Officer hours per solved theft",
  share_shared_without_warrant: "Share of obtained clips without a warrant",
  share_obtained_without_consent: "Share of obtained clips without consent",
  owner_share_rate: "Share of asked owners who shared",
  share_suspicious_innocent: "Share of 'suspicious' posts about innocent people",
  theft_rate_per_package: "Share of packages stolen",
  perceived_to_actual_ratio: "Perceived crime ÷ actual crime",
  sting_officer_hours_per_arrest: "Officer hours per sting arrest",
  sting_cost_per_arrest_usd: "Sting cost per sting arrest (USD)",
  fr_false_match_disparity: "False-match disparity between groups",
  wrongful_arrest_disparity: "Wrongful-arrest disparity between groups",
};

/** A readable label for a metric, with "(group x)" for by-group metrics. */
export function metricLabel(name: string, info?: MetricInfo): string {
  const [base, group] = name.split("__");
  const label = LABELS[base] ?? (info?.description && info.description.length < 70 ? info.description : base.replace(/_/g, " "));
  const text = label.charAt(0).toUpperCase() + label.slice(1);
  return group ? `${text}, group ${group}` : text;
}
