/**
 * The holiday peak of deliveries: a bell-shaped rise around a day of the year, scaled so
 * that the yearly mean of the factor is 1 (the weekly parcel rate stays the yearly average).
 *
 * API:
 * ```ts
 * seasonFactor(dayOfYear, { seasonality: 0.5, seasonPeakDayOfYear: 350, seasonPeakWidthDays: 15 }) // ~1.4 on 16 December
 * dayOfYear(runDay, warmupDays, startDayOfYear)   // 1..365
 * ```
 */

/** Days in the model's year. */
const YEAR = 365;

/** The shape of the season: peak height over the off-season, peak day and width. */
export interface SeasonShape {
  seasonality: number;
  seasonPeakDayOfYear: number;
  seasonPeakWidthDays: number;
}

/** The un-normalised bell: 1 off-season, 1 + seasonality on the peak day (circular over the year). */
function bell(day: number, s: SeasonShape): number {
  const raw = Math.abs(day - s.seasonPeakDayOfYear) % YEAR;
  const distance = Math.min(raw, YEAR - raw);
  return 1 + s.seasonality * Math.exp(-0.5 * (distance / s.seasonPeakWidthDays) ** 2);
}

/**
 * The delivery-rate factor on a day of the year (1..365); its mean over the year is 1.
 *
 * @example
 * seasonFactor(350, { seasonality: 0, seasonPeakDayOfYear: 350, seasonPeakWidthDays: 15 }); // 1
 */
export function seasonFactor(day: number, s: SeasonShape): number {
  if (s.seasonality === 0) return 1;
  let sum = 0;
  for (let d = 1; d <= YEAR; d++) sum += bell(d, s);
  return bell(day, s) / (sum / YEAR);
}

/**
 * The day of the year (1..365) of a run day (0 = the first warm-up day), when the first
 * reported day is `startDayOfYear`.
 *
 * @example
 * dayOfYear(14, 14, 1); // 1
 * dayOfYear(0, 14, 1);  // 352: the warm-up lies in the December before
 */
export function dayOfYear(runDay: number, warmupDays: number, startDayOfYear: number): number {
  return ((((startDayOfYear - 1 + runDay - warmupDays) % YEAR) + YEAR) % YEAR) + 1;
}
