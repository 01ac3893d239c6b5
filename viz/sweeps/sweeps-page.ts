/**
 * Sweeps: open a sweep table (runs.csv or runs.parquet from `doorstep sweep`) and read it
 * as a heatmap of any metric over two parameters and as response curves of a metric
 * against one parameter (mean ± 95% interval across replications). The table itself
 * cannot live in a URL; the view can: `src` (a URL to fetch the table from, when it is
 * served), the chosen parameters and metric. Opening a link without `src` asks for the
 * file and then restores the same view.
 */
import { el, uid } from "../shared/dom.ts";
import { mountChart } from "../shared/chart.ts";
import { ChartSet } from "../shared/chart-set.ts";
import { metricLabel } from "../shared/metric-labels.ts";
import { chartScale, formatMeasure, measureUnit, unitPhrase } from "../shared/measure-units.ts";
import { paramTitle } from "../shared/schema-params.ts";
import { dataTable } from "../shared/table.ts";
import { mountTablePage, type TableView } from "../shared/table-page.ts";
import type { Page } from "../shared/page.ts";
import { defaultScenario, type MetricInfo } from "../../sim/index.ts";
import { startEngine } from "../engine-client.ts";
import { axisTitle } from "../shared/axis-title.ts";
import { readSweepTable, groupMean, distinct, type SweepTable, type Cell } from "./sweep-table.ts";

/** Sweeps' view in the URL: the table's origin, the measure, and the parameters on each axis. */
interface SweepView extends TableView {
  x: string | null;
  y: string | null;
  metric: string | null;
  color: string | null;
}

