/**
 * The run summary (summary.json): every metric over the days after warm-up — counts
 * summed, levels averaged — plus the ratios a policymaker asks for.
 *
 * API: `summarise(rows: DailyRow[], catalogue: MetricInfo[], warmupDays: number): Summary`,
 *      `ratio(n, d)`, `groupDisparity(numerators, denominators)`, `DISPARITIES`,
 *      `disparityCounts(summary, disparity)`.
 *
 * A ratio whose denominator is zero is undefined and is `null` (never 0, never the
 * numerator); so is a disparity when either group compared has no events. The raw
 * numerator and denominator of every ratio are in the summary too, and every disparity
 * comes with its 95% interval (`_low`, `_high`) and its per-group counts.
 *
 * Derived keys (G = each group of the catalogue's `<metric>__<group>` columns):
 * - `false_identifications_per_correct` = fr_false_matches / fr_true_matches
 * - `wrongful_arrests_per_rightful`     = arrests_wrongful / (arrests − arrests_wrongful)
 * - `fr_false_match_rate__G`            = fr_false_matches__G / fr_searches__G (per search)
 * - `fr_false_match_disparity`          = groupDisparity of false matches per search
 *                                         (+ `_low`, `_high`: Katz 95% interval)
 * - `wrongful_arrest_rate__G`           = arrests_wrongful__G per 1,000 households of G
 *                                         (mean of the `households__G` level) over the period
 * - `wrongful_arrest_disparity`         = groupDisparity of wrongful arrests per household
 *                                         (+ `_low`, `_high`)
 * - `clearance_rate`                    = thefts_cleared / thefts_reported
 * - `officer_hours_per_cleared_theft`   = police_officer_hours / thefts_cleared
 * - `share_shared_without_warrant`      = clips_obtained_without_warrant / clips_obtained
 * - `share_obtained_without_consent`    = clips_obtained_without_consent / clips_obtained
 * - `owner_share_rate`                  = owners_shared / owners_asked
 * - `share_suspicious_innocent`         = posts_suspicious_innocent / posts_suspicious
 * - `theft_rate_per_package`            = packages_stolen / packages_delivered
 * - `perceived_to_actual_ratio`         = mean perceived_crime / mean actual_crime
 * - `sting_officer_hours_per_arrest`    = sting_officer_hours / sting_arrests
 * - `sting_cost_per_arrest_usd`         = sting_cost_usd / sting_arrests
 * - `days_summarised`                   = number of post-warm-up days
 */
import { rateRatio, type RateRatio } from "../../core/index.ts";
import type { DailyRow, MetricInfo, Summary } from "../simulation-api.ts";

/** Households per unit of the per-capita wrongful-arrest rate. */
const PER_HOUSEHOLDS = 1000;

/**
 * A disparity between groups the summary reports: the events (numerator) and the units at
 * risk (denominator) of each group are by-group metrics `<events>__G`, `<base>__G`.
 */
export interface DisparityDef {
  key: string;
  events: string;
  base: string;
}

/** The disparities of the summary, with the by-group counts they are computed from. */
export const DISPARITIES: readonly DisparityDef[] = [
  { key: "fr_false_match_disparity", events: "fr_false_matches", base: "fr_searches" },
  { key: "wrongful_arrest_disparity", events: "arrests_wrongful", base: "households" },
];

/** One group's counts behind a disparity. */
export interface GroupCounts {
  group: string;
  events: number;
  base: number;
}

/**
 * The by-group counts a disparity of `summary` was computed from (shown beside it, above
 * all when it is null).
 *
 * @example
 * disparityCounts({ fr_false_matches__a: 1, fr_searches__a: 17 }, DISPARITIES[0]); // [{ group: "a", events: 1, base: 17 }]
 */
export function disparityCounts(summary: Summary, d: DisparityDef): GroupCounts[] {
  const prefix = `${d.events}__`;
  return Object.keys(summary)
    .filter((k) => k.startsWith(prefix))
    .map((k) => {
      const group = k.slice(prefix.length);
      return { group, events: summary[k] ?? 0, base: summary[`${d.base}__${group}`] ?? 0 };
    });
}

/**
 * Ratio n / d, or null when the denominator is zero (the ratio is undefined).
 *
 * @example
 * ratio(6, 3); // 2
 * ratio(0, 0); // null
 * ratio(5, 0); // null
 */
export function ratio(n: number, d: number): number | null {
  return d > 0 ? n / d : null;
}

