/**
 * What a lesson shows after its runs: each variant's averages over the replications with
 * 95% intervals, and the class's prediction checked against them.
 */
import type { MetricInfo } from "../../sim/index.ts";
import { el } from "../shared/dom.ts";
import { metricLabel } from "../shared/metric-labels.ts";
import { fmt, meanCiNonNegative } from "../shared/stats.ts";
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
    const i = metrics.find((x) => x.name === m);
    return i ? `${i.unit}, ${i.kind === "level" ? "average" : "total"} over ${days} days` : "";
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
          csv: (m: string) => ({ metric: m, unit: unitOf(m) }),
        },
        ...labels.map((label, v) => ({
          key: label,
          label,
          cell: (m: string): [string, string] => {
            const c = ci(m, v);
            return [fmt(c.mean), `${fmt(c.lo)} to ${fmt(c.hi)}`];
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
