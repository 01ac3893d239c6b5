/**
 * The scenario's YAML in a real editor (CodeMirror 6): YAML highlighting, completion of
 * keys and hover help from the scenario's JSON Schema, and the loader's own diagnostics
 * as inline marks while typing (the same messages the CLI prints).
 */
import { EditorView, basicSetup } from "codemirror";
import { hoverTooltip } from "@codemirror/view";
import { yaml } from "@codemirror/lang-yaml";
import { linter, type Diagnostic as LintMark } from "@codemirror/lint";
import { autocompletion, type CompletionContext, type CompletionResult } from "@codemirror/autocomplete";
import { exportJsonSchema, parseScenario, formatDiagnostic, type Diagnostic } from "../../sim/index.ts";
import { keyContextAt, keyPathAt } from "../shared/yaml-key-path.ts";
import { keysAt, schemaAt, describeValue, type SchemaNode } from "../shared/schema-lookup.ts";

export interface YamlEditor {
  /** The editor's box (class "yaml-editor"). */
  element: HTMLElement;
  getText(): string;
  /** Replaces the whole text (the controls changed the scenario). */
  setText(text: string): void;
  focus(): void;
  destroy(): void;
}

let schemaCache: SchemaNode | null = null;
const schema = (): SchemaNode => (schemaCache ??= exportJsonSchema() as SchemaNode);

/** Offset of a 1-based line and column in `view`'s document, clamped to the text. */
function offsetOf(view: EditorView, line: number, column: number): number {
  const doc = view.state.doc;
  if (line < 1) return 0;
  const l = doc.line(Math.min(line, doc.lines));
  return Math.min(l.from + Math.max(0, column - 1), l.to);
}

function lintMarks(view: EditorView, diagnostics: Diagnostic[]): LintMark[] {
  return diagnostics.map((d) => {
    const from = offsetOf(view, d.line, d.column);
    const lineEnd = view.state.doc.lineAt(from).to;
    // Mark the offending token: up to the next space or the end of the line.
    const rest = view.state.sliceDoc(from, lineEnd);
    const len = Math.max(1, rest.search(/\s|$/));
    return { from, to: Math.min(from + len, lineEnd), severity: "error", message: formatDiagnostic(d), source: "doorstep" };
  });
}

function completeKeys(ctx: CompletionContext): CompletionResult | null {
  const where = keyContextAt(ctx.state.doc.toString(), ctx.pos);
  if (!where || (!ctx.explicit && where.prefix === "")) return null;
  const options = keysAt(schema(), where.path).map((k) => ({
    label: k.key,
    detail: k.detail,
    info: k.info || undefined,
    type: "property",
    apply: `${k.key}: `,
  }));
  return options.length ? { from: where.from, options, validFor: /^[\w.-]*$/ } : null;
}

const keyHelp = hoverTooltip((view, pos) => {
  const hit = keyPathAt(view.state.doc.toString(), pos);
  if (!hit) return null;
  const node = schemaAt(schema(), hit.path);
  if (!node) return null;
  return {
    pos: hit.from,
    end: hit.to,
    above: true,
    create() {
      const dom = document.createElement("div");
      dom.className = "yaml-hover";
      const title = document.createElement("strong");
      title.textContent = hit.path.filter((p) => p !== "[]").join(".");
      const what = document.createElement("div");
      what.textContent = describeValue(node);
      dom.append(title, what);
      if (node.description) {
        const desc = document.createElement("p");
        desc.textContent = node.description;
        dom.append(desc);
      }
      return { dom };
    },
  };
});

/** An editor for scenario YAML; `fileName` names the text in diagnostics. */
export function createYamlEditor(opts: { labelledBy: string; fileName: () => string }): YamlEditor {
  const element = document.createElement("div");
  element.className = "yaml-editor";
  const view = new EditorView({
    parent: element,
    extensions: [
      basicSetup,
      yaml(),
      EditorView.lineWrapping,
      EditorView.contentAttributes.of({ "aria-labelledby": opts.labelledBy, spellcheck: "false", autocorrect: "off", autocapitalize: "off" }),
      autocompletion({ override: [completeKeys] }),
      keyHelp,
      linter(
        (v) => {
          const text = v.state.doc.toString();
          if (text.trim() === "") return [];
          const res = parseScenario(text, { fileName: opts.fileName() });
          return res.ok ? [] : lintMarks(v, res.diagnostics);
        },
        { delay: 400 },
      ),
    ],
  });
  return {
    element,
    getText: () => view.state.doc.toString(),
    setText(text: string) {
      if (text === view.state.doc.toString()) return;
      view.dispatch({ changes: { from: 0, to: view.state.doc.length, insert: text } });
    },
    focus: () => view.focus(),
    destroy: () => view.destroy(),
  };
}
