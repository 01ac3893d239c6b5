/**
 * The charts a page shows at one time, redrawn as a whole when a choice changes. Drawing is
 * asynchronous, so a draw that a newer one has overtaken must drop what it made: `begin`
 * hands out a ticket, and `keep` keeps a chart only if its ticket is still the newest.
 */
import type { ChartHandle } from "./chart.ts";

export class ChartSet {
  private charts: ChartHandle[] = [];
  private ticket = 0;

  /** Starts a new drawing: removes the charts shown and empties `output`. Returns its ticket. */
  begin(output: HTMLElement): number {
    this.clear();
    output.replaceChildren();
    return ++this.ticket;
  }

  /** Keeps a chart drawn under `ticket`, marked `data-chart=kind`; false (and the chart removed) if a newer drawing began. */
  keep(chart: ChartHandle, ticket: number, kind: string): boolean {
    if (ticket !== this.ticket) {
      chart.finalize();
      return false;
    }
    chart.figure.dataset.chart = kind;
    this.charts.push(chart);
    return true;
  }

  /** Removes every chart and drops any drawing under way (when the page is left). */
  dispose(): void {
    this.ticket++;
    this.clear();
  }

  private clear(): void {
    for (const c of this.charts) c.finalize();
    this.charts = [];
  }
}
