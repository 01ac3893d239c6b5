import { describe, expect, it } from "vitest";
import type { ChartHandle } from "../../viz/shared/chart.ts";
import { ChartSet } from "../../viz/shared/chart-set.ts";

/** A chart that records whether it was removed; only the parts ChartSet touches. */
function fakeChart(): ChartHandle & { removed: boolean } {
  const chart = {
    removed: false,
    figure: { dataset: {} as Record<string, string> },
    finalize() {
      chart.removed = true;
    },
  };
  return chart as unknown as ChartHandle & { removed: boolean };
}

/** An output element that counts how often it was emptied. */
function fakeOutput(): HTMLElement & { emptied: number } {
  const out = {
    emptied: 0,
    replaceChildren() {
      out.emptied++;
    },
  };
  return out as unknown as HTMLElement & { emptied: number };
}

describe("ChartSet", () => {
  it("keeps the charts of the newest drawing and removes them when the next one begins", () => {
    const set = new ChartSet();
    const out = fakeOutput();
    const t1 = set.begin(out);
    const a = fakeChart();
    expect(set.keep(a, t1, "heatmap")).toBe(true);
    expect(a.figure.dataset.chart).toBe("heatmap");
    expect(a.removed).toBe(false);
    set.begin(out);
    expect(a.removed).toBe(true);
    expect(out.emptied).toBe(2);
  });

  it("drops a chart whose drawing was overtaken while it was being made", () => {
    const set = new ChartSet();
    const out = fakeOutput();
    const slow = set.begin(out);
    const fast = set.begin(out);
    const late = fakeChart();
    const current = fakeChart();
    expect(set.keep(current, fast, "response")).toBe(true);
    expect(set.keep(late, slow, "response")).toBe(false);
    expect(late.removed).toBe(true);
    expect(current.removed).toBe(false);
  });

  it("dispose removes every chart and drops drawings under way", () => {
    const set = new ChartSet();
    const out = fakeOutput();
    const t = set.begin(out);
    const shown = fakeChart();
    set.keep(shown, t, "morris");
    set.dispose();
    expect(shown.removed).toBe(true);
    const afterLeaving = fakeChart();
    expect(set.keep(afterLeaving, t, "morris")).toBe(false);
    expect(afterLeaving.removed).toBe(true);
  });
});
