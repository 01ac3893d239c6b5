/**
 * The run summary (summary.json): every metric over the days after warm-up — counts
 * summed, levels averaged — plus the ratios a policymaker asks for.
 *
 * API: `summarise(rows: DailyRow[], catalogue: MetricInfo[], warmupDays: number): Record<string, number>`,
 *      `ratio(n, d)`, `groupDisparity(numerators, denominators)`.
 *
 * Every value is a finite number (the summary must survive JSON): ratios follow
 * {@link ratio} and disparities {@link groupDisparity}, both zero-safe by rule. The raw
 * numerator and denominator of every ratio are in the summary too, so readers who prefer
 * "undefined" can recompute it.
 *
 * Derived keys (G = each group of the catalogue's `<metric>__<group>` columns):
 * - `false_identifications_per_correct` = fr_false_matches / fr_true_matches
 * - `wrongful_arrests_per_rightful`     = arrests_wrongful / (arrests − arrests_wrongful)
 * - `fr_false_match_rate__G`            = fr_false_matches__G / fr_searches__G (per search)
 * - `fr_false_match_disparity`          = groupDisparity over groups of those rates
 * - `wrongful_arrest_rate__G`           = arrests_wrongful__G per 1,000 households of G
 *                                         (mean of the `households__G` level) over the period
 * - `wrongful_arrest_disparity`         = groupDisparity over groups of those rates
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
import type { DailyRow, MetricInfo } from "../simulation-api.ts";

/** Households per unit of the per-capita wrongful-arrest rate. */
const PER_HOUSEHOLDS = 1000;

/**
 * Zero-safe ratio: n / d when d > 0; 0 when both are 0; n when only d is 0 (as if the
 * denominator were one unit: for counts a lower bound of the undefined ratio, e.g.
 * "at least 12 false identifications per correct one" when none was correct).
 *
 * @example
 * ratio(6, 3); // 2
 * ratio(0, 0); // 0
 * ratio(5, 0); // 5
 */
export function ratio(n: number, d: number): number {
  if (d > 0) return n / d;
  return n === 0 ? 0 : n;
}

/**
 * How unequal a rate is across groups: the highest group rate over the lowest, so 1 means
 * no disparity. Rate of group g = numerators[g] / denominators[g]; groups with a zero
 * denominator have no rate and are left out. Zero-safe rules: fewer than two groups with
 * a rate, or no events at all, give 1; a group with a rate of zero counts as if it had
 * one event (rate 1 / denominator) — then the result is a lower bound of the (infinite)
 * true ratio; the result is never below 1.
 *
 * @example
 * groupDisparity([10, 40], [100, 100]); // 4
 * groupDisparity([0, 5], [100, 100]);   // 5 (group 0 counted as 1 event)
 * groupDisparity([3, 3], [100, 0]);     // 1 (only one group has a rate)
 */
export function groupDisparity(numerators: readonly number[], denominators: readonly number[]): number {
  let maxRate = -Infinity;
  let minRate = Infinity;
  let groupsWithRate = 0;
  for (let g = 0; g < numerators.length; g++) {
    const d = denominators[g];
    if (!(d > 0)) continue;
    groupsWithRate++;
    const n = numerators[g];
    maxRate = Math.max(maxRate, n / d);
    minRate = Math.min(minRate, (n > 0 ? n : 1) / d);
  }
  if (groupsWithRate < 2 || maxRate <= 0) return 1;
  return Math.max(1, maxRate / minRate);
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
export function summarise(rows: readonly DailyRow[], catalogue: readonly MetricInfo[], warmupDays: number): Record<string, number> {
  const kept = rows.filter((row, i) => (row.day ?? i) >= warmupDays);
  const out: Record<string, number> = {};
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
  const frFalse = groups.map((g) => v(`fr_false_matches__${g}`));
  const frSearches = groups.map((g) => v(`fr_searches__${g}`));
  groups.forEach((g, i) => (out[`fr_false_match_rate__${g}`] = ratio(frFalse[i], frSearches[i])));
  out.fr_false_match_disparity = groupDisparity(frFalse, frSearches);

  const arrestGroups = groupsOf(catalogue, "arrests_wrongful");
  const wrongful = arrestGroups.map((g) => v(`arrests_wrongful__${g}`));
  const perThousand = arrestGroups.map((g) => v(`households__${g}`) / PER_HOUSEHOLDS);
  arrestGroups.forEach((g, i) => (out[`wrongful_arrest_rate__${g}`] = ratio(wrongful[i], perThousand[i])));
  out.wrongful_arrest_disparity = groupDisparity(wrongful, perThousand);
  return out;
}

/** The group names of a by-group metric, in catalogue order. */
function groupsOf(catalogue: readonly MetricInfo[], metric: string): string[] {
  const prefix = `${metric}__`;
  return catalogue.filter((m) => m.name.startsWith(prefix)).map((m) => m.name.slice(prefix.length));
}
