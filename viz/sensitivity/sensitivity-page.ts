/**
 * Sensitivity: open a sensitivity table (sensitivity.csv or .parquet from `doorstep
 * sensitivity`) and read, per measure, which parameters matter: the Morris μ*–σ plot or the
 * Sobol' bars with their 95% intervals, each with PNG, SVG and CSV export. The table cannot
 * live in the URL; the view can: `src` (a URL to fetch the table from) and `metric`.
 */
import { el, uid } from "../shared/dom.ts";
import { mountChart } from "../shared/chart.ts";
import { ChartSet } from "../shared/chart-set.ts";
import { chartScale, shippedMeasureUnit } from "../shared/measure-units.ts";
import { metricLabel } from "../shared/metric-labels.ts";
import type { Page } from "../shared/page.ts";
import { mountTablePage } from "../shared/table-page.ts";
import { readSensitivityTable, type SensitivityTable } from "./sensitivity-data.ts";
import { morrisRows, morrisSpec, sobolRows, sobolSpec } from "./sensitivity-specs.ts";

export function mountSensitivity(root: HTMLElement, params: URLSearchParams): Page {
  const view = { src: params.get("src"), file: params.get("file"), metric: params.get("metric") };
  let table: SensitivityTable | null = null;
  const charts = new ChartSet();
  const frame = mountTablePage(root, {
    route: "sensitivity",
    pageClass: "sensitivity",
    outputClass: "sensitivity-output",
    title: "Which parameters matter?",
    lead: "A Morris screening or a Sobol' analysis varies many parameters at once and measures how much each one moves a result. Here you can see, for each measure, which parameters matter and how sure the estimate is.",
    dropLabel: "Open a sensitivity table (sensitivity.csv or sensitivity.parquet written by doorstep sensitivity)",
    view,
    read: readSensitivityTable,
    describe(t) {
      const method = t.rows[0].method === "morris" ? "Morris screening" : "Sobol' analysis";
      const params = new Set(t.rows.map((r) => r.parameter)).size;
      return `${method} of ${params} parameters for ${t.metrics.length} measures.`;
    },
    show(t) {
      table = t;
      if (!view.metric || !t.metrics.includes(view.metric)) view.metric = t.metrics.includes("packages_stolen") ? "packages_stolen" : t.metrics[0];
      const id = uid("sel");
      const s = el("select", { id });
      for (const m of t.metrics) s.append(el("option", { value: m }, `${metricLabel(m)} (${m})`));
      s.value = view.metric ?? "";
      s.addEventListener("change", () => {
        view.metric = s.value;
        void draw();
      });
      frame.controls.replaceChildren(el("div", { class: "row" }, el("div", { class: "field" }, el("label", { for: id }, "Measure"), s)));
      return draw();
    },
  });
  const { page, output } = frame;

  async function draw(): Promise<void> {
    const ticket = charts.begin(output);
    frame.save();
    if (!table || !view.metric) return;
    const metric = view.metric;
    const rows = table.rows.filter((r) => r.metric === metric);
    const label = metricLabel(metric);
    const morris = rows[0]?.method === "morris";
    // Effects are changes of the measure: in its unit, shares in percentage points.
    const unit = shippedMeasureUnit(metric);
    const chart = morris
      ? await mountChart(output, morrisSpec(label, unit.display.differenceUnit), {
          title: `Morris screening: ${label}`,
          note: "Right: the parameter moves this measure a lot. High: its effect depends on the other parameters or is not linear. Lines: 95% interval of μ*.",
          values: morrisRows(rows, chartScale(unit)),
          columns: ["parameter", "mu_star", "lo", "hi", "sigma"],
          fitWidth: false,
        })
      : await mountChart(output, sobolSpec(label), {
          title: `Sobol' indices: ${label}`,
          note: "First order: the share of the variance due to the parameter alone. Total: with all its interactions. Lines: 95% intervals.",
          values: sobolRows(rows),
          columns: ["parameter", "index", "value", "lo", "hi"],
          fitWidth: false,
        });
    if (!charts.keep(chart, ticket, morris ? "morris" : "sobol")) return;
    page.dataset.status = "shown";
  }

  frame.start();
  return { unmount: () => charts.dispose() };
}
