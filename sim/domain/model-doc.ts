/**
 * The ODD tables of `sim/domain/README.md` rendered from the part registry: the parts
 * (name, section, metrics, events, hooks) and the daily metrics (name, kind, unit,
 * meaning). `scripts/gen-scenario-docs.ts` writes them between markers; a test checks that
 * the README is current, so a new part shows up in the documentation by being registered.
 */
import type { DomainPart } from "./model/domain-part.ts";
import { PARTS } from "./parts.ts";
import { METRIC_DEFINITIONS } from "./metrics.ts";
import { collectMetricSpecs } from "../core/index.ts";
import { COLUMN_ORDER } from "./parts.ts";

const cell = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
const code = (names: readonly string[]) => (names.length === 0 ? "—" : names.map((n) => `\`${n}\``).join(", "));

/** The hooks a part has, in the order the core runs them. */
export function partHooks(p: DomainPart): string[] {
  const hooks: string[] = [];
  if (p.create) hooks.push("create");
  if (p.start) hooks.push("start");
  if (p.startDay) hooks.push("startDay");
  if (p.endDay) hooks.push("endDay");
  for (const t of Object.keys(p.on ?? {})) hooks.push(`on ${t}`);
  return hooks;
}

/**
 * The table of parts, in registry order.
 *
 * @example renderPartsTable(PARTS).split("\n")[0] // "| # | part | section | metrics | events | hooks | what it does |"
 */
export function renderPartsTable(parts: readonly DomainPart[] = PARTS): string {
  const rows = ["| # | part | section | metrics | events | hooks | what it does |", "|---|---|---|---|---|---|---|"];
  parts.forEach((p, i) => {
    const section = p.section ? `\`${p.section.key}:\`` : "—";
    const metrics = code((p.metrics ?? []).map((m) => m.name));
    const events = code(p.events ?? []);
    rows.push(`| ${i + 1} | \`${p.name}\` | ${section} | ${metrics} | ${events} | ${partHooks(p).join(", ") || "—"} | ${cell(p.summary)} |`);
  });
  return rows.join("\n");
}

/**
 * The table of daily metrics, in column order; a by-group metric is one row marked `(+ __<group>)`.
 *
 * @example renderMetricTable().split("\n")[2] // "| `packages_delivered` | count | packages | ... | deliveries |"
 */
export function renderMetricTable(parts: readonly DomainPart[] = PARTS): string {
  const specs = parts === PARTS ? METRIC_DEFINITIONS : collectMetricSpecs(parts, COLUMN_ORDER);
  const owner = new Map<string, string>();
  for (const p of parts) for (const m of p.metrics ?? []) owner.set(m.name, p.name);
  const rows = ["| metric | kind | unit | meaning | part |", "|---|---|---|---|---|"];
  for (const m of specs) {
    const name = m.byGroup ? `\`${m.name}\` (+ \`__<group>\`)` : `\`${m.name}\``;
    rows.push(`| ${name} | ${m.kind} | ${cell(m.unit)} | ${cell(m.description)} | \`${owner.get(m.name)}\` |`);
  }
  return rows.join("\n");
}

/**
 * `text` with the content between `<!-- <name>:start -->` and `<!-- <name>:end -->` replaced.
 * Throws when the markers are missing, so a README cannot silently lose a generated table.
 */
export function replaceBetweenMarkers(text: string, name: string, content: string): string {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  if (i < 0 || j < i)
    throw new Error(
      `replaceBetweenMarkers: expected the markers "${start}" and "${end}" in this order; found ${i < 0 ? "no start marker" : "no end marker after it"}.`,
    );
  return `${text.slice(0, i + start.length)}\n${content}\n${text.slice(j)}`;
}

/** The README with its generated tables (parts, metrics) brought up to date. */
export function renderDomainReadme(current: string, parts: readonly DomainPart[] = PARTS): string {
  return replaceBetweenMarkers(replaceBetweenMarkers(current, "parts", renderPartsTable(parts)), "metrics", renderMetricTable(parts));
}
