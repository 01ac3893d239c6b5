/**
 * The set of live by-day charts of a run. Rows are appended as the Worker streams them;
 * each chart applies its updates in order, and charts whose metrics the model does not
 * report say so instead of drawing an empty frame.
 */
import type { DailyRow, MetricInfo } from "../../sim/index.ts";
import { mountChart, type ChartHandle } from "../shared/chart.ts";
import { el, nextTask } from "../shared/dom.ts";
import { CHARTS, availableSeries, dayChartSpec, longRows, type ChangeMarker, type ChartDef, type LongRow, type SeriesDef } from "./explore-charts.ts";

interface Mounted {
  def: ChartDef;
  series: SeriesDef[];
  chart: ChartHandle | null;
  queue: Promise<void>;
  /** Rows waiting for the next redraw. */
  pending: LongRow[];
}

/** Charts redraw at most this often while rows stream in: redraws, not the model, cost the page. */
const FLUSH_MS = 800;

export class DayCharts {
  private mounted: Mounted[] = [];
  private daily: DailyRow[] = [];
  private generation = 0;

  constructor(private readonly container: HTMLElement) {}

  /** Builds the charts for a model's metrics (one task per chart, so the page never stalls). */
  async build(metrics: MetricInfo[], cumulative: boolean, warmupDays = 0, changes: readonly ChangeMarker[] = []): Promise<void> {
    const gen = ++this.generation;
    this.clearCharts();
    this.container.setAttribute("aria-busy", "true");
    for (const def of CHARTS) {
      const series = availableSeries(def, metrics);
      if (series.length === 0) {
        this.container.append(
          el(
            "figure",
            { class: "chart chart-missing" },
            el("figcaption", {}, el("span", { class: "chart-title" }, def.title)),
            el("p", { class: "chart-note" }, "This model version does not report these metrics yet."),
          ),
        );
        continue;
      }
      const m: Mounted = { def, series, chart: null, queue: Promise.resolve(), pending: [] };
      this.mounted.push(m);
      const labels = series.map((s) => s.label);
      const chart = await mountChart(this.container, dayChartSpec(def, metrics, cumulative, labels, warmupDays, changes), {
        title: def.title,
        note: def.note,
        columns: ["day", "series", "value"],
        renderer: "canvas",
      });
      if (gen !== this.generation) {
        chart.finalize();
        return;
      }
      chart.figure.dataset.chart = def.id;
      m.chart = chart;
      const rows = longRows(series, this.daily, 1);
      if (rows.length) m.queue = m.queue.then(() => chart.setRows(rows));
      await nextTask();
    }
    this.container.removeAttribute("aria-busy");
  }

  /** Appends new daily rows; charts catch up in one redraw per chart every FLUSH_MS. */
  add(rows: DailyRow[]): void {
    const first = this.daily.length + 1;
    this.daily.push(...rows);
    for (const m of this.mounted) if (m.chart) m.pending.push(...longRows(m.series, rows, first));
    if (this.flushTimer === null) this.flushTimer = setTimeout(() => void this.flush(), FLUSH_MS);
  }

  private flushTimer: ReturnType<typeof setTimeout> | null = null;

  /** Redraws the charts with their pending rows, one chart per task. */
  private async flush(): Promise<void> {
    this.flushTimer = null;
    const gen = this.generation;
    for (const m of this.mounted) {
      const chart = m.chart;
      if (!chart || m.pending.length === 0) continue;
      const rows = m.pending;
      m.pending = [];
      describe(chart.figure, m.def.title, rows);
      m.queue = m.queue.then(() => chart.addRows(rows));
      await m.queue;
      if (gen !== this.generation) return;
      await nextTask();
    }
  }

  /** Draws every pending row now (e.g. when a run ends). */
  flushNow(): void {
    if (this.flushTimer !== null) clearTimeout(this.flushTimer);
    void this.flush();
  }

  /** Empties the data, keeping the charts. */
  resetData(): void {
    this.daily = [];
    for (const m of this.mounted) {
      m.pending = [];
      const chart = m.chart;
      if (chart) m.queue = m.queue.then(() => chart.setRows([]));
    }
  }

  rows(): DailyRow[] {
    return this.daily;
  }

  private clearCharts(): void {
    for (const m of this.mounted) m.chart?.finalize();
    this.mounted = [];
    this.container.replaceChildren();
  }

  dispose(): void {
    this.generation++;
    this.clearCharts();
  }
}

/** The latest day of a canvas chart in words, for screen readers (the CSV has it all). */
function describe(figure: HTMLElement, title: string, rows: LongRow[]): void {
  const body = figure.querySelector(".chart-body");
  if (!body || rows.length === 0) return;
  const last = rows[rows.length - 1].day;
  const values = rows.filter((r) => r.day === last).map((r) => `${r.series}: ${Number(r.value.toPrecision(4))}`);
  body.setAttribute("role", "img");
  body.setAttribute("aria-label", `${title}. Day ${last}: ${values.join("; ")}.`);
}
