/**
 * The controls' changes written into the scenario's YAML, so the editor shows the scenario
 * the run uses and "Download YAML" saves it. The `yaml` library edits the document in
 * place, which keeps the author's comments, order and layout around the changed values.
 */
import { Document, isMap, parseDocument } from "yaml";
import type { ParamValue } from "./schema-params.ts";

/**
 * `text` with each override set at its dotted path (maps created where the file relies on
 * `extends:` or defaults). Returns `text` unchanged when there is nothing to set, or null
 * when the text is not a YAML mapping (the loader then reports why).
 */
export function yamlWithOverrides(text: string, overrides: ReadonlyMap<string, ParamValue>): string | null {
  if (overrides.size === 0) return text;
  const doc = parseDocument(text);
  if (doc.errors.length > 0) return null;
  // A file of comments only: keep them and add the values after.
  const target = doc.contents === null ? new Document({}) : doc;
  if (!isMap(target.contents)) return null;
  for (const [path, value] of overrides) target.setIn(path.split("."), value);
  return target === doc ? doc.toString() : `${text.replace(/\n*$/, "\n")}${target.toString()}`;
}

/** What a downloaded file says about itself, as YAML comment lines. */
export interface YamlHeaderInfo {
  version: string;
  commit: string;
  /** ISO date of the download. */
  date: string;
  /** Where the scenario came from: a library id or the user's file name. */
  origin: string;
  overrides: ReadonlyMap<string, ParamValue>;
}

/** `text` preceded by a comment header: the tool's version, the date, and what was changed. */
export function withYamlHeader(text: string, info: YamlHeaderInfo): string {
  const lines = [
    `# Saved from the Doorstep dashboard ${info.version} (${info.commit}) on ${info.date}.`,
    `# Based on: ${info.origin}.`,
    info.overrides.size === 0
      ? "# No parameters changed from that scenario."
      : `# Changed with the controls: ${[...info.overrides].map(([k, v]) => `${k} = ${String(v)}`).join(", ")}.`,
    "# Run it with: npx doorstep run <this file>",
  ];
  // Comment lines may not carry line breaks from a file name.
  return `${lines.map((l) => l.replace(/[\r\n]+/g, " ")).join("\n")}\n${text.startsWith("#") ? "\n" : ""}${text}`;
}
