/**
 * The published figures the model is held against, in two kinds that never overlap:
 * - **calibration targets**: figures the defaults were tuned to (a parameter was set so
 *   the model lands there), so landing there shows only that the tuning holds;
 * - **validation patterns**: figures no parameter was tuned to, which the model should
 *   reproduce from its mechanisms, so landing there is evidence.
 * `doorstep patterns` runs a scenario and prints both tables (sim/domain/README.md,
 * "Calibration targets and validation patterns", says why each figure is where it is).
 * Each figure is computed from a run's summary; null when the run has nothing to measure.
 */
import type { Summary } from "./simulation-api.ts";

/** One published figure and how to read it off a run. */
export interface Pattern {
  id: string;
  kind: "calibration" | "validation";
  /** What is measured, in words. */
  figure: string;
  /** The published value or range, as the source states it. */
  published: string;
  /** The range the model's figure should fall in to count as agreeing. */
  low: number;
  high: number;
  /** Keys of docs/sources.md. */
  source: string;
  /** The run's value, or null when the run has nothing to measure (e.g. no request sent). */
  value(summary: Summary): number | null;
}

const n = (s: Summary, k: string): number => s[k] ?? 0;
const per = (num: number, den: number): number | null => (den > 0 ? num / den : null);

/** The figures, calibration targets first. */
export const PATTERNS: readonly Pattern[] = [
  {
    id: "theft-volume",
    kind: "calibration",
    figure: "actual_crime: package thefts per 1,000 households per 30 days",
    published: "~12-13 (about 15% of people lose a package a year)",
    low: 10,
    high: 16,
    source: "securityorg-2024-package-theft",
    value: (s) => s.actual_crime ?? null,
  },
  {
    id: "camera-adoption",
    kind: "calibration",
    figure: "camera_adoption: share of households with a doorbell camera",
    published: "~20% (2023) to ~27% (2025) of US internet households",
    low: 0.18,
    high: 0.27,
    source: "parks-2025-video-doorbells",
    value: (s) => s.camera_adoption ?? null,
  },
  {
    id: "owners-per-request",
    kind: "calibration",
    figure: "owners asked per portal request",
    published: "~14.5 (22 requests reached 319 owners)",
    low: 12,
    high: 17,
    source: "gizmodo-2019-fort-lauderdale",
    value: (s) => per(n(s, "owners_asked") - n(s, "footage_requests_direct"), n(s, "footage_requests_portal")),
  },
  {
    id: "owner-share-rate",
    kind: "calibration",
    figure: "owner_share_rate: share of asked owners who share",
    published: "~3.5%",
    low: 0.025,
    high: 0.045,
    source: "gizmodo-2019-fort-lauderdale",
    value: (s) => s.owner_share_rate ?? null,
  },
  {
    id: "fr-group-disparity",
    kind: "calibration",
    figure: "fr_false_match_disparity: highest group's false matches per search over the lowest's",
    published: "~3 (12.5% of Black vs 4.0% of white members of Congress)",
    low: 2,
    high: 5,
    source: "aclu-2018-congress",
    value: (s) => s.fr_false_match_disparity ?? null,
  },
  {
    id: "department-signups",
    kind: "calibration",
    figure: "app_signups_promoted per household per year (runs in which the department promotes the app)",
    published: "~10% of households a year (Chandler AZ: >20,000 residents on the app, ~21% of ~95,000 households, over about two years)",
    low: 0.06,
    high: 0.14,
    source: "wapo-2020-ring-police, census-2019-quickfacts",
    // No sign-up at all means the scenario has no promotion (policy.policePromotion or cameraGiveaway): nothing to measure.
    value: (s) => (n(s, "app_signups_promoted") > 0 ? per(n(s, "app_signups_promoted") * 365, n(s, "households") * n(s, "days_summarised")) : null),
  },
  {
    id: "suspicious-innocent",
    kind: "validation",
    figure: "share_suspicious_innocent: 'suspicious person' posts about people who did nothing wrong",
    published: "most (>100 posts reviewed)",
    low: 0.5,
    high: 1,
    source: "motherboard-2019-suspicious-posts",
    value: (s) => s.share_suspicious_innocent ?? null,
  },
  {
    id: "posts-not-crime",
    kind: "validation",
    figure: "share of posts not about any crime ('suspicious' posts about innocent people / all posts)",
    published: "30% of a sample of posts sent to the LAPD",
    low: 0.2,
    high: 0.4,
    source: "markup-latimes-nd-lapd-posts",
    value: (s) => per(n(s, "posts_suspicious_innocent"), n(s, "posts_crime") + n(s, "posts_suspicious")),
  },
  {
    id: "sting-arrests",
    kind: "validation",
    figure: "sting_arrests per operation (runs with baits placed)",
    published: "0 (Aurora; Roseville no bait taken), 2 (Sacramento), 12 in ~4 days (Jersey City)",
    low: 0,
    high: 12,
    source: "motherboard-2019-aurora-sting, sacbee-nd-roseville-sting, news12-2018-jersey-city-sting",
    value: (s) => (n(s, "sting_baits_placed") > 0 ? n(s, "sting_arrests") : null),
  },
];
