/**
 * Scenario section `platform:` — the company: app feed reach, area-wide requests through
 * the police portal, direct requests to the company, data sharing, the 911 live-stream and
 * the vendor's evidence store. Which of these exist is decided by the `policy:` switches;
 * this section sets how they behave. Read by `sim/domain/model/platform.ts` (the vendor
 * route by `vendor-requests.ts`).
 */
import { bool, num, section } from "../param.ts";

/** `platform:` feed radius, request geometry, company answers, sharing, live-stream. */
export const platformSection = section("The company: feed reach, footage requests, company answers, sharing, live-stream.", {
  postRadiusM: num({
    description: "Radius within which app users see a post in their feed.",
    unit: "m",
    default: 800,
    min: 10,
    max: 10000,
    source: "assumption (alerts reach app users within a radius; no published radius)",
  }),
  policeCallPostShare: num({
    description: "Share of theft reports that the company reposts from the department's call log to the app feed (only with policy.callLogAlerts).",
    unit: "fraction",
    default: 0.5,
    min: 0,
    max: 1,
    source:
      "assumption (gizmodo-2019-ring-cad: the company curated 'crime news' posts from partner departments' dispatch feeds; which share of package thefts qualified is not published)",
  }),
  policePortalPostShare: num({
    description:
      "Share of theft reports about which the department posts an alert through its portal, asking neighbours for information (only with policy.portal).",
    unit: "fraction",
    default: 0.1,
    min: 0,
    max: 1,
    source:
      "assumption (ring-nd-public-safety-service: partner departments post crime and safety alerts in the app; no published figure on how often)",
  }),
  requestRadiusM: num({
    description: "Radius of an area-wide footage request around the theft.",
    unit: "m",
    default: 150,
    min: 10,
    max: 805,
    source:
      "ring-nd-request-rules (request area <= 0.5 mile radius); 150 m calibrated so a request reaches ~15 owners in the default town (gizmodo-2019-fort-lauderdale: 22 requests reached 319 owners, ~14.5 each)",
  }),
  requestWindowMinHours: num({
    description: "Shortest time window of an area-wide request.",
    unit: "h",
    default: 0.25,
    min: 0.25,
    max: 12,
    source: "ring-nd-request-rules (request window 15 min-12 h)",
  }),
  requestWindowMaxHours: num({
    description: "Longest time window of an area-wide request (the window covers delivery to discovery, clipped).",
    unit: "h",
    default: 12,
    min: 0.25,
    max: 12,
    source: "ring-nd-request-rules, eff-2021-lapd-protests (request window 15 min-12 h)",
  }),
  warrantHandoverProbability: num({
    description: "Probability that the company hands over content for a warrant.",
    unit: "probability",
    default: 0.4,
    min: 0,
    max: 1,
    source: "ring-2021-transparency (content handed over for ~40% of legal demands)",
  }),
  optInCoachingEffort: num({
    description:
      "How hard the company coaches officers on wording footage requests to raise owners' opt-in rate (0 = not at all, 1 = fully); raises every asked owner's odds of sharing (residents.shareOddsRatioFullCoaching).",
    unit: "effort (0-1)",
    default: 0,
    min: 0,
    max: 1,
    source: "assumption; motherboard-2019-ring-promotion (the company coached officers on raising the opt-in rate) names the practice, not its size",
  }),
  directConsentProbability: num({
    description:
      "Base chance that an owner consents when the company forwards a direct police request for that owner's camera (before the odds ratios of residents: engagement, fear, promotion, coaching).",
    unit: "probability",
    default: 0.3,
    min: 0,
    max: 1,
    source:
      "assumption (a named request from police about one's own porch; higher than the ~3.5% of area-wide requests, gizmodo-2019-fort-lauderdale)",
  }),
  emergencyHandoverProbability: num({
    description: "Probability that the company discloses footage for a claimed emergency.",
    unit: "probability",
    default: 0.8,
    min: 0,
    max: 1,
    source: "assumption (markey-2022-ring-letter: 11 emergency disclosures without consent, Jan-Jun 2022)",
  }),
  companyAnswerDays: num({
    description: "Mean days the company takes to answer a direct or warrant request (exponential).",
    unit: "days",
    default: 7,
    min: 0,
    max: 120,
    source: "assumption",
  }),
  emergencyAnswerHours: num({
    description: "Mean hours the company takes to answer an emergency request.",
    unit: "h",
    default: 2,
    min: 0,
    max: 72,
    source: "assumption",
  }),
  otherAgencyShareProbability: num({
    description: "Probability that police pass an obtained clip on to another agency (when data sharing is allowed).",
    unit: "probability",
    default: 0.25,
    min: 0,
    max: 1,
    source: "assumption (obtained footage can be kept indefinitely and shared with other agencies; no published rate)",
  }),
  otherAgencyGalleryShare: num({
    description:
      "Share of the people in shared footage whom another agency (immigration enforcement, federal agencies) has on file and can identify by face; drawn once per person.",
    unit: "fraction",
    default: 0.1,
    min: 0,
    max: 1,
    source: "assumption (no published figure for the records of agencies that receive shared footage)",
  }),
  otherAgencyActionProbability: num({
    description:
      "Probability that an agency acts (questions, stops, detains) on a person it identified by face in footage passed on to it, rightly or after a false match.",
    unit: "probability",
    default: 0.2,
    min: 0,
    max: 1,
    source: "assumption (no published rate; false matches by group follow the face-recognition section, nist-frvt-8280-2019)",
  }),
  breachAccountsPerYear: num({
    description:
      "Share of camera owners' accounts compromised per year (credential stuffing); an intruder sees the account's stored clips and new ones.",
    unit: "fraction per year",
    default: 0.0044,
    min: 0,
    max: 1,
    source:
      "ftc-2023-ring (more than 55,000 US accounts compromised from January 2019 to March 2020, 15 months), politico-2023-ring-devices (more than 10 million devices, taken as accounts): 55,000 / 10 M / 1.25 years",
  }),
  staffAccess: bool({
    description: "Whether the company's staff and contractors may view customers' clips without the owner's consent.",
    default: false,
    source: "ftc-2023-ring (every employee and hundreds of contractors could view customers' videos; the 2023 order ended it: off by default)",
  }),
  staffViewShare: num({
    description: "Share of recorded doorbell clips that staff or contractors view when staff access is allowed.",
    unit: "fraction",
    default: 0.01,
    min: 0,
    max: 1,
    source: "assumption (no published rate; ftc-2023-ring reports access, not how much was viewed)",
  }),
  liveStreamRadiusM: num({
    description: "Radius around a 911 call within which cameras wake and stream to police (when the policy allows).",
    unit: "m",
    default: 100,
    min: 0,
    max: 2000,
    source: "assumption (911 live-streaming was a tested feature; no published radius)",
  }),
  liveStreamMinutes: num({
    description: "Length of a 911 live-stream.",
    unit: "min",
    default: 10,
    min: 1,
    max: 240,
    source: "assumption",
  }),
  vendorRetentionDays: num({
    description:
      "Days the police-technology vendor keeps footage shared through a vendor request (policy.vendorRequests) in its evidence store, under its own terms rather than the owner's storage plan.",
    unit: "days",
    default: 365,
    min: 0,
    max: 3650,
    source:
      "assumption (cnet-2025-community-requests: the vendor stores the footage; agencies set evidence retention with the vendor and no period is published; a year stands for a case's life)",
  }),
});