/**
 * How unequal a rate is across groups: the highest group rate over the lowest, with the
 * Katz 95% interval of that ratio (core `rateRatio`). Rate of group g = numerators[g] /
 * denominators[g]; groups with a zero denominator have no rate and are left out. Null when
 * fewer than two groups have a rate or when either group compared has no events (a group
 * with no events makes the ratio infinite or undefined; the counts say what happened).
 *
 * @example
 * groupDisparity([10, 40], [100, 100])?.ratio; // 4
 * groupDisparity([0, 5], [100, 100]);          // null: group 0 has no events
 * groupDisparity([3, 3], [100, 0]);            // null: only one group has a rate
 */
export function groupDisparity(numerators: readonly number[], denominators: readonly number[]): RateRatio | null {
  let hi = -1;
  let lo = -1;
  for (let g = 0; g < numerators.length; g++) {
    if (!(denominators[g] > 0)) continue;
    const rate = numerators[g] / denominators[g];
    if (hi < 0 || rate > numerators[hi] / denominators[hi]) hi = g;
    if (lo < 0 || rate <= numerators[lo] / denominators[lo]) lo = g; // the last lowest: equal rates still compare two groups
  }
  if (hi < 0 || hi === lo) return null;
  return rateRatio(numerators[hi], denominators[hi], numerators[lo], denominators[lo]);
}

/**
 * Summary of a run: every catalogue metric (except `day`) over the rows whose `day` is at
 * least `warmupDays` (rows without a `day` use their position) — counts summed, levels
 * averaged — then the derived keys listed in this file's header. With no post-warm-up
 * day, counts are 0 and levels 0.
 *
 * @example
 * const cat = metricCatalogue(["a", "b"]);
 * const s = summarise(rows, cat, 30);
 * s.fr_false_matches;              // total after day 30
 * s.false_identifications_per_correct;
 */
export function summarise(rows: readonly DailyRow[], catalogue: readonly MetricInfo[], warmupDays: number): Summary {
  const kept = rows.filter((row, i) => (row.day ?? i) >= warmupDays);
  const out: Summary = {};
  for (const m of catalogue) {
    if (m.name === "day") continue;
    let sum = 0;
    for (const row of kept) {
      const v = row[m.name];
      if (Number.isFinite(v)) sum += v;
    }
    out[m.name] = m.kind === "count" ? sum : kept.length > 0 ? sum / kept.length : 0;
  }
  const v = (name: string): number => out[name] ?? 0;

  out.days_summarised = kept.length;
  out.false_identifications_per_correct = ratio(v("fr_false_matches"), v("fr_true_matches"));
  out.wrongful_arrests_per_rightful = ratio(v("arrests_wrongful"), v("arrests") - v("arrests_wrongful"));
  out.clearance_rate = ratio(v("thefts_cleared"), v("thefts_reported"));
  out.officer_hours_per_cleared_theft = ratio(v("police_officer_hours"), v("thefts_cleared"));
  out.share_shared_without_warrant = ratio(v("clips_obtained_without_warrant"), v("clips_obtained"));
  out.share_obtained_without_consent = ratio(v("clips_obtained_without_consent"), v("clips_obtained"));
  out.owner_share_rate = ratio(v("owners_shared"), v("owners_asked"));
  out.share_suspicious_innocent = ratio(v("posts_suspicious_innocent"), v("posts_suspicious"));
  out.theft_rate_per_package = ratio(v("packages_stolen"), v("packages_delivered"));
  out.perceived_to_actual_ratio = ratio(v("perceived_crime"), v("actual_crime"));
  out.sting_officer_hours_per_arrest = ratio(v("sting_officer_hours"), v("sting_arrests"));
  out.sting_cost_per_arrest_usd = ratio(v("sting_cost_usd"), v("sting_arrests"));

  const groups = groupsOf(catalogue, "fr_searches");
  groups.forEach((g) => (out[`fr_false_match_rate__${g}`] = ratio(v(`fr_false_matches__${g}`), v(`fr_searches__${g}`))));
  const arrestGroups = groupsOf(catalogue, "arrests_wrongful");
  arrestGroups.forEach((g) => (out[`wrongful_arrest_rate__${g}`] = ratio(v(`arrests_wrongful__${g}`), v(`households__${g}`) / PER_HOUSEHOLDS)));

  for (const d of DISPARITIES) {
    const names = groupsOf(catalogue, d.events);
    const found = groupDisparity(
      names.map((g) => v(`${d.events}__${g}`)),
      names.map((g) => v(`${d.base}__${g}`)),
    );
    out[d.key] = found?.ratio ?? null;
    out[`${d.key}_low`] = found?.low ?? null;
    out[`${d.key}_high`] = found?.high ?? null;
  }
  return out;
}

/** The group names of a by-group metric, in catalogue order. */
function groupsOf(catalogue: readonly MetricInfo[], metric: string): string[] {
  const prefix = `${metric}__`;
  return catalogue.filter((m) => m.name.startsWith(prefix)).map((m) => m.name.slice(prefix.length));
}
