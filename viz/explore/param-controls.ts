/**
 * The parameter panel of Explore, generated from the scenario schema: a few key
 * parameters up front, every other parameter grouped by section in closed <details>.
 * Each control is labelled, shows its unit, and carries the schema's description (and
 * source) as help text linked with aria-describedby.
 */
import { el, uid } from "../shared/dom.ts";
import { humanize, getPath, type ParamInfo, type ParamValue, type SectionInfo } from "../shared/schema-params.ts";
import { BIBLIOGRAPHY } from "../shared/bibliography.ts";
import { citedEntries } from "../shared/sources.ts";

/** Parameters worth a first glance, matched against schema paths (the first hits win). */
const KEY_PATTERNS = [
  /^policy\.name$/,
  /^neighbourhood\.households$/,
  /^residents\.initialCameraShare$/,
  /^thieves\.perThousandHouseholds$/,
  /^thieves\.cameraDeterrence$/,
  /^deliveries\.parcelsPerHouseholdPerWeek$/,
  /^policy\.(warrantRequired|faceRecognition|alertVetting)$/,
  /^faceRecognition\.matchThreshold$/,
  /^residents\.requestShareProbability$/,
  /^sting\.enabled$/,
];
const KEY_MAX = 12;

export interface ParamPanel {
  element: HTMLElement;
  /** Shows the values of a (resolved) scenario, marking overridden ones. */
  showValues(scenario: unknown, overrides: Map<string, ParamValue>): void;
}

export function keyParams(sections: SectionInfo[]): ParamInfo[] {
  const all = sections.flatMap((s) => s.params);
  const picked: ParamInfo[] = [];
  for (const re of KEY_PATTERNS) {
    for (const p of all) if (re.test(p.path) && !picked.includes(p) && picked.length < KEY_MAX) picked.push(p);
  }
  return picked;
}

/** Builds the panel. `onChange(path, value)` fires on a committed change; null = back to the scenario's value. */
export function createParamPanel(sections: SectionInfo[], onChange: (path: string, value: ParamValue | null) => void): ParamPanel {
  const inputs = new Map<string, { p: ParamInfo; input: HTMLInputElement | HTMLSelectElement; row: HTMLElement }>();

  const control = (p: ParamInfo, short: boolean): HTMLElement => {
    const id = uid("param");
    const helpId = `${id}-help`;
    const tail = p.path.split(".").slice(1).join(".");
    const name = short ? `${humanize(p.section)}: ${humanize(tail)}` : humanize(tail);
    const unit = p.unit ? ` (${p.unit})` : "";
    let input: HTMLInputElement | HTMLSelectElement;
    if (p.kind === "boolean") {
      input = el("input", { type: "checkbox", id, "aria-describedby": helpId });
    } else if (p.kind === "choice") {
      input = el("select", { id, "aria-describedby": helpId });
      for (const o of p.options ?? []) input.append(el("option", { value: o }, o));
    } else {
      input = el("input", {
        type: "number",
        id,
        "aria-describedby": helpId,
        step: p.int ? 1 : "any",
        min: p.min,
        max: p.max,
        inputmode: "decimal",
      });
    }
    input.dataset.path = p.path;
    const range =
      p.kind === "number" && (p.min !== undefined || p.max !== undefined)
        ? ` Range ${p.min ?? "−∞"} to ${p.max ?? "∞"}${p.unit ? " " + p.unit : ""}.`
        : "";
    // Long descriptions (e.g. the list of policy bundles) show their first sentence; the rest folds away.
    const cut = p.description.search(/\.\s/);
    const first = p.description.length > 160 && cut > 0 ? p.description.slice(0, cut + 1) : p.description;
    const rest = first.length < p.description.length ? p.description.slice(first.length).trim() : "";
    const help = el(
      "div",
      { class: "help", id: helpId },
      el("p", {}, `${first}${range}`),
      rest ? el("details", {}, el("summary", {}, "More"), el("p", {}, rest)) : null,
      p.source ? sourceNote(p.source) : null,
    );
    const label = el("label", { for: id }, `${name}${unit}`);
    const row = el("div", { class: `param param-${p.kind}` }, ...(p.kind === "boolean" ? [input, label] : [label, input]), help);
    const commit = () => {
      if (p.kind === "boolean") onChange(p.path, (input as HTMLInputElement).checked);
      else if (p.kind === "choice") onChange(p.path, input.value);
      else {
        const v = Number(input.value);
        const ok = input.value.trim() !== "" && Number.isFinite(v) && (input as HTMLInputElement).checkValidity();
        input.setAttribute("aria-invalid", ok ? "false" : "true");
        if (ok) onChange(p.path, v);
      }
    };
    input.addEventListener("change", commit);
    inputs.set(p.path + (short ? "#key" : ""), { p, input, row });
    return row;
  };

  const element = el("div", { class: "params" });
  const keys = keyParams(sections);
  if (keys.length) {
    element.append(el("fieldset", { class: "key-params" }, el("legend", {}, "Key parameters"), ...keys.map((p) => control(p, true))));
  }
  const all = el("details", { class: "all-params" }, el("summary", {}, "All parameters"));
  for (const s of sections) {
    all.append(
      el("details", { class: "section" }, el("summary", {}, `${humanize(s.name)} (${s.params.length})`), ...s.params.map((p) => control(p, false))),
    );
  }
  element.append(all);

  return {
    element,
    showValues(scenario, overrides) {
      for (const { p, input, row } of inputs.values()) {
        const v = overrides.get(p.path) ?? getPath(scenario, p.path) ?? p.defaultValue ?? "";
        if (p.kind === "boolean") (input as HTMLInputElement).checked = v === true;
        else input.value = String(v);
        row.classList.toggle("overridden", overrides.has(p.path));
        input.setAttribute("aria-invalid", "false");
      }
    },
  };
}

/** "Source: ..." under a control, with the full entry of each key it cites (from docs/sources.md). */
function sourceNote(source: string): HTMLElement {
  const cited = citedEntries(source, BIBLIOGRAPHY);
  const line = el("p", { class: "source" }, `Source: ${source}.`);
  if (cited.length === 0) return line;
  const entries = cited.map((c) => el("li", {}, el("strong", {}, c.key), ` — ${c.text}`));
  return el(
    "div",
    { class: "source" },
    line,
    el("details", {}, el("summary", {}, cited.length === 1 ? "The source" : "The sources"), el("ul", {}, ...entries)),
  );
}
