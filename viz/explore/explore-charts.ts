/**
 * The headline charts of a run, by day: which metrics each one draws, how they are
 * labelled, and the vega-lite spec. Rows are long (day, series, value) so one spec fits
 * any number of series; by-group series appear for whatever groups the model reports.
 */
import type { DailyRow, MetricInfo } from "../../sim/index.ts";
import { metricLabel } from "../shared/metric-labels.ts";

export interface SeriesDef {
  label: string;
  /** Metrics the series needs; the series is left out when one is missing. */
  needs: string[];
  value(row: DailyRow): number;
}

export interface ChartDef {
  id: string;
  title: string;
  note: string;
  /** "count" charts can show running totals; "level" charts always show the level. */
  kind: "count" | "level";
  series(metrics: MetricInfo[]): SeriesDef[];
  /** Values are fractions, shown as percentages. */
  percent?: boolean;
  /** y-axis title with its unit. */
  yTitle(metrics: MetricInfo[]): string;
}

const metricSeries = (name: string, label?: string): SeriesDef => ({
  label: label ?? metricLabel(name),
  needs: [name],
  value: (r) => r[name] ?? NaN,
});

const unitOf = (metrics: MetricInfo[], name: string, fallback: string): string => metrics.find((m) => m.name === name)?.unit || fallback;

const groupsOf = (metrics: MetricInfo[], base: string): string[] => metrics.filter((m) => m.name.startsWith(`${base}__`)).map((m) => m.name);

export const CHARTS: ChartDef[] = [
  {
    id: "thefts",
    title: "Package thefts: what happened vs what was reported",
    note: "The gap between the lines is theft the police never hear about.",
    kind: "count",
    series: () => [metricSeries("packages_stolen", "Packages stolen (actual)"), metricSeries("thefts_reported", "Thefts reported to police")],
    yTitle: (m) => `Per day (${unitOf(m, "packages_stolen", "packages")})`,
  },
  {
    id: "arrests",
    title: "Arrests: right person vs wrong person",
    note: "Wrongful arrests are of people who did not steal anything.",
    kind: "count",
    series: () => [
      { label: "Correct arrests", needs: ["arrests", "arrests_wrongful"], value: (r) => (r.arrests ?? NaN) - (r.arrests_wrongful ?? NaN) },
      metricSeries("arrests_wrongful", "Wrongful arrests"),
    ],
    yTitle: (m) => `Per day (${unitOf(m, "arrests", "people")})`,
  },
  {
    id: "requests",
    title: "Police footage requests, by channel",
    note: "Portal requests ask every camera owner in an area; vendor requests are public posts in the feed, and the agency cannot see who was asked; emergency requests need neither consent nor a warrant.",
    kind: "count",
    series: () => [
      metricSeries("footage_requests_portal", "Through the app portal"),
      metricSeries("footage_requests_direct", "To the company, with consent"),
      metricSeries("footage_requests_warrant", "To the company, with a warrant"),
      metricSeries("footage_requests_emergency", "Emergency, no consent or warrant"),
      metricSeries("footage_requests_vendor", "Posted in the feed through a police-tech vendor"),
    ],
    yTitle: (m) => `Per day (${unitOf(m, "footage_requests_portal", "requests")})`,
  },
  {
    id: "clips",
    title: "Clips police obtained, and innocent people in them",
    note: "Clips obtained through a police channel (victims' own clips are counted apart in the summary). Every clip also records passers-by who did nothing wrong.",
    kind: "count",
    series: () => [
      metricSeries("clips_obtained", "Clips police obtained"),
      metricSeries("innocents_in_shared_footage", "Innocent people in those clips"),
    ],
    yTitle: () => "Per day (clips; people)",
  },
  {
    id: "false-ids",
    title: "False face-recognition matches, by group",
    note: "Each false match points police at the wrong person; compare the groups.",
    kind: "count",
    series: (m) => groupsOf(m, "fr_false_matches").map((n) => metricSeries(n, `Group ${n.split("__")[1]}`)),
    yTitle: (m) => `Per day (${unitOf(m, "fr_false_matches", "matches")})`,
  },
  {
    id: "adoption",
    title: "Camera adoption",
    note: "Share of households with a doorbell camera.",
    kind: "level",
    series: () => [metricSeries("camera_adoption", "Homes with a camera")],
    yTitle: () => "Share of households with a camera (%)",
    percent: true,
  },
  {
    id: "perception",
    title: "Perceived vs actual crime",
    note: "When the lines part, fear of crime is moving on its own.",
    kind: "level",
    series: () => [
      metricSeries("perceived_crime", "Perceived by residents"),
      metricSeries("perceived_crime_app_users", "Perceived by app users"),
      metricSeries("perceived_crime_non_app_users", "Perceived by non-users"),
      metricSeries("actual_crime", "Actual"),
    ],
    yTitle: (m) => unitOf(m, "actual_crime", "index"),
  },
  {
    id: "crime-trend",
    title: "Who believes crime is rising",
    note: "Share of households believing local theft is rising; compare with the true trend on the Perceived vs actual chart.",
    kind: "level",
    series: () => [metricSeries("share_believing_crime_rising", "Believe crime is rising")],
    yTitle: () => "Share of households (%)",
    percent: true,
  },
];

/** The series of a chart that the model actually reports. */
export function availableSeries(def: ChartDef, metrics: MetricInfo[]): SeriesDef[] {
  const names = new Set(metrics.map((m) => m.name));
  return def.series(metrics).filter((s) => s.needs.every((n) => names.has(n)));
}

