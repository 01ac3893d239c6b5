/**
 * Reading YAML text safely and locating paths in it. Step 1 of every loader: refuse what
 * is too large, too deep, tagged, aliased to excess or syntactically broken, each as a
 * diagnostic with line and column; keep the document so later steps can point at nodes.
 */
import { LineCounter, isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Document, type Node } from "yaml";
import { capDiagnostics, type Diagnostic } from "./diagnostic.ts";
import { MAX_ALIAS_COUNT, MAX_DEPTH, MAX_DIAGNOSTICS, MAX_FILE_CHARS } from "./limits.ts";
import { messages, type DiagnosticCode } from "./messages.ts";

/** A parsed, checked YAML file: its document, positions and plain value. */
export interface YamlSource {
  file: string;
  text: string;
  doc: Document.Parsed;
  lineCounter: LineCounter;
  /** The document as plain data (`{}` for an empty file). */
  value: unknown;
}

/** Tags a plain scenario may spell out; anything else is refused. */
const ALLOWED_TAGS = new Set(["str", "int", "float", "bool", "null", "map", "seq"].map((t) => `tag:yaml.org,2002:${t}`));

type Segment = string | number;

/** A node met by `walk`: its nesting depth and a link to its parent, for its path. */
interface Visit {
  node: Node;
  depth: number;
  /** The map key or sequence index that leads here from `parent`. */
  seg?: Segment;
  parent?: Visit;
}

/** The path of a visited node (built on demand: most nodes never need one). */
function pathOf(v: Visit): Segment[] {
  const out: Segment[] = [];
  for (let cur: Visit | undefined = v; cur && cur.seg !== undefined; cur = cur.parent) out.push(cur.seg);
  return out.reverse();
}

/** Walks every node in document order (not following aliases), iteratively so depth cannot blow the stack. */
function* walk(doc: Document.Parsed): Generator<Visit> {
  if (!doc.contents) return;
  const stack: Visit[] = [{ node: doc.contents as Node, depth: 0 }];
  while (stack.length > 0) {
    const v = stack.pop()!;
    yield v;
    const n = v.node;
    const children: Visit[] = [];
    const depth = v.depth + 1;
    if (isMap(n)) {
      for (const pair of n.items) {
        if (!isPair(pair)) continue;
        const k = pair.key as Node | null;
        const seg = isScalar(k) ? String(k.value) : "?";
        if (k && !isScalar(k)) children.push({ node: k, seg, depth, parent: v });
        if (pair.value) children.push({ node: pair.value as Node, seg, depth, parent: v });
      }
    } else if (isSeq(n)) {
      n.items.forEach((item, i) => {
        if (item) children.push({ node: item as Node, seg: i, depth, parent: v });
      });
    }
    // Reversed onto the stack so nodes come out in document order.
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
  }
}

function diag(file: string, lc: LineCounter, offset: number, code: DiagnosticCode, message: string, path: Segment[] = []): Diagnostic {
  const { line, col } = lc.linePos(Math.max(0, offset));
  return { code, message, path, file, line, column: col };
}

/**
 * Parses `text` (named `file` in diagnostics) into a checked YAML source.
 * Never throws: every problem comes back as a diagnostic.
 */
