/**
 * The headline measures: what a council asks about first, in reading order. The
 * dashboard's Compare and Explore tables and `doorstep compare` show these by default
 * (every other measure on request), so all hosts lead with the same figures.
 */
export const HEADLINE_METRICS = [
  "packages_stolen",
  "thefts_reported",
  "arrests",
  "arrests_wrongful",
  "clips_obtained",
  "clips_obtained_without_consent",
  "innocents_in_shared_footage",
  "fr_false_matches",
  "posts_suspicious_innocent",
  "alert_innocents_shown",
  "perceived_crime",
  "share_believing_crime_rising",
  "actual_crime",
  "camera_adoption",
] as const;