export interface LongRow {
  day: number;
  series: string;
  value: number;
  [key: string]: unknown;
}

/** Daily rows to long rows for one chart; `firstDay` numbers rows without a `day` column. */
export function longRows(series: SeriesDef[], rows: DailyRow[], firstDay: number): LongRow[] {
  const out: LongRow[] = [];
  rows.forEach((r, i) => {
    const day = typeof r.day === "number" ? r.day : firstDay + i;
    for (const s of series) {
      const v = s.value(r);
      if (Number.isFinite(v)) out.push({ day, series: s.label, value: v });
    }
  });
  return out;
}

/** The vega-lite spec of a by-day chart; `cumulative` draws running totals. */
export function dayChartSpec(
  def: ChartDef,
  metrics: MetricInfo[],
  cumulative: boolean,
  seriesOrder: string[],
  warmupDays = 0,
  changes: readonly ChangeMarker[] = [],
): object {
  const cum = cumulative && def.kind === "count";
  // Two legend columns fit a chart's width only with short names; long ones get a line each
  // rather than being cut off.
  const legendColumns = Math.max(0, ...seriesOrder.map((s) => s.length)) > 24 ? 1 : 2;
  const line = {
    data: { name: "table" },
    transform: cum
      ? [{ window: [{ op: "sum", field: "value", as: "shown" }], groupby: ["series"], sort: [{ field: "day" }], frame: [null, 0] }]
      : [{ calculate: "datum.value", as: "shown" }],
    mark: { type: "line", strokeWidth: 2 },
    encoding: {
      x: { field: "day", type: "quantitative", title: "Day of the run (days)", axis: { tickMinStep: 1 } },
      y: {
        field: "shown",
        type: "quantitative",
        title: axisTitle(cum ? def.yTitle(metrics).replace(/^Per day/, "Running total") : def.yTitle(metrics)),
        axis: { format: def.percent ? ".0%" : ",.4~g" },
      },
      color: { field: "series", type: "nominal", title: null, sort: seriesOrder, scale: { domain: seriesOrder }, legend: { columns: legendColumns } },
      strokeDash: def.id === "perception" ? { field: "series", type: "nominal", legend: null, sort: seriesOrder } : undefined,
      tooltip: [
        { field: "series", title: "Series" },
        { field: "day", title: "Day" },
        { field: "shown", title: cum ? "Running total" : "Value", format: ",.3~f" },
      ],
    },
  };
  const layers: object[] = [];
  // The warm-up (routines, adoption and fear settling; not in the summary) is shaded.
  if (warmupDays > 0) layers.push(warmUpLayer(warmupDays));
  layers.push(line);
  // Dated changes of the scenario's timeline: a dashed rule at the start of their day.
  if (changes.length > 0) layers.push(changesLayer(changes));
  return layers.length === 1 ? line : { layer: layers };
}

/** A dated change of the scenario drawn on the day charts. */
export interface ChangeMarker {
  /** Day of the run (warm-up included) at whose start the change applies. */
  day: number;
  /** What changed, e.g. "policy.name = warrant-required". */
  label: string;
}

/**
 * The markers of a scenario's timeline: one per dated change, at its day of the run.
 *
 * @example
 * timelineMarkers([{ day: 120, set: { "policy.name": "warrant-required" } }], 14);
 * // [{ day: 134, label: "policy.name = warrant-required" }]
 */
export function timelineMarkers(timeline: readonly { day: number; set: Record<string, unknown> }[], warmupDays: number): ChangeMarker[] {
  return timeline.map((c) => ({
    day: warmupDays + c.day,
    label: Object.entries(c.set)
      .map(([k, v]) => `${k} = ${String(v)}`)
      .join("; "),
  }));
}

function changesLayer(changes: readonly ChangeMarker[]): object {
  return {
    data: { values: changes.map((c) => ({ day: c.day, label: c.label })) },
    layer: [
      {
        mark: { type: "rule", color: "#7a4b00", strokeDash: [4, 3], strokeWidth: 1.5 },
        encoding: {
          x: { field: "day", type: "quantitative" },
          tooltip: [
            { field: "day", title: "From day" },
            { field: "label", title: "Change" },
          ],
        },
      },
      {
        mark: { type: "text", align: "left", baseline: "top", dx: 3, dy: 16, color: "#7a4b00", fontSize: 11, limit: 160 },
        encoding: { x: { field: "day", type: "quantitative" }, y: { value: 0 }, text: { field: "label" } },
      },
    ],
  };
}

function warmUpLayer(warmupDays: number): object {
  return {
    data: { values: [{ from: 0, to: warmupDays, label: "warm-up" }] },
    layer: [
      { mark: { type: "rect", color: "#eceff3" }, encoding: { x: { field: "from", type: "quantitative" }, x2: { field: "to" } } },
      {
        mark: { type: "text", align: "left", baseline: "top", dx: 3, dy: 3, color: "#4a5561", fontSize: 11 },
        encoding: { x: { field: "from", type: "quantitative" }, y: { value: 0 }, text: { field: "label" } },
      },
    ],
  };
}

/** Splits a long axis title over two lines so that it is never clipped. */
export function axisTitle(title: string): string | string[] {
  if (title.length <= 60) return title;
  const mid = Math.floor(title.length / 2);
  let cut = title.lastIndexOf(" ", mid);
  if (cut < 8) cut = title.indexOf(" ", mid);
  return cut > 0 ? [title.slice(0, cut), title.slice(cut + 1)] : title;
}
