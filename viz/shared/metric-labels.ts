/**
 * Plain-language names for the model's metrics, for audiences who do not read column
 * names. Daily metrics take the label their part declares (`label` in the model's
 * MetricInfo, or the generated table of the shipped parts); the derived summary keys are
 * labelled here. Anything else falls back to the MetricInfo description, then to the name
 * with spaces.
 */
import type { MetricInfo } from "../../sim/index.ts";
import { DAILY_METRIC_LABELS } from "./metric-labels.generated.ts";

/** Labels of the keys the summary derives (ratios, rates, disparities), which no part declares. */
const SUMMARY_LABELS: Record<string, string> = {
  arrests_rightful: "Correct arrests",
  clearance_rate: "Share of reported thefts solved",
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
  fr_false_match_disparity: "False-match disparity between groups (highest group rate ÷ lowest)",
  fr_false_match_disparity_low: "False-match disparity, 95% interval low",
  fr_false_match_disparity_high: "False-match disparity, 95% interval high",
  wrongful_arrest_disparity: "Wrongful-arrest disparity between groups (highest group rate ÷ lowest)",
  wrongful_arrest_disparity_low: "Wrongful-arrest disparity, 95% interval low",
  wrongful_arrest_disparity_high: "Wrongful-arrest disparity, 95% interval high",
};

const LABELS: Record<string, string> = { ...DAILY_METRIC_LABELS, ...SUMMARY_LABELS };

/** A readable label for a metric, with ", group x" for by-group metrics; a label the model declares comes first. */
export function metricLabel(name: string, info?: MetricInfo): string {
  if (info?.label) return info.label;
  const [base, group] = name.split("__");
  const label = LABELS[base] ?? (info?.description && info.description.length < 70 ? info.description : base.replace(/_/g, " "));
  const text = label.charAt(0).toUpperCase() + label.slice(1);
  return group ? `${text}, group ${group}` : text;
}
