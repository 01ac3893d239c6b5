/**
 * The units of the keys the run summary derives (ratios, rates, disparities; see
 * summarise.ts), which no part declares, so that every summary key has a unit wherever
 * it is shown: the dashboard's pages, `doorstep run` and `doorstep compare`.
 *
 * API: `summaryUnit(name, catalogue)` — a declared metric's unit, else a derived key's.
 */
import type { MetricInfo } from "../simulation-api.ts";

/** Units of the derived keys; a by-group key (`<key>__<group>`) takes its key's unit. */
const DERIVED_UNITS: Readonly<Record<string, string>> = {
  days_summarised: "days",
  false_identifications_per_correct: "false matches per correct match",
  wrongful_arrests_per_rightful: "wrongful arrests per correct arrest",
  clearance_rate: "fraction of reported thefts",
  officer_hours_per_cleared_theft: "hours per solved theft",
  share_shared_without_warrant: "fraction of obtained clips",
  share_obtained_without_consent: "fraction of obtained clips",
  owner_share_rate: "fraction of asked owners",
  share_suspicious_innocent: "fraction of 'suspicious' posts",
  theft_rate_per_package: "fraction of delivered packages",
  perceived_to_actual_ratio: "ratio",
  sting_officer_hours_per_arrest: "hours per sting arrest",
  sting_cost_per_arrest_usd: "USD per sting arrest",
  fr_false_match_rate: "fraction of searches",
  wrongful_arrest_rate: "wrongful arrests per 1,000 households",
  fr_false_match_disparity: "ratio of group rates",
  fr_false_match_disparity_low: "ratio of group rates",
  fr_false_match_disparity_high: "ratio of group rates",
  wrongful_arrest_disparity: "ratio of group rates",
  wrongful_arrest_disparity_low: "ratio of group rates",
  wrongful_arrest_disparity_high: "ratio of group rates",
};

/**
 * The unit of a summary key: the catalogue's for a declared metric, the table above for a
 * derived one, "" for a name neither knows.
 *
 * @example
 * summaryUnit("packages_stolen", catalogue);      // "packages"
 * summaryUnit("clearance_rate", catalogue);       // "fraction of reported thefts"
 * summaryUnit("fr_false_match_rate__b", catalogue); // "fraction of searches"
 */
export function summaryUnit(name: string, catalogue: readonly MetricInfo[]): string {
  const declared = catalogue.find((m) => m.name === name);
  if (declared) return declared.unit;
  return DERIVED_UNITS[name] ?? DERIVED_UNITS[name.split("__")[0]] ?? "";
}
