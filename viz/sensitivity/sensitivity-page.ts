/**
 * Sensitivity: open a sensitivity table (sensitivity.csv or .parquet from `doorstep
 * sensitivity`) and read, per measure, which parameters matter: the Morris μ*–σ plot or the
 * Sobol' bars with their 95% intervals, each with PNG, SVG and CSV export. The table cannot
 * live in the URL; the view can: `src` (a URL to fetch the table from) and `metric`.
 */
import { el, uid, announce } from "../shared/dom.ts";
import { writeRoute } from "../shared/url-state.ts";
import { mountChart, type ChartHandle } from "../shared/chart.ts";
import { chartScale, shippedMeasureUnit } from "../shared/measure-units.ts";
import { metricLabel } from "../shared/metric-labels.ts";
import type { Page } from "../shared/page.ts";
import type { LinkSource } from "../shared/link-source.ts";
import { fetchLinkedTable, linkedTableWarning, tableDropZone } from "../shared/table-file.ts";
import { readSensitivityTable, type SensitivityTable } from "./sensitivity-data.ts";
import { morrisRows, morrisSpec, sobolRows, sobolSpec } from "./sensitivity-specs.ts";

export function mountSensitivity(root: HTMLElement, params: URLSearchParams): Page {
  const view = { src: params.get("src"), file: params.get("file"), metric: params.get("metric") };
  const save = () => {
    const p = new URLSearchParams();
    for (const [k, v] of Object.entries(view)) if (v) p.set(k, v);
    writeRoute("sensitivity", p);
  };
  const drop = tableDropZone("Open a sensitivity table (sensitivity.csv or sensitivity.parquet written by doorstep sensitivity)", (name, bytes) => {
    view.src = null;
    return load(name, bytes);
  });
  const message = el("p", { role: "status", class: "status" });
  const errorBox = el("p", { role: "alert", class: "error-text" });
  const controls = el("div", { class: "panel", hidden: true });
  const output = el("div", { class: "sensitivity-output" });
  const page = el(
    "div",
    { class: "page sensitivity" },
    el("h1", {}, "Which parameters matter?"),
    el(
      "p",
      { class: "lead" },
      "A Morris screening or a Sobol' analysis varies many parameters at once and measures how much each one moves a result. Here you can see, for each measure, which parameters matter and how sure the estimate is.",
    ),
    drop,
    message,
    errorBox,
    controls,
    output,
  );
  root.replaceChildren(page);
  if (view.file && !view.src) message.textContent = `This view was made with ${view.file}: open that file to see it.`;

  let table: SensitivityTable | null = null;
  let charts: ChartHandle[] = [];
  let drawToken = 0;

  async function load(fileName: string, bytes: ArrayBuffer, source?: LinkSource): Promise<void> {
    errorBox.textContent = "";
    try {
      table = await readSensitivityTable(fileName, bytes);
    } catch (err) {
      table = null;
      errorBox.textContent = err instanceof Error ? err.message : String(err);
      page.dataset.status = "error";
      return;
    }
    // A table carried inside the link is never given a file name.
    view.file = source?.fromLink ? null : fileName;
    const label = source?.label ?? fileName;
    const method = table.rows[0].method === "morris" ? "Morris screening" : "Sobol' analysis";
    const params = new Set(table.rows.map((r) => r.parameter)).size;
    message.textContent = `${linkedTableWarning(source)}${label}: ${method} of ${params} parameters for ${table.metrics.length} measures.`;
    if (!view.metric || !table.metrics.includes(view.metric))
      view.metric = table.metrics.includes("packages_stolen") ? "packages_stolen" : table.metrics[0];
    const id = uid("sel");
    const s = el("select", { id });
    for (const m of table.metrics) s.append(el("option", { value: m }, `${metricLabel(m)} (${m})`));
    s.value = view.metric ?? "";
    s.addEventListener("change", () => {
      view.metric = s.value;
      void draw();
    });
    controls.hidden = false;
    controls.replaceChildren(el("div", { class: "row" }, el("div", { class: "field" }, el("label", { for: id }, "Measure"), s)));
    await draw();
    announce(`Loaded ${fileName}.`);
  }

  async function draw(): Promise<void> {
    const my = ++drawToken;
    for (const c of charts) c.finalize();
    charts = [];
    output.replaceChildren();
    save();
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
    if (my !== drawToken) return chart.finalize();
    chart.figure.dataset.chart = morris ? "morris" : "sobol";
    charts.push(chart);
    page.dataset.status = "shown";
  }

  if (view.src) fetchLinkedTable(view.src, message, errorBox, load);

  return {
    unmount() {
      drawToken++;
      for (const c of charts) c.finalize();
    },
  };
}
