/**
 * How a metric's value reads for people, driven by its unit, so that the same measure
 * looks the same on every dashboard page and in `doorstep compare`'s table. Shares
 * (units "fraction …", "share …", "probability …") and relative changes are shown as
 * percentages, and a difference between two shares in percentage points ("pp"); every
 * other unit keeps its number, with a few significant digits and thousands separators.
 * Machine-readable outputs (CSV, JSON, summary.json) keep the raw values.
 *
 * API: `metricDisplay(unit)`, `formatMetricValue(value, unit, { difference })`,
 *      `formatQuantity(x, digits)`.
 */

/** How values of one unit are shown. */
export interface MetricDisplay {
  /** True when values are fractions shown as percentages (×100, "%"). */
  percent: boolean;
  /** The unit as shown beside a value ("% of households" for "fraction of households"). */
  unit: string;
  /** The unit of a difference between two values ("percentage points (pp) of households"). */
  differenceUnit: string;
}

const SHARE = /^(?:fraction|share|probability)\b\s*(.*)$/;
const RELATIVE_CHANGE = /^relative change\b\s*(.*)$/;

/**
 * The display of a unit.
 *
 * @example
 * metricDisplay("fraction of households"); // { percent: true, unit: "% of households", differenceUnit: "percentage points (pp) of households" }
 * metricDisplay("packages");               // { percent: false, unit: "packages", differenceUnit: "packages" }
 */
export function metricDisplay(unit: string): MetricDisplay {
  const share = SHARE.exec(unit);
  if (share) return percentDisplay("%", share[1]);
  const change = RELATIVE_CHANGE.exec(unit);
  if (change) return percentDisplay("% change", change[1]);
  return { percent: false, unit, differenceUnit: unit };
}

function percentDisplay(head: string, rest: string): MetricDisplay {
  const tail = rest ? ` ${rest}` : "";
  return { percent: true, unit: `${head}${tail}`, differenceUnit: `percentage points (pp)${tail}` };
}

/** Options of `formatMetricValue`. */
export interface FormatOptions {
  /** A difference between two values: signed, and in percentage points for shares. */
  difference?: boolean;
  /** With `difference`: no "+" before a positive difference. */
  unsigned?: boolean;
}

/**
 * A value of a metric with unit `unit`, for people: a share as a percentage ("1.44%"),
 * with `difference` a signed difference ("+1.44 pp" for shares, "+12" otherwise; no "+"
 * with `unsigned`, for a sentence that says "higher" itself); an undefined value (null,
 * NaN: a ratio with nothing to divide by) as "n/a".
 *
 * @example
 * formatMetricValue(0.0144, "fraction of households");                       // "1.44%"
 * formatMetricValue(0.0144, "fraction of households", { difference: true }); // "+1.44 pp"
 * formatMetricValue(1234.5, "packages");                                     // "1,235"
 * formatMetricValue(null, "ratio");                                          // "n/a"
 */
export function formatMetricValue(value: number | null, unit: string, opts: FormatOptions = {}): string {
  if (value === null || !Number.isFinite(value)) return "n/a";
  const { percent } = metricDisplay(unit);
  const shown = percent ? value * 100 : value;
  const sign = opts.difference && !opts.unsigned && shown > 0 ? "+" : "";
  const text = `${sign}${formatQuantity(shown)}`;
  if (!percent) return text;
  return opts.difference ? `${text} pp` : `${text}%`;
}

/**
 * A number for people: `digits` significant digits below 1,000, whole numbers with
 * thousands separators above; not a number (an undefined ratio) as "n/a".
 *
 * @example
 * formatQuantity(0.012345); // "0.0123"
 * formatQuantity(12.345);   // "12.35"
 * formatQuantity(12345.6);  // "12,346"
 */
export function formatQuantity(x: number, digits = 3): string {
  if (!Number.isFinite(x)) return "n/a";
  if (x === 0) return "0";
  const a = Math.abs(x);
  if (a >= 1000) return Math.round(x).toLocaleString("en-US");
  if (a >= 1) return Number(x.toPrecision(digits + 1)).toLocaleString("en-US", { maximumFractionDigits: 2 });
  return Number(x.toPrecision(digits)).toString();
}
