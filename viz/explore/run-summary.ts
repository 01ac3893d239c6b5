/**
 * The summary of a finished Explore run (the model's totals and averages over the days
 * after the warm-up, plus its derived ratios) as a table with units: headline measures
 * first, everything else in a fold. Exportable as CSV like every table; the run's
 * reported thefts and arrests download as `cases.csv` and `arrests.csv`, as `doorstep run`
 * writes them.
 */
import { arrestsCsv, casesCsv, DISPARITIES, disparityCounts, type MetricInfo, type RunRecords, type Summary } from "../../sim/index.ts";
import { button, el } from "../shared/dom.ts";
import { downloadText } from "../shared/download.ts";
import { formatMeasure, measureUnit, unitPhrase } from "../shared/measure-units.ts";
import { metricLabel } from "../shared/metric-labels.ts";
import { fmt } from "../shared/stats.ts";
import { dataTable } from "../shared/table.ts";
import { HEADLINE } from "../compare/compare-results.ts";

/** Renders `summary` into `box` (emptied first), with downloads of the run's `records`. */
export function renderRunSummary(box: HTMLElement, summary: Summary, metrics: MetricInfo[], caption: string, records: RunRecords): void {
  const names = Object.keys(summary).filter((k) => k !== "day");
  const info = (m: string) => metrics.find((x) => x.name === m);
  const unit = (m: string) => {
    const d = DISPARITIES.find((x) => x.key === m);
    if (d)
      return `by group, ${d.events} / ${d.base}: ${disparityCounts(summary, d)
        .map((c) => `${c.group} ${fmt(c.events)} / ${fmt(c.base)}`)
        .join(", ")}`;
    return unitPhrase(measureUnit(m, metrics));
  };
  const columns = [
    {
      key: "measure",
      label: "Measure",
      cell: (m: string): [string, string] => [metricLabel(m, info(m)), unit(m)],
      // The CSV holds the raw values (fractions for shares), so its unit is the declared one.
      csv: (m: string) => ({ metric: m, unit: measureUnit(m, metrics).unit }),
    },
    {
      key: "value",
      label: "Value",
      cell: (m: string) => formatMeasure(summary[m] ?? null, measureUnit(m, metrics)),
      csv: (m: string) => ({ value: summary[m] }),
    },
  ];
  const head = HEADLINE.filter((m) => names.includes(m));
  box.replaceChildren(
    el("h2", {}, "Summary of the run"),
    dataTable(`Headline measures: ${caption}`, columns, head),
    el(
      "details",
      { class: "all-measures" },
      el("summary", {}, `All ${names.length} measures`),
      dataTable(`All measures: ${caption}`, columns, names),
    ),
    el(
      "p",
      { class: "record-downloads" },
      button(`Download cases.csv (${records.cases.length} reported thefts)`, () => downloadText(casesCsv(records.cases), "cases.csv", "text/csv")),
      " ",
      button(`Download arrests.csv (${records.arrests.length} arrests)`, () => downloadText(arrestsCsv(records.arrests), "arrests.csv", "text/csv")),
    ),
  );
}
