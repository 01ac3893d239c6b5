/**
 * The results of a policy comparison, read at a glance: plain sentences for the clear
 * differences, dot-and-interval charts of each policy's mean and of its difference from
 * the reference policy, and tables (headline measures; every measure in a fold).
 */
import { HEADLINE_METRICS, type MetricInfo } from "../../sim/index.ts";
import { el } from "../shared/dom.ts";
import { mountChart, type ChartHandle } from "../shared/chart.ts";
import { chartScale, formatMeasure, measureUnit, unitPhrase } from "../shared/measure-units.ts";
import { axisTitle } from "../shared/axis-title.ts";
import { metricLabel } from "../shared/metric-labels.ts";
import { fmt } from "../shared/stats.ts";
import { dataTable } from "../shared/table.ts";
import { commonMetrics, compare, verdict, type MetricComparison, type PolicyRuns } from "./compare-stats.ts";
import { readDifference, replicationsToTell, smallestMeaningfulDifference, MAX_SUGGESTED_REPLICATIONS, type Reading } from "./power.ts";

/** The measures a council asks about first, in reading order (shared with `doorstep compare`). */
export const HEADLINE: readonly string[] = HEADLINE_METRICS;

export interface ResultContext {
  reps: number;
  seed: number;
  /** Title of the base scenario, for captions. */
  baseTitle: string;
}

