/**
 * The registry of the surveillance model: the one list that names its parts. The core
 * creates them in this order and runs their hooks (start, start of day, end of day, event
 * handlers) in this order; the scenario sections, the metric catalogue (daily.csv
 * columns), the dashboard's labels and the ODD tables are read from their declarations.
 * Adding a mechanism is one file that declares its part (`model/domain-part.ts`) and one
 * line here.
 *
 * Why this order: perception and face recognition first (services other parts call);
 * recordings before residents (a clip is counted before its owner reacts to it); the
 * footage locker, alert ads, platform and the vendor route before police (police requests
 * go through them);
 * police before adoption, sting, deliveries and thieves (each morning, officers work the
 * queue before the day's cameras, baits, parcels and prowls are scheduled); the protest
 * after the platform, whose channels its requests use.
 */
import type { MetricNameOf, SectionsOf } from "../core/index.ts";
import { adoptionPart } from "./model/adoption.ts";
import { alertAdsPart } from "./model/alert-ads.ts";
import { deliveriesPart } from "./model/deliveries.ts";
import { faceRecognitionPart } from "./model/face-recognition-part.ts";
import { footageLockerPart } from "./model/footage-locker.ts";
import { otherAgenciesPart } from "./model/other-agencies.ts";
import { breachesPart } from "./model/breaches.ts";
import { perceptionPart } from "./model/perception-part.ts";
import { platformPart } from "./model/platform.ts";
import { policePart } from "./model/police.ts";
import { policyPart } from "./model/policy-part.ts";
import { protestPart } from "./model/protest.ts";
import { recordingsPart } from "./model/recordings.ts";
import { residentsPart } from "./model/residents.ts";
import { stingPart } from "./model/sting.ts";
import { thievesPart } from "./model/thieves.ts";
import { vendorRequestsPart } from "./model/vendor-requests.ts";

/** The parts of the shipped surveillance model, in registry order. */
export const PARTS = [
  policyPart,
  perceptionPart,
  faceRecognitionPart,
  recordingsPart,
  residentsPart,
  footageLockerPart,
  otherAgenciesPart,
  breachesPart,
  alertAdsPart,
  platformPart,
  vendorRequestsPart,
  policePart,
  protestPart,
  adoptionPart,
  stingPart,
  deliveriesPart,
  thievesPart,
] as const;

/** Every metric name the shipped parts declare: what `ctx.metrics` accepts in the mechanisms. */
export type DomainMetric = MetricNameOf<typeof PARTS>;

/** The scenario sections the shipped parts read (section key -> parsed value). */
export type PartSections = SectionsOf<typeof PARTS>;

/**
 * The published column order of daily.csv (and key order of summary.json): users' scripts
 * read columns by position, so the shipped metrics keep their places; metrics of parts
 * added later follow them in registry order.
 */
export const COLUMN_ORDER: readonly DomainMetric[] = [
  "packages_delivered",
  "packages_stolen",
  "packages_collected",
  "packages_waiting",
  "thefts_deterred",
  "thefts_on_camera",
  "thefts_reported",
  "thefts_cleared",
  "arrests",
  "arrests_wrongful",
  "footage_requests_portal",
  "footage_requests_direct",
  "footage_requests_warrant",
  "footage_requests_emergency",
  "owners_asked",
  "owners_shared",
  "clips_obtained",
  "clips_obtained_without_warrant",
  "clips_obtained_without_consent",
  "innocents_in_shared_footage",
  "clips_shared_other_agencies",
  "clips_recorded",
  "innocents_recorded",
  "camera_adoption",
  "households",
  "fr_searches",
  "fr_true_matches",
  "fr_false_matches",
  "fr_misses",
  "posts_crime",
  "posts_suspicious",
  "posts_suspicious_innocent",
  "posts_police",
  "alert_ads_shown",
  "alert_reach",
  "alert_shares",
  "alert_innocents_shown",
  "perceived_crime",
  "actual_crime",
  "police_officer_hours",
  "sting_baits_placed",
  "sting_baits_taken",
  "sting_arrests",
  "sting_officer_hours",
  "sting_cost_usd",
  "clips_volunteered_by_victims",
  "innocents_in_volunteered_footage",
  "thefts_cleared_wrongly",
  "live_streams",
  "live_stream_minutes",
  "innocents_live_streamed",
  "other_agency_actions",
  "other_agency_actions_wrongful",
  "accounts_breached",
  "clips_exposed",
  "innocents_exposed",
  "perceived_crime_app_users",
  "perceived_crime_non_app_users",
  "share_believing_crime_rising",
  "actual_crime_trend",
  "footage_requests_vendor",
  "vendor_request_reach",
  "clips_held_by_vendor",
  "protest_requests",
  "protesters_recorded",
  "protesters_in_obtained_footage",
  "protesters_identified",
  "protesters_misidentified",
  "posts_police_calllog",
  "posts_police_portal",
  "app_signups_promoted",
  "giveaway_cameras",
];
