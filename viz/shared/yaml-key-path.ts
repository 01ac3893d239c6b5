/**
 * Where the cursor is in a scenario file, in the schema's terms: the chain of keys that
 * leads to the current line, read from indentation. Completion and hover in the YAML
 * editor need this while the text is half typed and often not valid YAML, which is why it
 * reads lines rather than asking a YAML parser. List items appear as "[]" in the path.
 */

export interface KeyContext {
  /** Keys from the top of the file to the mapping the cursor is in, e.g. ["cameras"]. */
  path: string[];
  /** The part of a key typed so far on the current line ("" on an empty line). */
  prefix: string;
  /** Offset in the text where `prefix` starts. */
  from: number;
}

const KEY_LINE = /^(\s*)((?:-\s+)?)([A-Za-z_][\w.-]*)\s*:(?:\s|$)/;

interface KeyLine {
  key: string;
  /** Column of the key. */
  indent: number;
  /** Column of the "- " that opens a list item on this line, or -1. */
  dash: number;
  /** The key's value is on the following lines (`key:` alone). */
  opensBlock: boolean;
}

function keyLine(line: string): KeyLine | null {
  const m = KEY_LINE.exec(line);
  if (!m) return null;
  return {
    key: m[3],
    indent: m[1].length + m[2].length,
    dash: m[2].length > 0 ? m[1].length : -1,
    opensBlock: /:\s*(#.*)?$/.test(line),
  };
}

function isBlankOrComment(line: string): boolean {
  return /^\s*(#.*)?$/.test(line);
}

/**
 * Keys above a line whose key starts at column `indent` (`dash` >= 0 when that line opens a
 * list item), scanning up from `lines[lineIndex - 1]`.
 */
function parentPath(lines: string[], lineIndex: number, indent: number, dash: number): string[] {
  const path: string[] = [];
  let limit = indent;
  // Inside a list item whose list's key is still to be found, and the item's "- " column.
  let listCol = dash;
  for (let i = lineIndex - 1; i >= 0 && (limit > 0 || listCol >= 0); i--) {
    const line = lines[i];
    if (isBlankOrComment(line)) continue;
    const k = keyLine(line);
    const lineIndent = line.length - line.trimStart().length;
    if (listCol >= 0) {
      // YAML lets a list sit at its key's own column ("key:\n- item").
      if (k && k.dash < 0 && k.indent <= listCol && k.opensBlock) {
        path.unshift(k.key, "[]");
        listCol = -1;
        limit = k.indent;
      }
      continue;
    }
    if (k && k.dash >= 0 && k.indent === limit) {
      // A sibling key that opened this list item.
      listCol = k.dash;
      continue;
    }
    if (lineIndent >= limit) continue;
    if (!k) {
      if (/^\s*-\s*$/.test(line)) listCol = lineIndent;
      continue;
    }
    path.unshift(k.key);
    limit = k.indent;
    if (k.dash >= 0) listCol = k.dash;
  }
  if (listCol >= 0) path.unshift("[]");
  return path;
}

/** The key being typed at `offset` and the keys above it; null when the cursor is in a value. */
export function keyContextAt(text: string, offset: number): KeyContext | null {
  const before = text.slice(0, offset);
  const lineStart = before.lastIndexOf("\n") + 1;
  const typed = before.slice(lineStart);
  const m = /^(\s*)((?:-\s+)?)([A-Za-z_][\w.-]*)?$/.exec(typed);
  if (!m) return null;
  const lines = text.slice(0, lineStart).split("\n");
  const indent = m[1].length + m[2].length;
  const prefix = m[3] ?? "";
  const dash = m[2].length > 0 ? m[1].length : -1;
  return { path: parentPath(lines, lines.length - 1, indent, dash), prefix, from: offset - prefix.length };
}

/** The full key path of the key written at `offset` (hover), with the key's span; null off a key. */
export function keyPathAt(text: string, offset: number): { path: string[]; from: number; to: number } | null {
  const lineStart = text.lastIndexOf("\n", offset - 1) + 1;
  const nl = text.indexOf("\n", offset);
  const line = text.slice(lineStart, nl < 0 ? text.length : nl);
  const k = keyLine(line);
  if (!k) return null;
  const from = lineStart + k.indent;
  const to = from + k.key.length;
  if (offset < from || offset > to) return null;
  const lines = text.slice(0, lineStart).split("\n");
  return { path: [...parentPath(lines, lines.length - 1, k.indent, k.dash), k.key], from, to };
}
