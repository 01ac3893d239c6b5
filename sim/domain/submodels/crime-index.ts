/**
 * Actual crime in the unit of perceived crime: package thefts per 1,000 households per
 * 30 days, and a rolling window of daily theft counts to compute it from.
 *
 * API:
 * ```ts
 * actualCrimeIndex(theftsInWindow, households, windowDays): number
 * const w = createTheftWindow(30);   // once
 * w.addDay(thefts);                  // at the end of each day
 * rec.set("actual_crime", w.index(households));
 * ```
 */

/** Households in the unit "per 1,000 households". */
export const INDEX_HOUSEHOLDS = 1000;
/** Days in the unit "per 30 days". */
export const INDEX_DAYS = 30;

/**
 * Thefts per 1,000 households per 30 days. 0 when there are no households or no days.
 *
 * @example
 * actualCrimeIndex(6, 2000, 30); // 3
 * actualCrimeIndex(6, 2000, 15); // 6
 */
export function actualCrimeIndex(theftsInWindow: number, households: number, windowDays: number): number {
  if (households <= 0 || windowDays <= 0) return 0;
  return ((theftsInWindow / households) * INDEX_HOUSEHOLDS * INDEX_DAYS) / windowDays;
}

/** Thefts over the last `windowDays` days, kept in a ring buffer. */
export interface TheftWindow {
  addDay(thefts: number): void;
  /** Thefts over the days added, at most the last `windowDays`. */
  readonly total: number;
  /** Days in the window so far (fewer than windowDays at the start). */
  readonly days: number;
  /** actualCrimeIndex over the days so far (so the first days are not diluted by zeros). */
  index(households: number): number;
}

/**
 * A rolling window of daily theft counts.
 *
 * @example
 * const w = createTheftWindow(30);
 * w.addDay(2); w.addDay(4);
 * w.index(1000); // 6 thefts in 2 days per 1,000 households -> 90 per 30 days
 */
export function createTheftWindow(windowDays: number): TheftWindow {
  if (!Number.isInteger(windowDays) || windowDays < 1) {
    throw new Error(`createTheftWindow: windowDays must be a whole number >= 1, got ${windowDays}.`);
  }
  const ring = new Float64Array(windowDays);
  let next = 0;
  let days = 0;
  let total = 0;
  return {
    addDay(thefts) {
      total += thefts - ring[next];
      ring[next] = thefts;
      next = (next + 1) % windowDays;
      days = Math.min(days + 1, windowDays);
    },
    get total() {
      return total;
    },
    get days() {
      return days;
    },
    index(households) {
      return actualCrimeIndex(total, households, days);
    },
  };
}
