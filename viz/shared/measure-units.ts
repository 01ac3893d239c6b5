/**
 * The unit of a measure on the dashboard's pages, and its values written by that unit:
 * one look for a measure on Explore, Compare and Learn, and the same as `doorstep
 * compare`'s table (both go through the model's `formatMetricValue`). Shares show as
 * percentages, differences of shares in percentage points.
 */
import {
  formatMetricValue,
  metricDisplay,
  SHIPPED_MODEL,
  summaryUnit,
  type FormatOptions,
  type MetricDisplay,
  type MetricInfo,
} from "../../sim/index.ts";

/** How a measure is shown: its declared unit, its display, and whether it is summed or averaged. */
export interface MeasureUnit {
  /** The unit as the model declares it ("fraction of households"); "" when unknown. */
  unit: string;
  display: MetricDisplay;
  /** "count": a total over the days after the warm-up; "level": their average; undefined for derived ratios. */
  kind?: "count" | "level";
}

/** The unit of summary key `name` given the run's metric catalogue. */
export function measureUnit(name: string, metrics: readonly MetricInfo[]): MeasureUnit {
  const unit = summaryUnit(name, metrics);
  return { unit, display: metricDisplay(unit), kind: metrics.find((m) => m.name === name)?.kind };
}

let shipped: MetricInfo[] | null = null;

/**
 * The unit of a measure of the shipped model, for pages that have no run's catalogue
 * (Sensitivity reads a table of bare numbers); a by-group column takes its metric's unit.
 */
export function shippedMeasureUnit(name: string): MeasureUnit {
  shipped ??= SHIPPED_MODEL.metricCatalogue([]);
  const own = measureUnit(name, shipped);
  return own.unit ? own : measureUnit(name.split("__")[0], shipped);
}

/**
 * The unit with how the summary takes it: "packages, total after the warm-up",
 * "% of households, average after the warm-up"; with `difference` the unit of a
 * difference ("percentage points (pp) of households, …").
 */
export function unitPhrase(u: MeasureUnit, opts: { difference?: boolean } = {}): string {
  const shown = opts.difference ? u.display.differenceUnit : u.display.unit;
  const over = u.kind === "level" ? "average after the warm-up" : u.kind === "count" ? "total after the warm-up" : "over the days after the warm-up";
  return shown ? `${shown}, ${over}` : over;
}

/** A value of the measure, written by its unit ("1.44%", "+1.44 pp", "1,235", "n/a"). */
export function formatMeasure(value: number | null, u: MeasureUnit, opts: FormatOptions = {}): string {
  return formatMetricValue(value, u.unit, opts);
}

/** The factor from stored values to the values drawn on a chart axis (100 for percentages). */
export function chartScale(u: MeasureUnit): number {
  return u.display.percent ? 100 : 1;
}
