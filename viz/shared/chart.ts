/**
 * A vega-lite chart in a <figure> with a caption and export buttons (PNG, SVG, CSV of
 * its data). Data lives in one named dataset ("table") so that live pages can append
 * rows with a changeset instead of re-embedding: an update costs a few milliseconds and
 * never blocks the page.
 */
import embed, { vega } from "vega-embed";
import type { VisualizationSpec, Result } from "vega-embed";
import { el, button } from "./dom.ts";
import { downloadText, downloadUrl, toCsv, slug } from "./download.ts";

export type Row = Record<string, unknown>;

export interface ChartOptions {
  /** Caption shown above the chart and used as its accessible name. */
  title: string;
  /** One sentence under the caption saying what to read in it. */
  note?: string;
  /** Column order of the CSV export (defaults to the keys of the first row). */
  columns?: string[];
  /** Rows to draw from the start (static charts; live charts add rows later). */
  values?: Row[];
  /** "canvas" for charts that redraw often (faster); "svg" (default) is in the DOM for screen readers. */
  renderer?: "svg" | "canvas";
  /** Size the chart to its container's width (not for faceted specs, which size per panel). */
  fitWidth?: boolean;
}

export interface ChartHandle {
  figure: HTMLElement;
  /** Replaces all rows. */
  setRows(rows: Row[]): Promise<void>;
  /** Appends rows. */
  addRows(rows: Row[]): Promise<void>;
  rows(): Row[];
  finalize(): void;
}

const DATA = "table";

/** Shared look: readable sizes, no external fonts, colour-blind-safe categories. */
export const chartConfig = {
  font: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  axis: { labelFontSize: 12, titleFontSize: 12, titleFontWeight: 600, labelColor: "#1f2933", titleColor: "#1f2933" },
  // y-axis titles sit horizontally above the axis: readable, and never clipped by a short chart.
  axisY: {
    titleAngle: 0,
    titleAlign: "left",
    titleAnchor: "end",
    titleBaseline: "bottom",
    titleX: -24,
    titleY: -8,
    titleFontWeight: 600,
    titleLimit: 640,
  },
  legend: { labelFontSize: 12, titleFontSize: 12, orient: "bottom", direction: "horizontal", labelLimit: 320, columns: 2, symbolOpacity: 1 },
  header: { labelFontSize: 12, titleFontSize: 12 },
  range: { category: ["#0b5cad", "#d1495b", "#2a9d55", "#8c5bb5", "#e0892b", "#3d8c96", "#6b6b6b", "#b5651d"] },
  view: { stroke: "#d0d5db" },
} as const;

/**
 * Mounts a chart into `parent`. The spec's data must be `{ name: "table" }`.
 * @example
 * const c = await mountChart(div, { mark: "line", data: { name: "table" }, ... }, { title: "Thefts" });
 * await c.addRows([{ day: 1, series: "stolen", value: 3 }]);
 */
export async function mountChart(parent: HTMLElement, spec: object, opts: ChartOptions): Promise<ChartHandle> {
  const body = el("div", { class: "chart-body" });
  const name = slug(opts.title);
  let data: Row[] = opts.values ? opts.values.slice() : [];
  let result: Result | null = null;
  const exportPng = async () => result && downloadUrl(await result.view.toImageURL("png", 2), `${name}.png`);
  const exportSvg = async () => result && downloadText(await result.view.toSVG(), `${name}.svg`, "image/svg+xml");
  const exportCsv = () => {
    const cols = opts.columns ?? Object.keys(data[0] ?? {});
    downloadText(toCsv(cols, data), `${name}.csv`, "text/csv");
  };
  const tools = el(
    "div",
    { class: "chart-tools", role: "group", "aria-label": `Export ${opts.title}` },
    button("PNG", () => void exportPng(), { "aria-label": `Download ${opts.title} as PNG` }),
    button("SVG", () => void exportSvg(), { "aria-label": `Download ${opts.title} as SVG` }),
    button("CSV", exportCsv, { "aria-label": `Download the data of ${opts.title} as CSV` }),
  );
  const caption = el("figcaption", {}, el("span", { class: "chart-title" }, opts.title), tools);
  const figure = el("figure", { class: "chart", "data-rows": "0", "aria-label": opts.title }, caption);
  if (opts.note) figure.append(el("p", { class: "chart-note" }, opts.note));
  figure.append(body);
  parent.append(figure);

  const size = opts.fitWidth === false ? {} : { width: "container", height: 170, autosize: { type: "fit", contains: "padding" } };
  const full = {
    $schema: "https://vega.github.io/schema/vega-lite/v6.json",
    ...size,
    config: chartConfig,
    ...spec,
    ...(opts.values ? { data: { name: DATA, values: opts.values.map((r) => ({ ...r })) } } : {}),
  } as unknown as VisualizationSpec;
  result = await embed(body, full, { actions: false, renderer: opts.renderer ?? "svg", ast: false, logLevel: vega.Error });
  figure.setAttribute("data-rows", String(data.length));

  const apply = async (insert: Row[], replace: boolean) => {
    if (!result) return;
    const cs = vega.changeset();
    if (replace) cs.remove(() => true);
    cs.insert(insert.map((r) => ({ ...r })));
    await result.view.change(DATA, cs).runAsync();
    figure.setAttribute("data-rows", String(data.length));
  };
  return {
    figure,
    async setRows(rows) {
      data = rows.slice();
      await apply(rows, true);
    },
    async addRows(rows) {
      data.push(...rows);
      await apply(rows, false);
    },
    rows: () => data,
    finalize() {
      result?.finalize();
      result = null;
    },
  };
}
