/**
 * Explore: one scenario, its key parameters, the live map and the headline charts.
 * Opens on the default scenario and runs at once; everything the view shows is in the
 * URL (scenario or YAML, seed, days, speed, overrides), so a shared link gives the same
 * run, day by day.
 */
import type { DailyRow } from "../../sim/index.ts";
import { el, button, announce, uid } from "../shared/dom.ts";
import { LIBRARY, DEFAULT_SCENARIO_ID, findScenario } from "../shared/library.ts";
import { fieldProblem, writeRoute } from "../shared/url-state.ts";
import { showDiagnostics } from "../shared/diagnostics.ts";
import { resolveScenario } from "../shared/scenario-input.ts";
import { scenarioSections } from "../shared/schema-params.ts";
import { LiveRun, type RunStatus } from "../shared/live-run.ts";
import type { Page } from "../shared/page.ts";
import { createParamPanel } from "./param-controls.ts";
import { createMapView } from "./map-view.ts";
import { DayCharts } from "./day-charts.ts";
import { timelineMarkers, type ChangeMarker } from "./explore-charts.ts";
import { renderRunSummary } from "./run-summary.ts";
import { stateFromParams, stateToParams, SPEEDS, type ExploreState } from "./explore-state.ts";
import { createYamlEditor } from "./yaml-editor.ts";
import { yamlWithOverrides } from "../shared/yaml-overrides.ts";
import { compareHash, downloadScenarioYaml, exploreReportFacts } from "./scenario-actions.ts";
import { reportButton } from "../shared/report-view.ts";
import type { Scenario } from "../../sim/index.ts";

