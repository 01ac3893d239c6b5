/**
 * Compare: two to four partnership policies on the same neighbourhood and the same
 * seeds, N replications each, run in parallel engine Workers. Shows, per measure, each
 * policy's mean with its 95% interval and the difference from the first policy, as
 * dot-and-interval charts and as a table in plain words.
 */
import { applyParams, POLICY_BUNDLES, POLICY_NAMES, type Scenario, type MetricInfo, type Summary } from "../../sim/index.ts";
import { el, button, uid, announce } from "../shared/dom.ts";
import { LIBRARY, DEFAULT_SCENARIO_ID, findScenario } from "../shared/library.ts";
import { writeRoute, intParam, overridesFromParams } from "../shared/url-state.ts";
import type { ParamValue } from "../shared/schema-params.ts";
import { resolveScenario } from "../shared/scenario-input.ts";
import { showDiagnostics } from "../shared/diagnostics.ts";
import { startEngine, remoteCallback, parallelWorkers, type EngineHandle } from "../engine-client.ts";
import type { ChartHandle } from "../shared/chart.ts";
import type { Page } from "../shared/page.ts";
import { renderResults } from "./compare-results.ts";

interface CompareState {
  base: string;
  policies: string[];
  reps: number;
  seed: number;
  days: number | null;
  /** Parameter changes applied to the base scenario (`set.<path>=value` in the URL). */
  overrides: Map<string, ParamValue>;
}

function readState(p: URLSearchParams): CompareState {
  const policies = (p.get("policies") ?? "none,portal-partnership")
    .split(",")
    .filter((x) => (POLICY_NAMES as readonly string[]).includes(x))
    .slice(0, 4);
  return {
    base: p.get("base") ?? DEFAULT_SCENARIO_ID,
    policies: policies.length ? policies : ["none", "portal-partnership"],
    reps: Math.min(100, Math.max(2, intParam(p, "reps", 5))),
    seed: intParam(p, "seed", 1),
    // Comparisons run many replications: a shorter default run keeps them to minutes.
    days: p.get("days") === "" ? null : intParam(p, "days", 60) || null,
    overrides: overridesFromParams(p),
  };
}

function writeState(s: CompareState, ran: boolean): void {
  const p = new URLSearchParams();
  if (s.base) p.set("base", s.base);
  p.set("policies", s.policies.join(","));
  p.set("reps", String(s.reps));
  p.set("seed", String(s.seed));
  p.set("days", s.days === null ? "" : String(s.days));
  for (const [k, v] of s.overrides) p.set(`set.${k}`, String(v));
  if (ran) p.set("run", "1");
  writeRoute("compare", p);
}

export function mountCompare(root: HTMLElement, params: URLSearchParams): Page {
  const state = readState(params);
  const autorun = params.get("run") === "1";

  const baseId = uid("base");
  const baseSel = el("select", { id: baseId });
  if (LIBRARY.length === 0) baseSel.append(el("option", { value: "" }, "Built-in default scenario"));
  for (const e of LIBRARY) baseSel.append(el("option", { value: e.id }, e.title === e.id ? e.id : `${e.title} (${e.id})`));
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
        "fieldset",
        {},
        el("legend", {}, "Policies to compare (2 to 4; the first checked is the reference)"),
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
    state.policies = policyBoxes.filter((p) => p.box.checked).map((p) => p.name);
    state.reps = Math.round(Number(repsInput.value));
    state.seed = Math.round(Number(seedInput.value));
    state.days = daysInput.value.trim() === "" ? null : Math.round(Number(daysInput.value));
    const problems: string[] = [];
    if (state.policies.length < 2 || state.policies.length > 4) problems.push(`Choose 2 to 4 policies (${state.policies.length} chosen).`);
    if (!(state.reps >= 2 && state.reps <= 100)) problems.push("Replications must be between 2 and 100.");
    if (!(state.seed >= 0)) problems.push("The seed must be a whole number, 0 or more.");
    if (state.days !== null && !(state.days >= 1)) problems.push("Days must be at least 1 (or empty for the scenario's length).");
    formMsg.textContent = problems.join(" ");
    return problems.length === 0;
  };
  for (const input of [baseSel, repsInput, seedInput, daysInput, ...policyBoxes.map((p) => p.box)]) {
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
    const base = resolveScenario(entry?.text ?? null, entry?.fileName ?? "default", state.overrides);
    if (!base.ok) {
      showDiagnostics(diagBox, base.diagnostics, base.text);
      page.dataset.status = "invalid";
      runBtn.disabled = false;
      return;
    }
    showDiagnostics(diagBox, [], "");
    const scenarios = new Map<string, Scenario>();
    for (const p of state.policies) {
      const extra: Record<string, number | string> = { "policy.name": p };
      if (state.days !== null) extra["run.days"] = state.days;
      scenarios.set(p, applyParams(base.scenario, extra));
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
    status.textContent = `Running ${state.policies.length} policies × ${state.reps} replications in ${parallelWorkers(state.policies.length)} workers…`;

    const nWorkers = parallelWorkers(state.policies.length);
    engines = Array.from({ length: nWorkers }, () => startEngine());
    const started = performance.now();
    const label = status.textContent;
    const tick = setInterval(() => {
      if (my !== token) return clearInterval(tick);
      const s = Math.round((performance.now() - started) / 1000);
      status.textContent = `${label} ${Math.floor(s / 60)}:${String(s % 60).padStart(2, "0")} elapsed.`;
    }, 1000);
    // Metric names, units and meanings for the labels (a one-day run is enough to learn them).
    const infoP = engines[0].api.create({ scenario: scenarios.get(state.policies[0]) as Scenario }, { seed: state.seed, days: 1 });
    const queue = [...state.policies];
    const runs = new Map<string, Summary[]>();
    const worker = async (engine: EngineHandle) => {
      for (let p = queue.shift(); p !== undefined; p = queue.shift()) {
        const name = p;
        texts.get(name)!.textContent = "running";
        const onProgress = remoteCallback((done: number, total: number) => {
          if (my !== token) return;
          bars.get(name)!.value = done;
          texts.get(name)!.textContent = `${done} of ${total}`;
        });
        const summaries = await engine.api.runReplications({ scenario: scenarios.get(name) as Scenario }, state.reps, state.seed, onProgress);
        if (my !== token) return;
        runs.set(name, summaries);
        bars.get(name)!.value = state.reps;
        texts.get(name)!.textContent = "done";
      }
    };
    try {
      const [info] = await Promise.all([infoP, ...engines.map(worker)]);
      if (my !== token) return;
      const metrics: MetricInfo[] = info.ok ? info.info.metrics : [];
      const seconds = (performance.now() - started) / 1000;
      status.textContent = `Done: ${state.policies.length} policies × ${state.reps} replications in ${seconds.toFixed(1)} s.`;
      charts = await renderResults(
        results,
        state.policies.map((p) => ({ policy: p, summaries: runs.get(p) ?? [] })),
        metrics,
        {
          reps: state.reps,
          seed: state.seed,
          baseTitle: findScenario(state.base)?.title ?? "the default scenario",
        },
      );
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

  if (autorun) void runCompare();
  else writeState(state, false);

  return {
    unmount() {
      token++;
      stopEngines();
      for (const c of charts) c.finalize();
    },
  };
}