export function readYaml(text: string, file: string): { ok: true; source: YamlSource } | { ok: false; diagnostics: Diagnostic[] } {
  const lc = new LineCounter();
  if (text.length > MAX_FILE_CHARS) {
    return { ok: false, diagnostics: [{ code: "too-large", message: messages.tooLarge(MAX_FILE_CHARS), path: [], file, line: 1, column: 1 }] };
  }
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, {
      lineCounter: lc,
      // Duplicate keys are found below in one linear pass; yaml's own check is quadratic.
      uniqueKeys: false,
      schema: "core",
      customTags: [],
      resolveKnownTags: false,
      prettyErrors: false,
      strict: true,
      merge: false,
    });
  } catch {
    // The parser reports stack exhaustion as errors, but never let anything escape.
    return { ok: false, diagnostics: [{ code: "too-deep", message: messages.tooDeep(MAX_DEPTH), path: [], file, line: 1, column: 1 }] };
  }

  const out: Diagnostic[] = [];
  let exhausted = false;
  for (const e of doc.errors) {
    if (e.code === "RESOURCE_EXHAUSTION") {
      if (!exhausted) out.push(diag(file, lc, e.pos[0], "too-deep", messages.tooDeep(MAX_DEPTH)));
      exhausted = true;
    } else {
      out.push(diag(file, lc, e.pos[0], "yaml-syntax", messages.yamlSyntax(e.message.split("\n")[0])));
    }
  }
  if (exhausted) return { ok: false, diagnostics: out };

  let tooDeep = false;
  for (const v of walk(doc)) {
    if (out.length > MAX_DIAGNOSTICS) break;
    const start = v.node.range?.[0] ?? 0;
    if (isMap(v.node)) {
      const seen = new Set<string>();
      for (const pair of v.node.items) {
        if (!isScalar(pair.key)) continue;
        const key = String(pair.key.value);
        // Converting to plain data would turn this key into the object's prototype: the entry would vanish.
        if (key === "__proto__")
          out.push(diag(file, lc, pair.key.range?.[0] ?? start, "reserved-key", messages.reservedKey(key), [...pathOf(v), key]));
        if (seen.has(key)) out.push(diag(file, lc, pair.key.range?.[0] ?? start, "duplicate-key", messages.duplicateKey(key), [...pathOf(v), key]));
        seen.add(key);
      }
    }
    if (v.depth > MAX_DEPTH && !tooDeep) {
      out.push(diag(file, lc, start, "too-deep", messages.tooDeep(MAX_DEPTH), pathOf(v).slice(0, 4)));
      tooDeep = true;
    }
    const tag = (v.node as { tag?: string }).tag;
    if (tag !== undefined && !ALLOWED_TAGS.has(tag)) {
      const shown = tag.startsWith("tag:yaml.org,2002:") ? "!!" + tag.slice("tag:yaml.org,2002:".length) : tag;
      // The node's range starts after its tag; point at the tag itself when it is written out.
      const from = Math.max(0, start - shown.length - 200);
      const near = text.slice(from, start).lastIndexOf(shown);
      const tagAt = near >= 0 ? from + near : -1;
      out.push(diag(file, lc, tagAt >= 0 ? tagAt : start, "unknown-tag", messages.unknownTag(shown), pathOf(v)));
    }
  }
  if (out.length > 0) return { ok: false, diagnostics: capDiagnostics(out) };

  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch {
    let at = 0;
    for (const v of walk(doc))
      if (isAlias(v.node)) {
        at = v.node.range?.[0] ?? 0;
        break;
      }
    return { ok: false, diagnostics: [diag(file, lc, at, "alias-limit", messages.aliasLimit(MAX_ALIAS_COUNT))] };
  }
  if (value === null || value === undefined) value = {};
  if (typeof value !== "object" || Array.isArray(value)) {
    const start = (doc.contents as Node | null)?.range?.[0] ?? 0;
    return { ok: false, diagnostics: [diag(file, lc, start, "not-a-map", messages.notAMap(value))] };
  }
  return { ok: true, source: { file, text, doc, lineCounter: lc, value } };
}

/** Where a diagnostic about `path` should point. */
export type Target = "value" | "key";

/**
 * The 1-based line and column of `path` in `source`, or of its deepest existing ancestor
 * (a missing key points at its parent map). `target: "key"` points at the key of the last
 * segment instead of its value (for unknown keys). `exact` says whether the whole path exists.
 */
export function locate(source: YamlSource, path: readonly Segment[], target: Target = "value"): { line: number; column: number; exact: boolean } {
  let node = source.doc.contents as Node | null;
  let offset = node?.range?.[0] ?? 0;
  let exact = true;
  for (let i = 0; i < path.length; i++) {
    const seg = path[i];
    let next: Node | null | undefined;
    let keyNode: Node | undefined;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(seg));
      if (pair) {
        keyNode = pair.key as Node;
        next = pair.value as Node | null;
      }
    } else if (isSeq(node) && typeof seg === "number") {
      next = node.items[seg] as Node | undefined;
    }
    if (keyNode === undefined && !next) {
      exact = false;
      break;
    }
    const last = i === path.length - 1;
    // An empty value (`days:` with nothing after it) has no text of its own: use the key.
    const empty = isScalar(next) && next.value === null && !!next.range && next.range[0] === next.range[1];
    const descend = last ? !(keyNode && (target === "key" || empty)) : isMap(next) || isSeq(next) || isAlias(next) || !keyNode;
    if (next && descend) {
      node = next;
      offset = next.range?.[0] ?? offset;
      continue;
    }
    // Point at the key: asked for, or the value is empty, or it is a scalar the path cannot go into.
    offset = keyNode?.range?.[0] ?? offset;
    if (!last) exact = false;
    break;
  }
  const { line, col } = source.lineCounter.linePos(offset);
  return { line, column: col, exact };
}