export function mountSweeps(root: HTMLElement, params: URLSearchParams): Page {
  const view: SweepView = {
    src: params.get("src"),
    file: params.get("file"),
    x: params.get("x"),
    y: params.get("y"),
    metric: params.get("metric"),
    color: params.get("color"),
  };
  let table: SweepTable | null = null;
  let metricInfo: MetricInfo[] = [];
  const charts = new ChartSet();
  const frame = mountTablePage(root, {
    route: "sweeps",
    pageClass: "sweeps",
    outputClass: "sweep-output",
    title: "Read a parameter sweep",
    lead: "A sweep runs the model over a grid of parameter values, several times each. Here you can see how any measure responds to the parameters.",
    dropLabel: "Open a sweep table (runs.csv or runs.parquet written by doorstep sweep)",
    view,
    read: readSweepTable,
    describe(t) {
      const cells = new Set(t.rows.map((r) => r.cellIndex)).size;
      return `${t.rows.length} runs, ${cells} parameter combinations, ${t.params.length} varied parameters (${t.params.join(", ") || "none"}), ${t.metrics.length} measures.`;
    },
    show(t) {
      table = t;
      chooseDefaults(t);
      buildControls();
      return draw();
    },
  });
  const { page, output } = frame;

  // Ask the engine (in a Worker, one simulated day) for the metrics' units and meanings.
  const probe = startEngine();
  void probe.api
    .create({ scenario: defaultScenario() }, { days: 1 })
    .then((r) => {
      if (r.ok) metricInfo = r.info.metrics;
      if (r.ok && table) void draw();
    })
    .catch(() => undefined)
    .finally(() => probe.dispose());

  /** Fills the choices a link left open (or that the table does not have) with a first look. */
  function chooseDefaults(t: SweepTable): void {
    const fresh = !view.x || !t.params.includes(view.x);
    if (fresh) view.x = t.params.find((p) => isNumeric(p)) ?? t.params[0] ?? null;
    if (!view.y || !t.params.includes(view.y)) view.y = t.params.find((p) => p !== view.x) ?? null;
    // A first look: one response line per value of the other parameter when it has few values.
    if (fresh && view.y && distinct(t.rows, view.y).length <= 8) view.color = view.y;
    if (!view.metric || !t.metrics.includes(view.metric))
      view.metric = t.metrics.includes("packages_stolen") ? "packages_stolen" : (t.metrics[0] ?? null);
    if (view.color && !t.params.includes(view.color)) view.color = null;
  }

  const select = (
    label: string,
    options: string[],
    value: string | null,
    onChange: (v: string | null) => void,
    allowNone = false,
    text: (o: string) => string = (o) => o,
  ) => {
    const id = uid("sel");
    const s = el("select", { id });
    if (allowNone) s.append(el("option", { value: "" }, "(none)"));
    for (const o of options) s.append(el("option", { value: o }, text(o)));
    s.value = value ?? "";
    s.addEventListener("change", () => {
      onChange(s.value || null);
      void draw();
    });
    return el("div", { class: "field" }, el("label", { for: id }, label), s);
  };

  function buildControls(): void {
    if (!table) return;
    frame.controls.replaceChildren(
      el(
        "div",
        { class: "row" },
        select(
          "Measure",
          table.metrics,
          view.metric,
          (v) => (view.metric = v),
          false,
          (m) => `${metricLabel(m)} (${m})`,
        ),
        select("Parameter across (x)", table.params, view.x, (v) => (view.x = v)),
        select("Parameter down (y, heatmap)", table.params, view.y, (v) => (view.y = v), true),
        select("Lines by (response curve)", table.params, view.color, (v) => (view.color = v), true),
      ),
    );
  }

  const isNumeric = (col: string) => table!.rows.every((r) => typeof r[col] === "number");

  async function draw(): Promise<void> {
    const ticket = charts.begin(output);
    frame.save();
    if (!table || !view.metric || !view.x) return;
    const metric = view.metric;
    const mLabel = metricLabel(metric);
    // Units come from the model's metric list (sweep tables hold bare numbers); shares are
    // drawn and written as percentages, as on every page.
    const u = measureUnit(metric, metricInfo);
    const k = chartScale(u);
    const axis = u.unit ? `${mLabel} (${unitPhrase(u)})` : mLabel;
    const others = (used: string[]) => table!.params.filter((p) => !used.includes(p));

    // Heatmap over two parameters.
    if (view.y && view.y !== view.x) {
      const groups = groupMean(table.rows, [view.x, view.y], metric);
      const rows = groups.map((g) => ({
        x: String(g.keys[view.x!]),
        y: String(g.keys[view.y!]),
        mean: g.ci.mean * k,
        lo: g.ci.lo * k,
        hi: g.ci.hi * k,
        n: g.ci.n,
        label: formatMeasure(g.ci.mean, u),
      }));
      const order = (c: string) => distinct(table!.rows, c).map((v: Cell) => String(v));
      const avgNote = others([view.x, view.y]).length
        ? ` Averaged over ${others([view.x, view.y]).join(", ")} and replications.`
        : " Averaged over replications.";
      const spec = {
        data: { name: "table" },
        width: { step: 64 },
        height: { step: 40 },
        encoding: {
          x: { field: "x", type: "ordinal", sort: order(view.x), title: paramTitle(view.x), axis: { labelAngle: -30, labelLimit: 140 } },
          y: { field: "y", type: "ordinal", sort: order(view.y).reverse(), title: paramTitle(view.y) },
        },
        layer: [
          {
            mark: "rect",
            encoding: {
              color: {
                field: "mean",
                type: "quantitative",
                title: axisTitle(axis),
                scale: { scheme: "viridis" },
                legend: { orient: "right", direction: "vertical", titleLimit: 220 },
              },
              tooltip: [
                { field: "x", title: view.x },
                { field: "y", title: view.y },
                { field: "mean", title: "Mean", format: ",.4~g" },
                { field: "lo", title: "95% low", format: ",.4~g" },
                { field: "hi", title: "95% high", format: ",.4~g" },
                { field: "n", title: "Runs" },
              ],
            },
          },
          {
            mark: { type: "text", fontSize: 11 },
            encoding: {
              text: { field: "label", type: "nominal" },
              color: { condition: { test: `datum.mean > ${midpoint(rows.map((r) => r.mean))}`, value: "#111111" }, value: "#ffffff" },
            },
          },
        ],
      };
      const chart = await mountChart(output, spec, {
        title: `${mLabel}: ${view.x} × ${view.y}`,
        note: `Colour: mean of ${metric} per combination.${avgNote}`,
        fitWidth: false,
        values: rows,
        columns: ["x", "y", "mean", "lo", "hi", "n"],
      });
      if (!charts.keep(chart, ticket, "heatmap")) return;
    }

    // Response curve of the metric against x, one line per value of `color`.
    const by = view.color && view.color !== view.x ? [view.x, view.color] : [view.x];
    const groups = groupMean(table.rows, by, metric);
    const rows = groups.map((g) => ({
      x: g.keys[view.x!],
      series: by.length > 1 ? String(g.keys[by[1]]) : mLabel,
      mean: g.ci.mean * k,
      lo: g.ci.lo * k,
      hi: g.ci.hi * k,
      n: g.ci.n,
    }));
    const numericX = isNumeric(view.x);
    const xEnc = numericX
      ? { field: "x", type: "quantitative", title: paramTitle(view.x), scale: { zero: false } }
      : { field: "x", type: "ordinal", title: paramTitle(view.x), sort: distinct(table.rows, view.x).map(String), axis: { labelAngle: -30 } };
    const colorEnc = {
      field: "series",
      type: "nominal",
      title: by.length > 1 ? by[1] : null,
      legend: by.length > 1 ? { orient: "right", direction: "vertical" } : null,
    };
    const spec = {
      data: { name: "table" },
      width: 560,
      height: 300,
      layer: [
        {
          mark: numericX ? { type: "errorband", opacity: 0.18 } : { type: "rule", strokeWidth: 2 },
          encoding: { x: xEnc, y: { field: "lo", type: "quantitative", title: axis }, y2: { field: "hi" }, color: colorEnc },
        },
        ...(numericX
          ? [{ mark: { type: "line", strokeWidth: 2 }, encoding: { x: xEnc, y: { field: "mean", type: "quantitative" }, color: colorEnc } }]
          : []),
        {
          mark: { type: "point", filled: true, size: 50 },
          encoding: {
            x: xEnc,
            y: { field: "mean", type: "quantitative", title: axis },
            color: colorEnc,
            tooltip: [
              { field: "x", title: view.x },
              { field: "series", title: by[1] ?? "Measure" },
              { field: "mean", title: "Mean", format: ",.4~g" },
              { field: "lo", title: "95% low", format: ",.4~g" },
              { field: "hi", title: "95% high", format: ",.4~g" },
              { field: "n", title: "Runs" },
            ],
          },
        },
      ],
    };
    const restNote = others(by).length ? ` Averaged over ${others(by).join(", ")}.` : "";
    const chart = await mountChart(output, spec, {
      title: `${mLabel} against ${view.x}`,
      note: `Points: mean over replications; band or bars: 95% interval.${restNote}`,
      fitWidth: false,
      values: rows,
      columns: ["x", "series", "mean", "lo", "hi", "n"],
    });
    if (!charts.keep(chart, ticket, "response")) return;

    const cellGroups = groupMean(table.rows, table.params, metric);
    output.append(
      dataTable(
        `Mean ${metric} per parameter combination`,
        [
          ...table.params.map((p) => ({ key: p, label: p, cell: (g: (typeof cellGroups)[number]) => String(g.keys[p]) })),
          {
            key: "mean",
            label: `${axis}: mean`,
            cell: (g) => [formatMeasure(g.ci.mean, u), `${formatMeasure(g.ci.lo, u)} to ${formatMeasure(g.ci.hi, u)}`],
            csv: (g) => ({ mean: g.ci.mean, lo95: g.ci.lo, hi95: g.ci.hi }),
          },
          { key: "n", label: "Runs", cell: (g) => String(g.ci.n) },
        ],
        cellGroups,
      ),
    );
    page.dataset.status = "shown";
  }

  frame.start();
  return {
    unmount() {
      probe.dispose();
      charts.dispose();
    },
  };
}

/** The middle of the value range, for choosing readable text colour on the heatmap. */
function midpoint(values: number[]): number {
  const f = values.filter(Number.isFinite);
  if (!f.length) return 0;
  return (Math.min(...f) + Math.max(...f)) / 2;
}
