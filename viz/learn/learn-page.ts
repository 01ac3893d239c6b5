/**
 * Learn: guided lessons for a classroom. Opening a lesson loads its scenario(s) into
 * engine Workers at once; the class writes down a prediction (kept in the URL with the
 * lesson), runs, watches the charts fill in, then reads what to look for next to the
 * numbers it got.
 */
import type { DailyRow, MetricInfo, Scenario } from "../../sim/index.ts";
import { el, button, uid, announce } from "../shared/dom.ts";
import { findScenario } from "../shared/library.ts";
import { choiceParam, writeRoute, routeHash } from "../shared/url-state.ts";
import { resolveScenario } from "../shared/scenario-input.ts";
import { showDiagnostics } from "../shared/diagnostics.ts";
import { startEngine, remoteCallback, parallelWorkers, replicationChunks, type EngineHandle } from "../engine-client.ts";
import { mountChart, type ChartHandle } from "../shared/chart.ts";
import { measureUnit } from "../shared/measure-units.ts";
import { metricLabel } from "../shared/metric-labels.ts";
import type { Page } from "../shared/page.ts";
import { axisTitle } from "../shared/axis-title.ts";
import { LESSONS, LESSON_REPLICATIONS, type Lesson, type LessonChart } from "./lessons.ts";
import { expandMetrics, renderLessonResult } from "./lesson-result.ts";
import type { Replication } from "./prediction-check.ts";
import { teacherNotes, worksheet } from "./teacher-notes.ts";

/** Run lengths a teacher can pick (shorter runs finish sooner on slow classroom machines). */
const DAY_CHOICES = [10, 30, 60, 90, 180];

interface Loaded {
  label: string;
  /** Days before metrics count; charts and totals start after them. */
  warmup: number;
  engine: EngineHandle;
  metrics: MetricInfo[];
  rows: DailyRow[];
}

