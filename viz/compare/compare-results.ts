/**
 * The results of a policy comparison, read at a glance: plain sentences for the clear
 * differences, dot-and-interval charts of each policy's mean and of its difference from
 * the reference policy, and tables (headline measures; every measure in a fold).
 */
import { HEADLINE_METRICS, type MetricInfo } from "../../sim/index.ts";
import { el } from "../shared/dom.ts";
import { mountChart, type ChartHandle } from "../shared/chart.ts";
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
  const unit = (m: string) => {
    const i = info(m);
    if (!i) return "";
    return i.kind === "level" ? `${i.unit}, average after the warm-up` : `${i.unit}, total after the warm-up`;
  };
  /** How to read policy k's difference from the reference for metric m, and what it would take. */
  const reading = (c: MetricComparison, k: number): { reading: Reading; meaningful: number; needed: number | null } => {
    const meaningful = smallestMeaningfulDifference(c.metric, c.byPolicy[0].ci.mean, info(c.metric)?.unit ?? "");
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
          ? ` This is less than the smallest difference that matters for this measure (${fmt(r.meaningful)}): practically the same.`
          : "";
      lines.append(
        el(
          "li",
          { class: r.reading === "negligible" ? "negligible" : undefined },
          el("strong", {}, `${label(c.metric)}: `),
          `${fmt(Math.abs(d.ci.mean))} ${word} under ${d.policy} than under ${ref} (95% interval of the difference ${fmt(d.ci.lo)} to ${fmt(d.ci.hi)}; ${unit(c.metric)}).${negligible}`,
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

  const meanRows = shown.flatMap((m) =>
    byName.get(m)!.byPolicy.map((b) => ({ measure: label(m), unit: unit(m), policy: b.policy, mean: b.ci.mean, lo: b.ci.lo, hi: b.ci.hi })),
  );
  const diffRows = shown.flatMap((m) =>
    byName.get(m)!.diffs.map((d) => ({
      measure: label(m),
      unit: unit(m),
      policy: `${d.policy} − ${ref}`,
      diff: d.ci.mean,
      lo: d.ci.lo,
      hi: d.ci.hi,
      verdict: verdict(d.ci),
    })),
  );
  const chartBox = el("div", { class: "compare-charts" });
  results.append(chartBox);
  /** One panel per measure (rows, each on its own x scale), each panel these layers. */
  const faceted = (layer: object[]) => ({
    data: { name: "table" },
    facet: {
      row: {
        field: "measure",
        type: "nominal",
        sort: shown.map(label),
        title: null,
        header: { labelAngle: 0, labelAlign: "left", labelAnchor: "start", labelOrient: "top", labelFontWeight: 600, labelLimit: 460 },
      },
    },
    resolve: { scale: { x: "independent" } },
    spec: { width: 460, height: { step: 18 }, layer },
  });
  const verdictScale = { domain: ["more", "fewer", "same"], range: ["#b35c00", "#0b5cad", "#6b7682"] };
  const meanSpec = faceted([
    {
      mark: { type: "rule", strokeWidth: 2 },
      encoding: {
        x: { field: "lo", type: "quantitative", title: null, scale: { zero: false }, axis: { format: ",.4~g" } },
        x2: { field: "hi" },
        y: { field: "policy", type: "nominal", title: null, sort: policies },
        color: { field: "policy", type: "nominal", legend: null, sort: policies },
      },
    },
    {
      mark: { type: "point", filled: true, size: 70 },
      encoding: {
        x: { field: "mean", type: "quantitative", title: null },
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
  ]);
  const diffOrder = runs.slice(1).map((r) => `${r.policy} − ${ref}`);
  const diffSpec = faceted([
    { mark: { type: "rule", color: "#6b7682", strokeDash: [3, 3] }, encoding: { x: { datum: 0, type: "quantitative" } } },
    {
      mark: { type: "rule", strokeWidth: 2 },
      encoding: {
        x: { field: "lo", type: "quantitative", title: null, axis: { format: ",.4~g" } },
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
        x: { field: "diff", type: "quantitative" },
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
  ]);
  const c1 = await mountChart(chartBox, meanSpec, {
    title: "Average per policy, with 95% intervals",
    note: "Each panel is one measure (its own scale). Dots: averages over the replications; bars: 95% intervals.",
    fitWidth: false,
    values: meanRows,
    columns: ["measure", "unit", "policy", "mean", "lo", "hi"],
  });
  charts.push(c1);
  if (diffRows.length) {
    const c2 = await mountChart(chartBox, diffSpec, {
      title: `Difference from ${ref}, with 95% intervals`,
      note: "Left of the dashed line: fewer than the reference; right: more. Grey: the interval includes zero (no clear difference).",
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
          csv: (c) => ({ metric: c.metric, measure: label(c.metric), unit: unit(c.metric) }),
        },
        ...runs.map((r, i) => ({
          key: r.policy,
          label: `${r.policy} (average)`,
          cell: (c: MetricComparison): [string, string] => [fmt(c.byPolicy[i].ci.mean), `${fmt(c.byPolicy[i].ci.lo)} to ${fmt(c.byPolicy[i].ci.hi)}`],
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
              clear: `clearly ${verdict(d)} (${fmt(d.lo)} to ${fmt(d.hi)})`,
              negligible: `clearly ${verdict(d)}, but less than matters (${fmt(r.meaningful)})`,
              "not-enough-runs": `not enough runs to tell (${runsNeeded(r.needed)})`,
              "no-difference": "no difference that matters",
              undefined: "n/a in every run",
            };
            return [Number.isFinite(d.mean) ? `${d.mean > 0 ? "+" : ""}${fmt(d.mean)}` : "n/a", words[r.reading]];
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
