/**
 * Compare: two to four partnership policies on the same neighbourhood and the same
 * seeds, N replications each, run in parallel engine Workers. Shows, per measure, each
 * policy's mean with its 95% interval and the difference from the first policy, as
 * dot-and-interval charts and as a table in plain words. "Run until clear" adds batches of
 * replications until every headline difference is clear or a maximum is reached
 * (run-until-clear.ts); a time-remaining estimate shows while it runs.
 */
import { applyParams, POLICY_BUNDLES, POLICY_NAMES, type Scenario, type MetricInfo, type Summary } from "../../sim/index.ts";
import { el, button, uid, announce } from "../shared/dom.ts";
import { LIBRARY, findScenario } from "../shared/library.ts";
import { fieldProblem } from "../shared/url-state.ts";
import { resolveScenario } from "../shared/scenario-input.ts";
import { showDiagnostics } from "../shared/diagnostics.ts";
import { startEngine, remoteCallback, parallelWorkers, replicationChunks, type EngineHandle } from "../engine-client.ts";
import type { ChartHandle } from "../shared/chart.ts";
import type { Page } from "../shared/page.ts";
import { CUSTOM_BASE, readState, writeState } from "./compare-state.ts";
import { HEADLINE, renderResults } from "./compare-results.ts";
import { commonMetrics, compare } from "./compare-stats.ts";
import { openDifferences, type OpenDifference } from "./run-until-clear.ts";
import { smallestMeaningfulDifference } from "./power.ts";
import { nextReplications } from "../../sim/index.ts";
import { reportButton } from "../shared/report-view.ts";
import { compareReportFacts } from "./compare-report.ts";

