/**
 * The bibliography of the model (docs/sources.md), bundled into the page so that a
 * parameter's source can be read where it is cited: each key a `source` names is shown
 * with its full entry.
 */

/** One entry of docs/sources.md: its key and its text (citation, figures, use), as plain words. */
export interface SourceEntry {
  key: string;
  text: string;
}

const ENTRY_START = /^- \*\*([a-z0-9]+(?:-[a-z0-9]+)+)\*\* — (.*)$/;

/**
 * The entries of a bibliography written as docs/sources.md is: `- **key** — text`, the text
 * running on over indented lines until a blank line or the next entry.
 *
 * @example
 * parseSources("- **ft-2021-ring-police** — Financial Times,\n  2021. Figures.\n").get("ft-2021-ring-police")?.text;
 * // "Financial Times, 2021. Figures."
 */
export function parseSources(markdown: string): Map<string, SourceEntry> {
  const out = new Map<string, SourceEntry>();
  let current: SourceEntry | null = null;
  for (const line of markdown.split("\n")) {
    const start = ENTRY_START.exec(line);
    if (start) {
      current = { key: start[1], text: start[2].trim() };
      out.set(current.key, current);
    } else if (current && /^\s+\S/.test(line)) {
      current.text += ` ${line.trim()}`;
    } else {
      current = null;
    }
  }
  for (const e of out.values()) e.text = plainText(e.text);
  return out;
}

/** Markdown emphasis and code marks removed. */
function plainText(s: string): string {
  return s.replace(/\*\*?([^*]+)\*\*?/g, "$1").replace(/`([^`]+)`/g, "$1");
}

/**
 * The entries a parameter's `source` cites, in the order it names them (each once).
 *
 * @example
 * citedEntries("gizmodo-2019-fort-lauderdale (about 3.5% shared)", sources); // [{ key: "gizmodo-2019-fort-lauderdale", ... }]
 */
export function citedEntries(source: string, sources: ReadonlyMap<string, SourceEntry>): SourceEntry[] {
  const seen = new Set<string>();
  const out: SourceEntry[] = [];
  for (const token of source.match(/[a-z0-9]+(?:-[a-z0-9]+)+/g) ?? []) {
    const entry = sources.get(token);
    if (entry && !seen.has(token)) {
      seen.add(token);
      out.push(entry);
    }
  }
  return out;
}