export function mountLearn(root: HTMLElement, params: URLSearchParams): Page {
  // A link's lesson, length or prediction that is not one of the choices is said, not replaced in silence.
  const linkProblems: string[] = [];
  const lessonId = choiceParam(
    params,
    "lesson",
    LESSONS.map((l) => l.id),
    linkProblems,
  );
  const lesson: Lesson = LESSONS.find((l) => l.id === lessonId) ?? LESSONS[0];
  let prediction = choiceParam(params, "predict", lesson.choices, linkProblems) ?? "";
  const dayChoice = choiceParam(params, "days", DAY_CHOICES.map(String), linkProblems);
  const days = dayChoice === null ? lesson.days : Number(dayChoice);
  const save = () => {
    const p = new URLSearchParams({ lesson: lesson.id });
    if (prediction) p.set("predict", prediction);
    if (days !== lesson.days) p.set("days", String(days));
    writeRoute("learn", p);
  };
  save();

  const list = el("ol", { class: "lesson-list" });
  for (const l of LESSONS) {
    const a = el("a", { href: routeHash("learn", { lesson: l.id }) }, l.title);
    if (l.id === lesson.id) a.setAttribute("aria-current", "true");
    list.append(el("li", {}, a));
  }

  function daysField(): HTMLElement {
    const id = uid("days");
    const sel = el("select", { id });
    for (const d of DAY_CHOICES) sel.append(el("option", { value: d }, `${d} days${d === lesson.days ? " (suggested)" : ""}`));
    sel.value = String(days);
    sel.addEventListener("change", () => {
      const p = new URLSearchParams({ lesson: lesson.id, days: sel.value });
      if (prediction) p.set("predict", prediction);
      location.hash = routeHash("learn", p);
    });
    return el("span", { class: "inline" }, el("label", { for: id }, "Length of each run (after warm-up): "), sel);
  }

  const name = uid("predict");
  const radios = lesson.choices.map((c, i) => {
    const id = `${name}-${i}`;
    const r = el("input", { type: "radio", name, id, value: c });
    r.checked = c === prediction;
    r.addEventListener("change", () => {
      prediction = c;
      save();
      if (loaded.length && lessonEl.dataset.status !== "running") {
        runBtn.disabled = false;
        status.textContent = "Ready. Run it to check your prediction.";
      }
    });
    return el("div", {}, r, " ", el("label", { for: id }, c));
  });
  const runBtn = button("Run the scenario", () => void runAll(), { class: "primary", disabled: true });
  const status = el("p", { class: "status", role: "status" }, "Loading the scenario…");
  const diagBox = el("div", { class: "diagnostics", role: "alert", hidden: true });
  const chartBox = el("div", { class: "charts" });
  const resultBox = el("div", { class: "lesson-result", "aria-live": "polite" });

  const { sheet, printButton } = worksheet(lesson, days);
  const lessonEl = el(
    "article",
    { class: "lesson", "aria-labelledby": "lesson-title" },
    el("h1", { id: "lesson-title" }, lesson.title),
    ...(linkProblems.length ? [el("p", { class: "error-text", role: "alert" }, linkProblems.join(" "))] : []),
    ...lesson.intro.map((t) => el("p", {}, t)),
    el(
      "p",
      { class: "help" },
      `Runs: ${lesson.variants.map((v) => v.label).join(" vs ")}; the charts show one run of each with the same seed, the results ${LESSON_REPLICATIONS} runs of each. `,
      daysField(),
    ),
    el("div", { class: "row" }, teacherNotes(lesson), printButton),
    el("fieldset", { class: "predict" }, el("legend", {}, `Predict first: ${lesson.question}`), ...radios),
    el("div", { class: "row" }, runBtn, status),
    diagBox,
    chartBox,
    resultBox,
    sheet,
  );
  root.replaceChildren(
    el("div", { class: "page learn learn-grid" }, el("nav", { "aria-label": "Lessons" }, el("h2", {}, "Lessons"), list), lessonEl),
  );

  let loaded: Loaded[] = [];
  let charts: { def: LessonChart; chart: ChartHandle; series: { variant: number; metric: string; run: string; part: string; label: string }[] }[] =
    [];
  let token = 0;
  /** Extra engines of a lesson's replications (disposed when done or on leave). */
  const helpers: EngineHandle[] = [];

  async function prepare(): Promise<void> {
    const my = ++token;
    const scenarios: { label: string; scenario: Scenario }[] = [];
    for (const v of lesson.variants) {
      const entry = findScenario(v.scenario);
      const res = resolveScenario(entry?.text ?? null, entry?.fileName ?? "default", new Map(Object.entries(v.set ?? {})));
      if (!res.ok) {
        showDiagnostics(diagBox, res.diagnostics, res.text);
        status.textContent = "This lesson's scenario does not load.";
        return;
      }
      scenarios.push({ label: v.label, scenario: res.scenario });
    }
    const created = await Promise.all(
      scenarios.map(async (s) => {
        const engine = startEngine();
        const r = await engine.api.create({ scenario: s.scenario }, { days: days });
        return { s, engine, r };
      }),
    );
    if (my !== token) return created.forEach((c) => c.engine.dispose());
    const bad = created.find((c) => !c.r.ok);
    if (bad && !bad.r.ok) {
      showDiagnostics(diagBox, bad.r.diagnostics, "");
      status.textContent = "This lesson's scenario does not load.";
      return;
    }
    loaded = created.map((c) => ({
      label: c.s.label,
      warmup: c.s.scenario.run.warmupDays,
      engine: c.engine,
      metrics: c.r.ok ? c.r.info.metrics : [],
      rows: [],
    }));
    await buildCharts();
    if (my !== token) return;
    runBtn.disabled = !prediction;
    status.textContent = prediction ? "Ready. Run it to check your prediction." : "Ready. Choose your prediction first; then run.";
  }

  async function buildCharts(): Promise<void> {
    chartBox.replaceChildren();
    charts = [];
    const metrics = loaded[0]?.metrics ?? [];
    const many = loaded.length > 1;
    for (const def of lesson.charts) {
      const names = expandMetrics(def.metrics, metrics);
      if (names.length === 0) {
        chartBox.append(
          el(
            "figure",
            { class: "chart chart-missing" },
            el("figcaption", {}, el("span", { class: "chart-title" }, def.title)),
            el("p", { class: "chart-note" }, "This model version does not report this yet."),
          ),
        );
        continue;
      }
      // Short series names: a group's letter when the chart is by group, else the measure.
      const short = (metric: string) =>
        def.metrics.some((m) => m.endsWith("__*")) && metric.includes("__") ? `group ${metric.split("__")[1]}` : metricLabel(metric);
      const series = loaded.flatMap((l, variant) =>
        names.map((metric) => ({
          variant,
          metric,
          run: l.label,
          part: short(metric),
          label: many && names.length > 1 ? `${l.label}, ${short(metric)}` : many ? l.label : short(metric),
        })),
      );
      // Colour tells the measures (or groups) apart, the dash pattern the runs, so that
      // overlapping lines stay readable.
      const colorField = names.length > 1 ? "part" : "run";
      const colorDomain = [...new Set(series.map((x) => (names.length > 1 ? x.part : x.run)))];
      const runs = loaded.map((l) => l.label);
      // The axis says the unit as every page does: shares as percentages.
      const measure = measureUnit(names[0], metrics);
      const unit = measure.display.unit;
      const spec = {
        data: { name: "table" },
        transform: def.cumulative
          ? [{ window: [{ op: "sum", field: "value", as: "shown" }], groupby: ["series"], sort: [{ field: "day" }], frame: [null, 0] }]
          : [{ calculate: "datum.value", as: "shown" }],
        mark: { type: "line", strokeWidth: 2 },
        encoding: {
          x: { field: "day", type: "quantitative", title: "Day after the warm-up (days)" },
          y: {
            field: "shown",
            type: "quantitative",
            title: axisTitle(def.cumulative ? `Running total (${unit})` : unit),
            axis: { format: measure.display.percent ? ".0%" : ",.4~g" },
          },
          color: { field: colorField, type: "nominal", title: null, sort: colorDomain, scale: { domain: colorDomain } },
          strokeDash: many
            ? {
                field: "run",
                type: "nominal",
                title: null,
                sort: runs,
                scale: {
                  domain: runs,
                  range: [
                    [1, 0],
                    [6, 3],
                    [2, 2],
                    [8, 2, 2, 2],
                  ],
                },
              }
            : undefined,
          detail: { field: "series", type: "nominal" },
          tooltip: [{ field: "series" }, { field: "day" }, { field: "shown", format: ",.3~f", title: def.cumulative ? "Running total" : "Value" }],
        },
      };
      const warmup = loaded[0]?.warmup ?? 0;
      const chart = await mountChart(chartBox, spec, {
        title: def.title,
        note: `Day 1 is the first day after a ${warmup}-day warm-up, in which the neighbourhood settles and nothing is counted; the lines start after it.`,
        columns: ["day", "run", "part", "value"],
        renderer: "canvas",
      });
      charts.push({ def, chart, series });
    }
  }

  async function runAll(): Promise<void> {
    if (!prediction) {
      status.textContent = "Choose your prediction first.";
      return;
    }
    runBtn.disabled = true;
    resultBox.replaceChildren();
    for (const l of loaded) l.rows = [];
    for (const c of charts) await c.chart.setRows([]);
    const my = ++token;
    lessonEl.dataset.status = "running";
    status.textContent = "Running…";
    // Re-create so that a second run starts from day 0 with the same seed.
    await Promise.all(
      loaded.map(async (l, i) => {
        const v = lesson.variants[i];
        const entry = findScenario(v.scenario);
        const res = resolveScenario(entry?.text ?? null, entry?.fileName ?? "default", new Map(Object.entries(v.set ?? {})));
        if (res.ok) await l.engine.api.create({ scenario: res.scenario }, { days: days });
      }),
    );
    if (my !== token) return;
    await Promise.all(
      loaded.map((l, variant) =>
        l.engine.api.run(
          remoteCallback((p: { day: number; totalDays: number; rows: DailyRow[] }) => {
            if (my !== token) return;
            const first = l.rows.length;
            l.rows.push(...p.rows);
            // Days are counted from the end of the warm-up, as the totals are.
            const counted = p.rows
              .map((r, i) => ({ r, day: (typeof r.day === "number" ? r.day : first + i) - l.warmup + 1 }))
              .filter((x) => x.day >= 1);
            for (const c of charts) {
              const add = c.series
                .filter((s) => s.variant === variant)
                .flatMap((s) => counted.map(({ r, day }) => ({ day, series: s.label, run: s.run, part: s.part, value: r[s.metric] })))
                .filter((r) => Number.isFinite(r.value));
              void c.chart.addRows(add);
            }
            const day = Math.min(...loaded.map((x) => x.rows.length));
            status.textContent =
              day <= l.warmup
                ? `Warming up: day ${day} of ${l.warmup} (the neighbourhood settles first; the charts start after the warm-up)…`
                : `Running… day ${day - l.warmup} of ${p.totalDays - l.warmup}`;
          }),
          { snapshots: false },
        ),
      ),
    );
    if (my !== token) return;
    // The same lesson again over several seeds, paired across variants, for the check:
    // chunks of replications on the lesson's engines plus one more per spare core.
    const scenarios: Scenario[] = [];
    for (const v of lesson.variants) {
      const entry = findScenario(v.scenario);
      const res = resolveScenario(entry?.text ?? null, entry?.fileName ?? "default", new Map(Object.entries(v.set ?? {})));
      if (!res.ok) return;
      scenarios.push({ ...res.scenario, run: { ...res.scenario.run, days } });
    }
    const labels = scenarios.map((_, i) => String(i));
    const extra = Array.from({ length: Math.max(0, parallelWorkers(labels.length * LESSON_REPLICATIONS) - loaded.length) }, () => startEngine());
    helpers.push(...extra);
    const queue = replicationChunks(labels, 0, LESSON_REPLICATIONS, loaded.length + extra.length);
    const perVariant: Record<string, number>[][] = scenarios.map(() => []);
    let finished = 0;
    const total = labels.length * LESSON_REPLICATIONS;
    const work = async (engine: EngineHandle) => {
      for (let job = queue.shift(); job !== undefined && my === token; job = queue.shift()) {
        const v = Number(job.policy);
        const out = await engine.api.runReplications({ scenario: scenarios[v] }, job.to - job.from, scenarios[v].run.seed, undefined, job.from);
        // An undefined ratio (null) is NaN to the check: undefined, never 0.
        out.forEach((s, i) => {
          perVariant[v][job.from + i] = Object.fromEntries(Object.entries(s).map(([k, x]) => [k, x ?? Number.NaN]));
        });
        finished += out.length;
        if (my === token)
          status.textContent = `Repeating each run with ${LESSON_REPLICATIONS} different seeds to see how much is luck: ${finished} of ${total} runs…`;
      }
    };
    await Promise.all([...loaded.map((l) => l.engine), ...extra].map(work));
    for (const e of extra) e.dispose();
    if (my !== token) return;
    const reps: Replication[] = Array.from({ length: LESSON_REPLICATIONS }, (_, r) => perVariant.map((v) => v[r]));
    lessonEl.dataset.status = "done";
    status.textContent = "Done.";
    renderLessonResult(
      resultBox,
      lesson,
      loaded.map((l) => l.label),
      reps,
      loaded[0]?.metrics ?? [],
      prediction,
      days,
    );
    runBtn.disabled = false;
    runBtn.textContent = "Run again";
    announce("The lesson's runs finished. Compare your prediction with the results.");
  }

  void prepare();

  return {
    unmount() {
      token++;
      for (const l of loaded) l.engine.dispose();
      for (const e of helpers) e.dispose();
      for (const c of charts) c.chart.finalize();
      document.body.classList.remove("print-worksheet");
    },
  };
}
