/**
 * Scenario errors shown in the page exactly as the CLI prints them (formatDiagnostic),
 * each with the offending YAML line and a caret under the column.
 */
import { formatDiagnostic, formatDiagnosticWithSource, type Diagnostic } from "../../sim/index.ts";
import { el } from "./dom.ts";

/** Renders diagnostics into `box` (emptied first); `text` is the YAML they refer to. */
export function showDiagnostics(box: HTMLElement, diagnostics: Diagnostic[], text: string): void {
  box.replaceChildren();
  if (diagnostics.length === 0) {
    box.hidden = true;
    return;
  }
  box.hidden = false;
  const lines = text.split(/\r?\n/);
  box.append(el("h3", {}, diagnostics.length === 1 ? "This scenario has 1 problem" : `This scenario has ${diagnostics.length} problems`));
  const list = el("ul", {});
  for (const d of diagnostics) {
    const item = el(
      "li",
      { class: "diagnostic", "data-line": d.line, "data-code": d.code },
      el("code", { class: "diagnostic-message" }, formatDiagnostic(d)),
    );
    if (d.line >= 1 && lines[d.line - 1] !== undefined) {
      // The same source frame the CLI prints under the message (line, then a caret).
      const frame = formatDiagnosticWithSource(d, text).split("\n").slice(1).join("\n");
      item.append(el("pre", { class: "diagnostic-frame", "aria-hidden": "true" }, frame));
    }
    list.append(item);
  }
  box.append(list);
}
