/**
 * Diagnostics: problems found in a scenario or sweep file, as data. Loaders return them
 * (never throw them); formatting happens once, at the edge (CLI, dashboard).
 */
import { MAX_DIAGNOSTICS } from "./limits.ts";
import { messages } from "./messages.ts";

/** One problem, located in a file. `line` and `column` are 1-based. */
export interface Diagnostic {
  /** Stable kebab-case code, e.g. `unknown-key`, `out-of-range`, `extends-cycle`. */
  code: string;
  /** What was expected and what was found (built by `messages.ts`). */
  message: string;
  /** Path to the field in the document, e.g. `["cameras", "adoption"]`; `[]` for the whole file. */
  path: (string | number)[];
  file: string;
  line: number;
  column: number;
}

/** `path.to.field` (or `(file)` for the whole document). */
export function formatPath(path: readonly (string | number)[]): string {
  if (path.length === 0) return "(file)";
  return path.map((p, i) => (typeof p === "number" ? `[${p}]` : i === 0 ? p : `.${p}`)).join("");
}

/**
 * One line: `file:line:column  path.to.field  message`.
 *
 * @example
 * formatDiagnostic(d) // "scenarios/x.yaml:3:5  run.days  expected a number from 1 to 3650, found 0"
 */
export function formatDiagnostic(d: Diagnostic): string {
  return `${d.file}:${d.line}:${d.column}  ${formatPath(d.path)}  ${d.message}`;
}

/**
 * `formatDiagnostic` followed by the offending source line and a caret under the column.
 * `source` is the text of `d.file`; when the line does not exist only the first line is given.
 */
export function formatDiagnosticWithSource(d: Diagnostic, source: string): string {
  const head = formatDiagnostic(d);
  const lines = source.split(/\r?\n/);
  const text = lines[d.line - 1];
  if (text === undefined) return head;
  const gutter = `${d.line} | `;
  const shown = text.length > 200 ? text.slice(0, 200) + "…" : text;
  const caretAt = Math.min(Math.max(d.column - 1, 0), shown.length);
  return `${head}\n${gutter}${shown}\n${" ".repeat(gutter.length + caretAt)}^`;
}

/**
 * At most `MAX_DIAGNOSTICS` diagnostics; when there were more, one last entry (at the
 * position of the last one kept) says the list stops there, so a file of 100,000 bad keys
 * gives a readable, fast answer. Producers stop after `MAX_DIAGNOSTICS + 1`.
 */
export function capDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  if (ds.length <= MAX_DIAGNOSTICS) return ds;
  const kept = ds.slice(0, MAX_DIAGNOSTICS);
  const last = kept[kept.length - 1];
  kept.push({ ...last, code: "too-many-problems", message: messages.tooManyProblems(MAX_DIAGNOSTICS), path: [] });
  return kept;
}

/** Sorts diagnostics by file, line, column (stable for equal positions), capped by `capDiagnostics`. */
export function sortDiagnostics(ds: Diagnostic[]): Diagnostic[] {
  const sorted = ds
    .map((d, i) => ({ d, i }))
    .sort((a, b) => (a.d.file < b.d.file ? -1 : a.d.file > b.d.file ? 1 : a.d.line - b.d.line || a.d.column - b.d.column || a.i - b.i))
    .map((x) => x.d);
  return capDiagnostics(sorted);
}
