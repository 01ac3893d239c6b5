/**
 * The true trend of crime over a trailing window: the least-squares slope of the daily
 * theft counts of the last `windowDays` days, divided by their mean and scaled to a year
 * — a relative rate of change per year (−0.51 when thefts fall by 40% a year, ln 0.6;
 * 0 with a flat rate). Ground truth for the analyst (`actual_crime_trend`), never seen by
 * residents.
 *
 * API:
 * ```ts
 * const trend = createTrendWindow(90);   // once
 * trend.addDay(thefts);                 // at the end of each day
 * rec.set("actual_crime_trend", trend.ratePerYear());
 * ```
 */

/** Days in a year, for the rate per year. */
const DAYS_PER_YEAR = 365;
/** Days the window must hold before a slope means anything. */
const MIN_DAYS = 14; // technical: a slope over a few days is all noise

/** Daily counts over a trailing window and their relative trend. */
export interface TrendWindow {
  addDay(count: number): void;
  /** Relative change per year of the counts in the window (0 with fewer than 14 days or no counts). */
  ratePerYear(): number;
}

/**
 * A rolling window of daily counts with their least-squares trend.
 *
 * @example
 * const w = createTrendWindow(90);
 * for (let d = 0; d < 90; d++) w.addDay(10 - d / 10);
 * w.ratePerYear(); // -6.6: falling by 0.1 a day from a mean of 5.55
 */
export function createTrendWindow(windowDays: number): TrendWindow {
  if (!Number.isInteger(windowDays) || windowDays < 2) {
    throw new Error(`createTrendWindow: windowDays must be a whole number >= 2, got ${windowDays}.`);
  }
  const ring = new Float64Array(windowDays);
  let next = 0;
  let days = 0;
  return {
    addDay(count) {
      ring[next] = count;
      next = (next + 1) % windowDays;
      days = Math.min(days + 1, windowDays);
    },
    ratePerYear() {
      if (days < MIN_DAYS) return 0;
      // x = 0 for the oldest day in the window, days − 1 for the newest.
      const oldest = (next - days + windowDays) % windowDays;
      let sumY = 0;
      let sumXY = 0;
      for (let x = 0; x < days; x++) {
        const y = ring[(oldest + x) % windowDays];
        sumY += y;
        sumXY += x * y;
      }
      const meanX = (days - 1) / 2;
      const meanY = sumY / days;
      if (meanY <= 0) return 0;
      const sxx = (days * (days * days - 1)) / 12;
      const slope = (sumXY - days * meanX * meanY) / sxx;
      return (slope / meanY) * DAYS_PER_YEAR;
    },
  };
}
