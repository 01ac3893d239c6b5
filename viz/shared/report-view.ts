/**
 * The printable report of a Compare or Explore view: a header that says what was run
 * (scenario, policies, seed, replications, days, version and commit), how to reproduce it
 * (the CLI commands and the link) and which settings differ from the model's defaults,
 * above the page's own results. "Report" shows the page as it prints: controls hidden.
 */
import type { Scenario } from "../../sim/index.ts";
import { BUILD } from "./build-info.ts";
import { button, el } from "./dom.ts";
import { differencesFromDefaults } from "./scenario-differences.ts";
import { dataTable } from "./table.ts";

export interface ReportFacts {
  title: string;
  /** Facts as label → value, in order (scenario, policies, seed, …). */
  facts: [string, string][];
  scenario: Scenario;
  /** Files to write before the command (Compare's one-line policy files). */
  files?: { name: string; text: string }[];
  command: string;
}

/** The report's header section (class "report-head"). */
export function reportHeader(r: ReportFacts): HTMLElement {
  const facts = el("dl", { class: "report-facts" });
  for (const [k, v] of [...r.facts, ["Doorstep", `${BUILD.version} (commit ${BUILD.commit})`] as [string, string]])
    facts.append(el("dt", {}, k), el("dd", {}, v));
  const steps = el("div", { class: "report-reproduce" }, el("h3", {}, "How to reproduce it"));
  for (const f of r.files ?? []) steps.append(el("p", {}, `Save as ${f.name}:`), el("pre", {}, f.text));
  steps.append(
    el("p", {}, "Run (same seeds, same engine, same numbers):"),
    el("pre", { class: "report-command" }, r.command),
    el("p", {}, "Or open this view: ", el("span", { class: "report-link" }, location.href)),
  );
  const diffs = differencesFromDefaults(r.scenario);
  const assumptions = diffs.filter((d) => d.assumption).length;
  const settings =
    diffs.length === 0
      ? el("p", {}, "Every setting has the model's default value (see PARAMETERS.md for each default's source).")
      : dataTable(
          `Settings that differ from the model's defaults (${assumptions} of ${diffs.length} rest on assumptions, not published figures)`,
          [
            { key: "path", label: "Setting", cell: (d) => d.path },
            { key: "value", label: "Here", cell: (d) => String(d.value) },
            { key: "default", label: "Default", cell: (d) => (d.defaultValue === undefined ? "—" : String(d.defaultValue)) },
            {
              key: "source",
              label: "Default's source",
              cell: (d) => (d.assumption ? `assumption: ${d.source.replace(/^assumption\s*/i, "")}` : d.source),
            },
          ],
          diffs,
        );
  return el("section", { class: "report-head", "aria-label": "Report" }, el("h1", {}, r.title), facts, el("h3", {}, "Settings"), settings, steps);
}

/**
 * A "Report" button for `page`: shows the report header above the results with the controls
 * hidden (as printed), with buttons to print and to go back. `facts` is read when clicked.
 */
export function reportButton(page: HTMLElement, facts: () => ReportFacts | null): HTMLButtonElement {
  return button(
    "Report",
    () => {
      const r = facts();
      if (!r) return;
      page.querySelector(".report-head")?.remove();
      page.querySelector(".report-actions")?.remove();
      const leave = () => {
        document.body.classList.remove("report-mode");
        page.querySelector(".report-head")?.remove();
        page.querySelector(".report-actions")?.remove();
      };
      const actions = el(
        "div",
        { class: "report-actions row" },
        button("Print or save as PDF", () => window.print(), { class: "primary" }),
        button("Back to the page", leave),
      );
      page.prepend(actions, reportHeader(r));
      document.body.classList.add("report-mode");
      actions.querySelector("button")?.focus();
    },
    { class: "report-button" },
  );
}