/** Renders the results into `results`; returns the charts (to finalize on leave). */
export async function renderResults(results: HTMLElement, runs: PolicyRuns[], metrics: MetricInfo[], ctx: ResultContext): Promise<ChartHandle[]> {
  const charts: ChartHandle[] = [];
  const policies = runs.map((r) => r.policy);
  const all = commonMetrics(runs);
  const headline = HEADLINE.filter((m) => all.includes(m));
  const rest = all.filter((m) => !headline.includes(m));
  const comps = compare(runs, [...headline, ...rest]);
  const byName = new Map(comps.map((c) => [c.metric, c]));
  const ref = runs[0].policy;
  const info = (m: string) => metrics.find((x) => x.name === m);
  const label = (m: string) => metricLabel(m, info(m));
  const units = new Map(all.map((m) => [m, measureUnit(m, metrics)]));
  const mu = (m: string) => units.get(m) ?? measureUnit(m, metrics);
  const unit = (m: string) => unitPhrase(mu(m));
  /** A value of measure m as every page and `doorstep compare` write it (shares in %). */
  const value = (m: string, x: number) => formatMeasure(x, mu(m));
  const difference = (m: string, x: number, unsigned = false) => formatMeasure(x, mu(m), { difference: true, unsigned });
  /** How to read policy k's difference from the reference for metric m, and what it would take. */
  const reading = (c: MetricComparison, k: number): { reading: Reading; meaningful: number; needed: number | null } => {
    const meaningful = smallestMeaningfulDifference(c.metric, c.byPolicy[0].ci.mean, mu(c.metric).unit);
    const d = c.diffs[k].ci;
    return { reading: readDifference(d, meaningful), meaningful, needed: replicationsToTell(d) };
  };
  const runsNeeded = (n: number | null) =>
    n === null
      ? "no difference seen so far"
      : n > MAX_SUGGESTED_REPLICATIONS
        ? `more than ${fmt(MAX_SUGGESTED_REPLICATIONS)} runs`
        : `about ${fmt(n)} runs per policy`;
  const shown = headline.length ? headline : all.slice(0, 10);

  // Plain-language headlines: what differs clearly, and by enough to matter, from the
  // reference; then what these runs cannot tell yet, with what it would take.
  const lines = el("ul", { class: "headlines" });
  const unclear: string[] = [];
  for (const c of shown.map((m) => byName.get(m)!)) {
    c.diffs.forEach((d, k) => {
      const r = reading(c, k);
      if (r.reading === "not-enough-runs") unclear.push(`${label(c.metric)} under ${d.policy} (${runsNeeded(r.needed)})`);
      if (r.reading !== "clear" && r.reading !== "negligible") return;
      const v = verdict(d.ci);
      const level = info(c.metric)?.kind === "level";
      const word = level ? (v === "more" ? "higher" : "lower") : v;
      const negligible =
        r.reading === "negligible"
          ? ` This is less than the smallest difference that matters for this measure (${difference(c.metric, r.meaningful, true)}): practically the same.`
          : "";
      lines.append(
        el(
          "li",
          { class: r.reading === "negligible" ? "negligible" : undefined },
          el("strong", {}, `${label(c.metric)}: `),
          `${difference(c.metric, Math.abs(d.ci.mean), true)} ${word} under ${d.policy} than under ${ref} (95% interval of the difference ${difference(c.metric, d.ci.lo)} to ${difference(c.metric, d.ci.hi)}; ${unitPhrase(mu(c.metric), { difference: true })}).${negligible}`,
        ),
      );
    });
  }
  if (!lines.childElementCount) lines.append(el("li", {}, `No headline measure differs clearly from ${ref} with ${ctx.reps} replications.`));
  results.append(el("h2", {}, "At a glance"), lines);
  if (unclear.length)
    results.append(
      el(
        "p",
        { class: "not-enough-runs" },
        `Not enough runs to tell (${ctx.reps} per policy; the runs differ, but the interval still includes no difference): ${unclear.join("; ")}. The numbers of runs are estimated from the spread observed so far; "Run until the differences are clear" adds them.`,
      ),
    );

  // Chart rows are in the unit drawn on the axis (percentages for shares), which the
  // `unit` column names; the tables' CSV keeps the model's raw values.
  const meanRows = shown.flatMap((m) => {
    const k = chartScale(mu(m));
    return byName
      .get(m)!
      .byPolicy.map((b) => ({ measure: label(m), unit: unit(m), policy: b.policy, mean: b.ci.mean * k, lo: b.ci.lo * k, hi: b.ci.hi * k }));
  });
  const diffRows = shown.flatMap((m) => {
    const k = chartScale(mu(m));
    return byName.get(m)!.diffs.map((d) => ({
      measure: label(m),
      unit: unitPhrase(mu(m), { difference: true }),
      policy: `${d.policy} − ${ref}`,
      diff: d.ci.mean * k,
      lo: d.ci.lo * k,
      hi: d.ci.hi * k,
      verdict: verdict(d.ci),
    }));
  });
  const chartBox = el("div", { class: "compare-charts" });
  results.append(chartBox);
  /**
   * One panel per measure, stacked, each on its own value scale with the measure's unit
   * as its axis title (over two lines when long); `layers(title)` gives a panel's layers.
   */
  const panels = (layers: (axisTitle: string | string[]) => object[], difference: boolean) => ({
    data: { name: "table" },
    spacing: 14,
    vconcat: shown.map((m) => ({
      title: { text: label(m), anchor: "start", fontSize: 12, fontWeight: 600, limit: 460 },
      width: 460,
      height: { step: 18 },
      transform: [{ filter: { field: "measure", equal: label(m) } }],
      layer: layers(axisTitle(unitPhrase(mu(m), { difference }))),
    })),
  });
  const valueAxis = { format: ",.4~g", titleAngle: 0, titleAlign: "right", titleAnchor: "end", titleLimit: 460 };
  const verdictScale = { domain: ["more", "fewer", "same"], range: ["#b35c00", "#0b5cad", "#6b7682"] };
  const meanSpec = panels(
    (title) => [
      {
        mark: { type: "rule", strokeWidth: 2 },
        encoding: {
          x: { field: "lo", type: "quantitative", title, scale: { zero: false }, axis: valueAxis },
          x2: { field: "hi" },
          y: { field: "policy", type: "nominal", title: null, sort: policies },
          color: { field: "policy", type: "nominal", legend: null, sort: policies },
        },
      },
      {
        mark: { type: "point", filled: true, size: 70 },
        encoding: {
          x: { field: "mean", type: "quantitative", title },
          y: { field: "policy", type: "nominal", sort: policies },
          color: { field: "policy", type: "nominal", legend: null, sort: policies },
          tooltip: [
            { field: "measure" },
            { field: "policy" },
            { field: "mean", format: ",.3~f" },
            { field: "lo", title: "95% low", format: ",.3~f" },
            { field: "hi", title: "95% high", format: ",.3~f" },
            { field: "unit" },
          ],
        },
      },
    ],
    false,
  );
  const diffOrder = runs.slice(1).map((r) => `${r.policy} − ${ref}`);
  const diffSpec = panels(
    (title) => [
      { mark: { type: "rule", color: "#6b7682", strokeDash: [3, 3] }, encoding: { x: { datum: 0, type: "quantitative", title } } },
      {
        mark: { type: "rule", strokeWidth: 2 },
        encoding: {
          x: { field: "lo", type: "quantitative", title, axis: valueAxis },
          x2: { field: "hi" },
          y: { field: "policy", type: "nominal", title: null, sort: diffOrder },
          color: {
            field: "verdict",
            type: "nominal",
            scale: verdictScale,
            legend: { title: "Difference", labelExpr: "datum.label == 'same' ? 'no clear difference' : datum.label" },
          },
        },
      },
      {
        mark: { type: "point", filled: true, size: 70 },
        encoding: {
          x: { field: "diff", type: "quantitative", title },
          y: { field: "policy", type: "nominal", sort: diffOrder },
          color: { field: "verdict", type: "nominal", scale: verdictScale },
          tooltip: [
            { field: "measure" },
            { field: "policy", title: "Difference" },
            { field: "diff", format: ",.3~f" },
            { field: "lo", title: "95% low", format: ",.3~f" },
            { field: "hi", title: "95% high", format: ",.3~f" },
            { field: "unit" },
          ],
        },
      },
    ],
    true,
  );
  const c1 = await mountChart(chartBox, meanSpec, {
    title: "Average per policy, with 95% intervals",
    note: "Each panel is one measure, on its own scale; its axis says the unit. Dots: averages over the replications; bars: 95% intervals.",
    fitWidth: false,
    values: meanRows,
    columns: ["measure", "unit", "policy", "mean", "lo", "hi"],
  });
  charts.push(c1);
  if (diffRows.length) {
    const c2 = await mountChart(chartBox, diffSpec, {
      title: `Difference from ${ref}, with 95% intervals`,
      note: "Left of the dashed line: fewer than the reference; right: more. Grey: the interval includes zero (no clear difference). Differences of shares are in percentage points (pp).",
      fitWidth: false,
      values: diffRows,
      columns: ["measure", "unit", "policy", "diff", "lo", "hi", "verdict"],
    });
    charts.push(c2);
  }

  const table = (caption: string, tableRows: MetricComparison[]) =>
    dataTable(
      caption,
      [
        {
          key: "measure",
          label: "Measure",
          cell: (c) => [label(c.metric), unit(c.metric)],
          // The CSV holds the model's raw values (fractions for shares), so its unit is the declared one.
          csv: (c) => ({ metric: c.metric, measure: label(c.metric), unit: mu(c.metric).unit }),
        },
        ...runs.map((r, i) => ({
          key: r.policy,
          label: `${r.policy} (average)`,
          cell: (c: MetricComparison): [string, string] => {
            const ci = c.byPolicy[i].ci;
            return [value(c.metric, ci.mean), `${value(c.metric, ci.lo)} to ${value(c.metric, ci.hi)}`];
          },
          csv: (c: MetricComparison) => ({
            [`${r.policy}_mean`]: c.byPolicy[i].ci.mean,
            [`${r.policy}_lo95`]: c.byPolicy[i].ci.lo,
            [`${r.policy}_hi95`]: c.byPolicy[i].ci.hi,
          }),
        })),
        ...runs.slice(1).map((r, i) => ({
          key: `diff-${r.policy}`,
          label: `${r.policy} − ${ref}`,
          cell: (c: MetricComparison): [string, string] => {
            const d = c.diffs[i].ci;
            const r = reading(c, i);
            const words: Record<Reading, string> = {
              clear: `clearly ${verdict(d)} (${difference(c.metric, d.lo)} to ${difference(c.metric, d.hi)})`,
              negligible: `clearly ${verdict(d)}, but less than matters (${difference(c.metric, r.meaningful, true)})`,
              "not-enough-runs": `not enough runs to tell (${runsNeeded(r.needed)})`,
              "no-difference": "no difference that matters",
              undefined: "n/a in every run",
            };
            return [difference(c.metric, d.mean), words[r.reading]];
          },
          className: (c: MetricComparison) => `verdict-${verdict(c.diffs[i].ci)}`,
          csv: (c: MetricComparison) => ({
            [`diff_${r.policy}_mean`]: c.diffs[i].ci.mean,
            [`diff_${r.policy}_lo95`]: c.diffs[i].ci.lo,
            [`diff_${r.policy}_hi95`]: c.diffs[i].ci.hi,
          }),
        })),
      ],
      tableRows,
    );
  const where = `${ctx.baseTitle}, ${ctx.reps} replications each, seed ${ctx.seed}`;
  const headRows = comps.filter((c) => shown.includes(c.metric));
  results.append(
    el("h2", {}, "Headline measures"),
    table(`Headline measures: policies compared on ${where}`, headRows),
    el(
      "details",
      { class: "all-measures" },
      el("summary", {}, `All ${comps.length} measures (by group, and derived ratios)`),
      table(`All measures: policies compared on ${where}`, comps),
    ),
  );
  return charts;
}