/** `m:ss` for a number of seconds. */
function clock(seconds: number): string {
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, "0")}`;
}

export function mountCompare(root: HTMLElement, params: URLSearchParams): Page {
  const linkProblems: string[] = [];
  const state = readState(params, linkProblems);
  const autorun = params.get("run") === "1";

  const baseId = uid("base");
  const baseSel = el("select", { id: baseId });
  if (LIBRARY.length === 0) baseSel.append(el("option", { value: "" }, "Built-in default scenario"));
  for (const e of LIBRARY) baseSel.append(el("option", { value: e.id }, e.title === e.id ? e.id : `${e.title} (${e.id})`));
  if (state.custom) baseSel.append(el("option", { value: CUSTOM_BASE }, `Your scenario from Explore (${state.custom.name})`));
  baseSel.value = state.base;

  const policyBoxes = POLICY_NAMES.map((name) => {
    const id = uid("policy");
    const box = el("input", { type: "checkbox", id, value: name, "aria-describedby": `${id}-d` });
    box.checked = state.policies.includes(name);
    return {
      name,
      box,
      row: el(
        "div",
        { class: "policy-choice" },
        box,
        el("label", { for: id }, name),
        el("p", { class: "help", id: `${id}-d` }, POLICY_BUNDLES[name].summary),
      ),
    };
  });
  const repsId = uid("reps");
  const repsInput = el("input", { id: repsId, type: "number", min: 2, max: 100, step: 1, class: "narrow", value: state.reps });
  const seedId = uid("seed");
  const seedInput = el("input", { id: seedId, type: "number", min: 0, step: 1, class: "narrow", value: state.seed });
  const daysId = uid("days");
  const daysInput = el("input", {
    id: daysId,
    type: "number",
    min: 1,
    max: 3650,
    step: 1,
    class: "narrow",
    placeholder: "scenario",
    value: state.days ?? "",
  });
  const untilId = uid("until");
  const untilBox = el("input", { id: untilId, type: "checkbox", "aria-describedby": `${untilId}-d` });
  untilBox.checked = state.until;
  const maxId = uid("max");
  const maxInput = el("input", { id: maxId, type: "number", min: 2, max: 200, step: 1, class: "narrow", value: state.maxReps });
  const runBtn = button("Run comparison", () => void runCompare(), { class: "primary" });
  const cancelBtn = button("Cancel", () => cancel(), { disabled: true });
  const formMsg = el("p", { class: "error-text", role: "alert" });
  const diagBox = el("div", { class: "diagnostics", role: "alert", hidden: true });
  const progressList = el("ul", { class: "progress-list", "aria-label": "Progress by policy" });
  const status = el("p", { class: "status", role: "status" });
  const results = el("div", { class: "compare-results" });

  const page = el(
    "div",
    { class: "page compare" },
    el("h1", {}, "Compare partnership policies"),
    el(
      "p",
      { class: "lead" },
      "Run the same neighbourhood, with the same random seeds, under two to four policies. Each policy runs several times (replications); the dots are averages and the bars show where the true average most likely lies (95% interval).",
    ),
    el(
      "form",
      { class: "panel", "aria-label": "Comparison settings" },
      el(
        "div",
        { class: "row" },
        el("div", { class: "field" }, el("label", { for: baseId }, "Neighbourhood (base scenario)"), baseSel),
        el("div", { class: "field" }, el("label", { for: repsId }, "Replications per policy"), repsInput),
        el("div", { class: "field" }, el("label", { for: seedId }, "Seed"), seedInput),
        el("div", { class: "field" }, el("label", { for: daysId }, "Days per run (after warm-up)"), daysInput),
      ),
      el(
        "div",
        { class: "row" },
        el(
          "div",
          { class: "field" },
          el("span", {}, untilBox, el("label", { for: untilId }, " Run until the differences are clear, or up to")),
          el(
            "p",
            { class: "help", id: `${untilId}-d` },
            "More replications are added in batches until every headline difference is clear (its 95% interval excludes 0) or the maximum is reached.",
          ),
        ),
        el("div", { class: "field" }, el("label", { for: maxId }, "Maximum replications per policy"), maxInput),
      ),
      el(
        "fieldset",
        {},
        el("legend", {}, "Policies to compare (2 to 4; the first chosen is the reference)"),
        el("div", { class: "policy-grid" }, ...policyBoxes.map((p) => p.row)),
      ),
      state.overrides.size
        ? el(
            "p",
            { class: "help" },
            `Changed parameters of the base scenario (from the link): ${[...state.overrides].map(([k, v]) => `${k} = ${v}`).join("; ")}.`,
          )
        : null,
      el("div", { class: "row" }, runBtn, cancelBtn, formMsg),
    ),
    diagBox,
    status,
    progressList,
    results,
  );
  root.replaceChildren(page);

  let engines: EngineHandle[] = [];
  let charts: ChartHandle[] = [];
  let token = 0;

  const readForm = (): boolean => {
    state.base = baseSel.value;
    // Keep the order the policies were chosen in (the first is the reference), as links do.
    const checked: string[] = policyBoxes.filter((p) => p.box.checked).map((p) => p.name);
    state.policies = [...state.policies.filter((p) => checked.includes(p)), ...checked.filter((p) => !state.policies.includes(p))];
    state.reps = Math.round(Number(repsInput.value));
    state.seed = Math.round(Number(seedInput.value));
    state.days = daysInput.value.trim() === "" ? null : Math.round(Number(daysInput.value));
    state.until = untilBox.checked;
    state.maxReps = Math.round(Number(maxInput.value));
    const problems: string[] = [];
    if (state.policies.length < 2 || state.policies.length > 4) problems.push(`Choose 2 to 4 policies (${state.policies.length} chosen).`);
    if (!(state.reps >= 2 && state.reps <= 100)) problems.push("Replications must be between 2 and 100.");
    for (const p of [fieldProblem("Seed", "run.seed", state.seed), state.days === null ? null : fieldProblem("Days", "run.days", state.days)]) {
      if (p) problems.push(p);
    }
    if (state.until && !(state.maxReps >= state.reps && state.maxReps <= 200))
      problems.push("The maximum must be at least the replications and at most 200.");
    formMsg.textContent = problems.join(" ");
    return problems.length === 0;
  };
  for (const input of [baseSel, repsInput, seedInput, daysInput, untilBox, maxInput, ...policyBoxes.map((p) => p.box)]) {
    input.addEventListener("change", () => {
      readForm();
      writeState(state, false);
    });
  }
  page.querySelector("form")?.addEventListener("submit", (e) => {
    e.preventDefault();
    void runCompare();
  });

  const stopEngines = () => {
    for (const e of engines) e.dispose();
    engines = [];
  };
  const cancel = () => {
    token++;
    stopEngines();
    status.textContent = "Cancelled.";
    page.dataset.status = "cancelled";
    runBtn.disabled = false;
    cancelBtn.disabled = true;
  };

  async function runCompare(): Promise<void> {
    if (!readForm()) return;
    writeState(state, true);
    const my = ++token;
    stopEngines();
    for (const c of charts) c.finalize();
    charts = [];
    results.replaceChildren();
    page.dataset.status = "running";
    runBtn.disabled = true;
    cancelBtn.disabled = false;
    const entry = findScenario(state.base);
    const own = state.base === CUSTOM_BASE ? state.custom : null;
    const base = resolveScenario(own?.text ?? entry?.text ?? null, own?.name ?? entry?.fileName ?? "default", state.overrides);
    if (!base.ok) {
      showDiagnostics(diagBox, base.diagnostics, base.text);
      page.dataset.status = "invalid";
      runBtn.disabled = false;
      return;
    }
    showDiagnostics(diagBox, [], "");
    const scenarios = new Map<string, Scenario>();
    try {
      for (const p of state.policies) {
        const extra: Record<string, number | string> = { "policy.name": p };
        if (state.days !== null) extra["run.days"] = state.days;
        scenarios.set(p, applyParams(base.scenario, extra));
      }
    } catch (err) {
      // Never an uncaught page error: the message goes where the form's messages go.
      formMsg.textContent = err instanceof Error ? err.message.split("\n").join(" ") : String(err);
      page.dataset.status = "invalid";
      runBtn.disabled = false;
      cancelBtn.disabled = true;
      return;
    }

    const bars = new Map<string, HTMLProgressElement>();
    const texts = new Map<string, HTMLElement>();
    progressList.replaceChildren();
    for (const p of state.policies) {
      const bar = el("progress", { max: state.reps, value: 0, "aria-label": `Replications done for ${p}` });
      const txt = el("span", {}, `waiting`);
      bars.set(p, bar);
      texts.set(p, txt);
      progressList.append(el("li", {}, el("span", {}, p), bar, txt));
    }
    const nWorkers = parallelWorkers(state.policies.length * (state.until ? state.maxReps : state.reps));
    status.textContent = `Running ${state.policies.length} policies × ${state.reps} replications in ${nWorkers} workers…`;

    engines = Array.from({ length: nWorkers }, () => startEngine());
    const started = performance.now();
    let label = status.textContent;
    /** Runs done and planned over all batches, for the time-remaining estimate. */
    let doneRuns = 0;
    let plannedRuns = state.policies.length * state.reps;
    const tick = setInterval(() => {
      if (my !== token) return clearInterval(tick);
      const elapsed = (performance.now() - started) / 1000;
      const s = Math.round(elapsed);
      const left = doneRuns > 0 ? Math.round((elapsed / doneRuns) * (plannedRuns - doneRuns)) : null;
      status.textContent = `${label} ${clock(s)} elapsed${left === null ? "" : `, about ${clock(left)} left`}.`;
    }, 1000);
    // Metric names, units and meanings for the labels (a one-day run is enough to learn them).
    const infoP = engines[0].api.create({ scenario: scenarios.get(state.policies[0]) as Scenario }, { seed: state.seed, days: 1 });
    const runs = new Map<string, Summary[]>(state.policies.map((p) => [p, []]));
    /** Runs replications `first` to `total - 1` of every policy, the policies spread over the engines. */
    const runBatch = async (first: number, total: number) => {
      // Chunks of replications, so that every core has work whatever the number of policies.
      const queue = replicationChunks(state.policies, first, total, engines.length);
      const doneOf = new Map(state.policies.map((p) => [p, first]));
      for (const p of state.policies) {
        bars.get(p)!.max = total;
        texts.get(p)!.textContent = `${first} of ${total}`;
      }
      const worker = async (engine: EngineHandle) => {
        for (let job = queue.shift(); job !== undefined; job = queue.shift()) {
          const { policy, from, to } = job;
          let counted = 0;
          const onProgress = remoteCallback((done: number) => {
            if (my !== token) return;
            doneRuns += done - counted;
            doneOf.set(policy, (doneOf.get(policy) ?? 0) + done - counted);
            counted = done;
            bars.get(policy)!.value = doneOf.get(policy) ?? 0;
            texts.get(policy)!.textContent = `${doneOf.get(policy)} of ${total}`;
          });
          const summaries = await engine.api.runReplications(
            { scenario: scenarios.get(policy) as Scenario },
            to - from,
            state.seed,
            onProgress,
            from,
          );
          if (my !== token) return;
          // Replication r keeps its place whatever order the chunks finish in (differences are paired by r).
          const list = runs.get(policy)!;
          summaries.forEach((s, i) => {
            list[from + i] = s;
          });
          if (list.length >= total && list.slice(0, total).every((x) => x !== undefined)) texts.get(policy)!.textContent = "done";
        }
      };
      await Promise.all(engines.map(worker));
    };
    try {
      const [info] = await Promise.all([infoP, runBatch(0, state.reps)]);
      if (my !== token) return;
      let reps = state.reps;
      let open: OpenDifference[] = [];
      while (state.until) {
        const policyRuns = state.policies.map((p) => ({ policy: p, summaries: runs.get(p) ?? [] }));
        const all = commonMetrics(policyRuns);
        const units = new Map((info.ok ? info.info.metrics : []).map((m) => [m.name, m.unit]));
        open = openDifferences(
          compare(policyRuns, all),
          HEADLINE.filter((m) => all.includes(m)),
          (c) => smallestMeaningfulDifference(c.metric, c.byPolicy[0].ci.mean, units.get(c.metric) ?? ""),
        );
        const next = nextReplications(
          reps,
          open.map((o) => o.needed),
          state.maxReps,
        );
        if (next === reps) break;
        plannedRuns = doneRuns + state.policies.length * (next - reps);
        label = `${open.length} headline difference(s) not clear yet after ${reps} replications; running up to ${next}…`;
        status.textContent = label;
        await runBatch(reps, next);
        if (my !== token) return;
        reps = next;
      }
      const metrics: MetricInfo[] = info.ok ? info.info.metrics : [];
      const seconds = (performance.now() - started) / 1000;
      const outcome = !state.until
        ? ""
        : open.length === 0
          ? " Every headline difference is settled: clear, or too small to matter."
          : ` Stopped at the maximum of ${state.maxReps}; not clear yet: ${open.map((o) => `${o.metric} (${o.policy})`).join(", ")}.`;
      status.textContent = `Done: ${state.policies.length} policies × ${reps} replications in ${seconds.toFixed(1)} s.${outcome}`;
      page.dataset.replications = String(reps);
      charts = await renderResults(
        results,
        state.policies.map((p) => ({ policy: p, summaries: runs.get(p) ?? [] })),
        metrics,
        {
          reps,
          seed: state.seed,
          baseTitle: own ? own.name : (findScenario(state.base)?.title ?? "the default scenario"),
        },
      );
      // A copy: the form may change before the report is opened.
      const report = compareReportFacts({ ...state, policies: [...state.policies], overrides: new Map(state.overrides) }, reps, base.scenario);
      results.prepend(reportButton(page, () => report));
      page.dataset.status = "done";
      announce("Comparison finished.");
    } catch (err) {
      if (my !== token) return;
      const msg = err instanceof Error ? err.message : String(err);
      console.error(err);
      status.textContent = `The comparison failed: ${msg.length > 300 ? msg.slice(0, 300) + "…" : msg}`;
      page.dataset.status = "error";
    } finally {
      clearInterval(tick);
      if (my === token) {
        stopEngines();
        runBtn.disabled = false;
        cancelBtn.disabled = true;
      }
    }
  }

  // A link with values out of range says so on the page and does not start a run.
  if (linkProblems.length > 0) {
    formMsg.textContent = linkProblems.join(" ");
    writeState(state, false);
  } else if (autorun) void runCompare();
  else writeState(state, false);

  return {
    unmount() {
      token++;
      stopEngines();
      for (const c of charts) c.finalize();
    },
  };
}
