/**
 * What a lesson shows after its runs: each variant's averages over the replications with
 * 95% intervals, and the class's prediction checked against them.
 */
import type { MetricInfo } from "../../sim/index.ts";
import { el } from "../shared/dom.ts";
import { formatMeasure, measureUnit } from "../shared/measure-units.ts";
import { metricLabel } from "../shared/metric-labels.ts";
import { meanCiNonNegative } from "../shared/stats.ts";
import { dataTable } from "../shared/table.ts";
import { checkPrediction, type Replication } from "./prediction-check.ts";
import type { Lesson } from "./lessons.ts";

/** Metric names a lesson's list stands for ("x__*" is every group of x) that the model reports. */
export function expandMetrics(names: string[], metrics: MetricInfo[]): string[] {
  return names.flatMap((m) =>
    m.endsWith("__*") ? metrics.filter((x) => x.name.startsWith(m.slice(0, -1))).map((x) => x.name) : metrics.some((x) => x.name === m) ? [m] : [],
  );
}

/** Renders the result into `box`: `reps[r][v]` is replication r's summary of variant v. */
export function renderLessonResult(
  box: HTMLElement,
  lesson: Lesson,
  labels: string[],
  reps: Replication[],
  metrics: MetricInfo[],
  prediction: string,
  days: number,
): void {
  const present = expandMetrics(lesson.resultMetrics, metrics);
  const unitOf = (m: string) => {
    const u = measureUnit(m, metrics);
    return `${u.display.unit}, ${u.kind === "level" ? "average" : "total"} over the ${days} days after the warm-up`;
  };
  const ci = (m: string, v: number) => meanCiNonNegative(reps.map((r) => r[v][m]));
  const result = checkPrediction(lesson.check, lesson.choices, lesson.choices.indexOf(prediction), reps);
  box.replaceChildren(
    el("h2", {}, "What happened"),
    el("p", { class: `result-line verdict-${result.verdict}`, "data-verdict": result.verdict }, result.message),
    dataTable(
      `${lesson.title} — averages of ${reps.length} runs per variant (95% intervals)`,
      [
        {
          key: "measure",
          label: "Measure",
          cell: (m: string) => [metricLabel(m), unitOf(m)],
          // The CSV holds the raw values (fractions for shares), so its unit is the declared one.
          csv: (m: string) => ({ metric: m, unit: measureUnit(m, metrics).unit }),
        },
        ...labels.map((label, v) => ({
          key: label,
          label,
          cell: (m: string): [string, string] => {
            const c = ci(m, v);
            const u = measureUnit(m, metrics);
            return [formatMeasure(c.mean, u), `${formatMeasure(c.lo, u)} to ${formatMeasure(c.hi, u)}`];
          },
          csv: (m: string) => ({ [`${label} mean`]: ci(m, v).mean, [`${label} lo95`]: ci(m, v).lo, [`${label} hi95`]: ci(m, v).hi }),
        })),
      ],
      present,
    ),
    el(
      "p",
      { class: "help" },
      "The charts above show one run of each variant; the table and the check use all the runs, each with its own seed (the same seeds for every variant).",
    ),
    el("div", { class: "look-for" }, el("h2", {}, "What to look for"), el("ul", {}, ...lesson.lookFor.map((t) => el("li", {}, t)))),
  );
}