export function mountExplore(root: HTMLElement, params: URLSearchParams): Page {
  const scenarioIds = LIBRARY.length ? LIBRARY.map((e) => e.id) : [DEFAULT_SCENARIO_ID];
  const state: ExploreState = stateFromParams(params, DEFAULT_SCENARIO_ID, scenarioIds);
  const saveUrl = () => writeRoute("explore", stateToParams(state));

  // Scenario source: library, file, paste.
  const pickId = uid("scenario");
  const picker = el("select", { id: pickId });
  for (const e of LIBRARY) picker.append(el("option", { value: e.id }, e.title === e.id ? e.id : `${e.title} (${e.id})`));
  if (LIBRARY.length === 0) picker.append(el("option", { value: "" }, "Built-in default scenario"));
  picker.append(el("option", { value: "__custom" }, "Your own YAML (opened or pasted)"));
  const fileInput = el("input", {
    type: "file",
    accept: ".yaml,.yml,text/yaml",
    class: "visually-hidden",
    id: uid("file"),
    tabindex: "-1",
    "aria-hidden": "true",
  });
  const openBtn = button("Open YAML file…", () => fileInput.click());
  const scenarioDesc = el("p", { class: "scenario-desc" });

  // Run controls.
  const seedId = uid("seed");
  const seedInput = el("input", { id: seedId, type: "number", step: 1, min: 0, inputmode: "numeric", class: "narrow" });
  const daysId = uid("days");
  const daysInput = el("input", {
    id: daysId,
    type: "number",
    step: 1,
    min: 1,
    max: 3650,
    inputmode: "numeric",
    class: "narrow",
    placeholder: "scenario",
  });
  const speedId = uid("speed");
  const speedSel = el("select", { id: speedId });
  for (const s of SPEEDS)
    speedSel.append(el("option", { value: s }, s === 0 ? "As fast as possible" : s === 1 ? "1 day per second" : `${s} days per second`));
  const runBtn = button("Run", () => void toggleRun(), { class: "primary", "aria-keyshortcuts": "Space" });
  const stepBtn = button("Step 1 day", () => void doStep());
  const resetBtn = button("Reset", () => void load(false));
  const cumBox = el("input", { type: "checkbox", id: uid("cum") });
  const status = el("p", { class: "status", role: "status", "aria-live": "polite" }, "Loading…");
  // Values of a link or an input that are out of range: said here, never thrown.
  const inputNote = el("p", { class: "error-text", role: "alert" }, state.linkProblems.join(" "));
  const progress = el("progress", { max: 1, value: 0, "aria-label": "Simulated days done" });

  // YAML editor and diagnostics: the editor always shows the scenario the run uses.
  const editorLabelId = uid("yaml-label");
  const editor = createYamlEditor({ labelledBy: editorLabelId, fileName: () => scenarioFileName() });
  const applyBtn = button("Check and load this YAML", () => {
    state.customText = editor.getText();
    state.scenarioId = null;
    state.overrides.clear();
    void load(true);
  });
  const downloadBtn = button("Download YAML", () => downloadScenarioYaml(state, effectiveYaml() ?? ""));
  const compareLink = el("a", { class: "button-link", href: "#/compare" }, "Compare this with other policies…");
  const editorBox = el(
    "details",
    { class: "yaml-box" },
    el("summary", {}, "Scenario YAML (edit or paste)"),
    el(
      "p",
      { id: editorLabelId, class: "help" },
      "YAML of the scenario, with the parameters you changed written in. Ctrl+Space completes keys; hover a key for its meaning.",
    ),
    editor.element,
    applyBtn,
  );
  const diagBox = el("div", { class: "diagnostics", role: "alert", tabindex: "-1", hidden: true });

  const sections = scenarioSections();
  const panel = createParamPanel(sections, (path, value) => {
    if (value === null) state.overrides.delete(path);
    else state.overrides.set(path, value);
    void load(true);
  });
  const clearOverrides = button("Back to the scenario's values", () => {
    state.overrides.clear();
    void load(true);
  });

  const map = createMapView();
  const chartBox = el("div", { class: "charts", "aria-label": "Charts by day" });
  const summaryBox = el("section", { class: "run-summary", "aria-label": "Summary of the run" });
  const charts = new DayCharts(chartBox);

  const page = el(
    "div",
    { class: "page explore" },
    el("h1", {}, "Explore a neighbourhood"),
    el(
      "section",
      { class: "toolbar", "aria-label": "Scenario and run controls" },
      el("div", { class: "field" }, el("label", { for: pickId }, "Scenario"), picker),
      el("div", { class: "field" }, openBtn, fileInput),
      el("div", { class: "field" }, el("label", { for: seedId }, "Seed"), seedInput),
      el("div", { class: "field" }, el("label", { for: daysId }, "Days after warm-up"), daysInput),
      el("div", { class: "field" }, el("label", { for: speedId }, "Speed"), speedSel),
      el("div", { class: "field buttons", role: "group", "aria-label": "Run controls" }, runBtn, stepBtn, resetBtn),
      el("div", { class: "field" }, progress, status, inputNote),
    ),
    scenarioDesc,
    diagBox,
    el(
      "div",
      { class: "explore-grid" },
      el(
        "aside",
        { class: "side", "aria-label": "Parameters" },
        el("h2", {}, "Parameters"),
        panel.element,
        clearOverrides,
        el("div", { class: "row", role: "group", "aria-label": "Save or compare this scenario" }, downloadBtn, compareLink),
        editorBox,
      ),
      el(
        "div",
        { class: "main-col" },
        el("section", { "aria-label": "Map" }, el("h2", {}, "Map"), map.element),
        el(
          "section",
          { "aria-label": "Charts" },
          el(
            "div",
            { class: "charts-head" },
            el("h2", {}, "What happens, day by day"),
            el("label", { class: "inline" }, cumBox, " Show running totals"),
          ),
          chartBox,
        ),
        summaryBox,
      ),
    ),
  );
  root.replaceChildren(page);

  const run = new LiveRun({
    onRows: (rows: DailyRow[], day, total) => {
      charts.add(rows);
      progress.max = total;
      progress.value = day;
      showStatus();
    },
    onSnapshot: (s) => map.update(s),
    onStatus: () => {
      if (run.status !== "running") charts.flushNow();
      if (run.status === "done") void showSummary();
      showStatus();
    },
  });

  function showStatus(): void {
    const s: RunStatus = run.status;
    const total = run.info?.totalDays ?? 0;
    const words: Record<RunStatus, string> = {
      idle: "Ready",
      running: "Running",
      paused: "Paused",
      done: "Finished",
      error: "Cannot run",
    };
    status.textContent = run.info ? `${words[s]}: day ${run.day} of ${total}` : words[s];
    page.dataset.status = s;
    page.dataset.day = String(run.day);
    runBtn.textContent = s === "running" ? "Pause" : run.day > 0 && s !== "done" ? "Continue" : "Run";
    runBtn.disabled = !run.info || s === "done";
    stepBtn.disabled = !run.info || s === "running" || s === "done";
    if (s === "done") announce(`Run finished after ${run.day} days.`);
  }

  function syncInputs(): void {
    picker.value = state.customText !== null ? "__custom" : (state.scenarioId ?? "");
    seedInput.value = state.seed === null ? "" : String(state.seed);
    daysInput.value = state.days === null ? "" : String(state.days);
    speedSel.value = String(state.speed);
    cumBox.checked = state.cumulative;
    const entry = findScenario(state.scenarioId);
    scenarioDesc.textContent = entry ? entry.description : state.customText !== null ? `Your scenario: ${state.customName}` : "";
    editor.setText(effectiveYaml() ?? "");
    compareLink.setAttribute("href", compareHash(state, effectiveYaml() ?? ""));
  }

  /** The scenario's YAML with the controls' changes written in (null when there is no text). */
  function effectiveYaml(): string | null {
    const text = state.customText ?? findScenario(state.scenarioId)?.text ?? null;
    return text === null ? null : (yamlWithOverrides(text, state.overrides) ?? text);
  }

  function scenarioFileName(): string {
    return state.customText !== null ? state.customName : (findScenario(state.scenarioId)?.fileName ?? "default");
  }

  let loadToken = 0;
  let loadedScenario: Scenario | null = null;
  let warmupDays = 0;
  let changes: ChangeMarker[] = [];
  async function load(autorun: boolean): Promise<void> {
    const token = ++loadToken;
    syncInputs();
    saveUrl();
    run.dispose();
    showStatus();
    summaryBox.replaceChildren();
    map.clear();
    charts.resetData();
    progress.value = 0;
    status.textContent = "Loading…";
    page.dataset.status = "loading";
    const entry = findScenario(state.scenarioId);
    const text = state.customText ?? entry?.text ?? null;
    const fileName = state.customText !== null ? state.customName : (entry?.fileName ?? "default");
    const resolved = resolveScenario(text, fileName, state.overrides);
    if (!resolved.ok) {
      showDiagnostics(diagBox, resolved.diagnostics, resolved.text);
      editorBox.open = true;
      status.textContent = "Fix the scenario to run it.";
      page.dataset.status = "invalid";
      diagBox.focus();
      return;
    }
    showDiagnostics(diagBox, [], "");
    panel.showValues(resolved.scenario, state.overrides);
    loadedScenario = resolved.scenario;
    // Name and description come from the file: text only, never markup.
    scenarioDesc.textContent = `${resolved.scenario.name}${resolved.scenario.description ? ": " + resolved.scenario.description : ""}${state.customText !== null ? ` (${state.customName})` : ""}`;
    const res = await run.load(resolved.scenario, { seed: state.seed ?? undefined, days: state.days ?? undefined });
    if (token !== loadToken) return;
    if (!res.ok) {
      showDiagnostics(diagBox, res.diagnostics, text ?? "");
      status.textContent = "Fix the scenario to run it.";
      page.dataset.status = "invalid";
      return;
    }
    if (state.seed === null) {
      // Pin the seed in the URL so that a shared link reproduces these numbers.
      state.seed = res.info.seed;
      seedInput.value = String(state.seed);
      saveUrl();
      compareLink.setAttribute("href", compareHash(state, effectiveYaml() ?? ""));
    }
    progress.max = res.info.totalDays;
    map.setLayout(res.info.layout);
    const snap = await run.snapshot();
    if (token !== loadToken) return;
    if (snap) map.update(snap);
    warmupDays = resolved.scenario.run.warmupDays;
    changes = timelineMarkers(resolved.scenario.timeline, warmupDays);
    await charts.build(res.info.metrics, state.cumulative, warmupDays, changes);
    if (token !== loadToken) return;
    run.daysPerSecond = state.speed;
    showStatus();
    if (autorun) run.start();
  }

  async function showSummary(): Promise<void> {
    const token = loadToken;
    const res = await run.results();
    if (!res || token !== loadToken || !run.info) return;
    const name = findScenario(state.scenarioId)?.title ?? state.customName;
    renderRunSummary(summaryBox, res.summary, run.info.metrics, `${name}, seed ${run.info.seed}, ${run.info.totalDays} days`, res.records);
    const scenario = loadedScenario;
    const info = run.info;
    if (scenario) summaryBox.prepend(reportButton(page, () => exploreReportFacts(state, name, scenario, info)));
  }

  async function toggleRun(): Promise<void> {
    if (run.status === "running") await run.pause();
    else run.start();
  }

  async function doStep(): Promise<void> {
    stepBtn.disabled = true;
    await run.step(1);
    showStatus();
  }

  picker.addEventListener("change", () => {
    if (picker.value === "__custom") {
      state.customText = editor.getText();
      state.scenarioId = null;
      editorBox.open = true;
      editor.focus();
      return;
    }
    state.scenarioId = picker.value;
    state.customText = null;
    state.overrides.clear();
    void load(true);
  });
  fileInput.addEventListener("change", async () => {
    const f = fileInput.files?.[0];
    if (!f) return;
    state.customText = await f.text();
    state.customName = f.name;
    state.scenarioId = null;
    state.overrides.clear();
    fileInput.value = "";
    void load(true);
  });
  // Seed and days obey the scenario's ranges (the same check as a file or a link).
  const checkedInput = (input: HTMLInputElement, label: string, path: string): { ok: boolean; value: number | null } => {
    const v = input.value.trim();
    if (v === "") return { ok: true, value: null };
    const problem = fieldProblem(label, path, Number(v));
    inputNote.textContent = problem ?? "";
    return problem ? { ok: false, value: null } : { ok: true, value: Number(v) };
  };
  seedInput.addEventListener("change", () => {
    const r = checkedInput(seedInput, "Seed", "run.seed");
    if (!r.ok) return;
    state.seed = r.value;
    void load(true);
  });
  daysInput.addEventListener("change", () => {
    const r = checkedInput(daysInput, "Days", "run.days");
    if (!r.ok) return;
    state.days = r.value;
    void load(true);
  });
  speedSel.addEventListener("change", () => {
    state.speed = Number(speedSel.value);
    saveUrl();
    void run.setSpeed(state.speed);
  });
  cumBox.addEventListener("change", () => {
    state.cumulative = cumBox.checked;
    saveUrl();
    if (run.info) void charts.build(run.info.metrics, state.cumulative, warmupDays, changes);
  });
  const onKey = (e: KeyboardEvent) => {
    const t = e.target as HTMLElement;
    if (
      e.key === " " &&
      !["INPUT", "TEXTAREA", "SELECT", "BUTTON", "SUMMARY"].includes(t.tagName) &&
      !t.isContentEditable &&
      t.getAttribute("role") !== "img"
    ) {
      e.preventDefault();
      void toggleRun();
    }
  };
  document.addEventListener("keydown", onKey);

  void load(true);

  return {
    unmount() {
      document.removeEventListener("keydown", onKey);
      run.dispose();
      charts.dispose();
      editor.destroy();
    },
  };
}
