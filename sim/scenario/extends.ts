/**
 * Resolving `extends:`: follows the chain of presets and relative files a scenario is
 * built on, refusing cycles, missing files and unknown presets with a positioned
 * diagnostic, then merges the layers deeply (child over parent).
 */
import type { Diagnostic } from "./diagnostic.ts";
import { deepMerge, isPlainObject } from "./deep-merge.ts";
import { isFileReference, resolveRelative } from "./file-path.ts";
import { MAX_EXTENDS_DEPTH } from "./limits.ts";
import { messages } from "./messages.ts";
import { presetFileName, presetNames, presetText } from "./presets.ts";
import { closestName } from "./suggest.ts";
import { locate, readYaml, type YamlSource } from "./yaml-source.ts";

/**
 * Reads a file by path; returns undefined when it does not exist, and throws an `Error`
 * whose message says why when it exists but cannot be read (not a regular file, too
 * large, not UTF-8).
 */
export type ReadFile = (path: string) => string | undefined;

/** The layers of a scenario, the file itself first, its furthest ancestor last. */
export type ExtendsChain = { ok: true; layers: YamlSource[] } | { ok: false; diagnostics: Diagnostic[] };

/** The text, or why it could not be read (an error's message; undefined reason: not found). */
function safeRead(readFile: ReadFile, path: string): { text?: string; reason?: string } {
  try {
    return { text: readFile(path) };
  } catch (e) {
    return { reason: e instanceof Error && e.message ? e.message.split("\n")[0] : undefined };
  }
}

function at(source: YamlSource, code: string, message: string): Diagnostic {
  return { code, message, path: ["extends"], file: source.file, ...pick(locate(source, ["extends"])) };
}

function pick(p: { line: number; column: number }): { line: number; column: number } {
  return { line: p.line, column: p.column };
}

/** A reference (`extends:` or a sweep's `base:`) resolved to a file name and its text. */
export type Reference = { ok: true; file: string; text: string } | { ok: false; code: string; message: string };

/**
 * Resolves `ref` written in `fromFile`: file references (anything with a slash or a
 * `.yaml` ending) relative to that file through `readFile`, other names from the bundled
 * presets. `kind` picks the diagnostic codes (`extends-*` or `base-*`).
 */
export function resolveReference(ref: string, fromFile: string, readFile: ReadFile | undefined, kind: "extends" | "base" = "extends"): Reference {
  if (isFileReference(ref)) {
    if (!readFile) return { ok: false, code: `${kind}-no-files`, message: messages.extendsNoFiles(ref, kind) };
    const file = resolveRelative(fromFile, ref);
    const { text, reason } = safeRead(readFile, file);
    if (reason !== undefined) return { ok: false, code: `${kind}-unreadable`, message: messages.extendsUnreadable(ref, reason, kind) };
    if (text === undefined) return { ok: false, code: `${kind}-not-found`, message: messages.extendsNotFound(ref, file, kind) };
    return { ok: true, file, text };
  }
  const text = presetText(ref);
  if (text === undefined) {
    const names = presetNames();
    return { ok: false, code: `${kind}-unknown-preset`, message: messages.extendsUnknownPreset(ref, names, closestName(ref, names)) };
  }
  return { ok: true, file: presetFileName(ref), text };
}

/** The file a reference would resolve to, without reading it (for cycle checks). */
function referenceFile(ref: string, fromFile: string): string {
  return isFileReference(ref) ? resolveRelative(fromFile, ref) : presetFileName(ref);
}

/**
 * Follows `extends:` from `source` through presets and relative files (see
 * `resolveReference`), refusing cycles, over-long chains and anything unreadable.
 */
export function resolveExtends(source: YamlSource, readFile: ReadFile | undefined): ExtendsChain {
  const layers: YamlSource[] = [source];
  const seen: string[] = [source.file];
  let cur = source;
  for (;;) {
    const ref = isPlainObject(cur.value) ? cur.value.extends : undefined;
    if (ref === undefined) return { ok: true, layers };
    if (typeof ref !== "string" || ref === "") {
      return { ok: false, diagnostics: [at(cur, "wrong-type", messages.wrongType("a preset name or a relative .yaml path", ref))] };
    }
    if (layers.length > MAX_EXTENDS_DEPTH) {
      return { ok: false, diagnostics: [at(cur, "extends-too-deep", messages.extendsTooDeep(MAX_EXTENDS_DEPTH))] };
    }
    const target = referenceFile(ref, cur.file);
    if (seen.includes(target)) {
      return { ok: false, diagnostics: [at(cur, "extends-cycle", messages.extendsCycle([...seen, target]))] };
    }
    const r = resolveReference(ref, cur.file, readFile);
    if (!r.ok) return { ok: false, diagnostics: [at(cur, r.code, r.message)] };
    const parsed = readYaml(r.text, r.file);
    if (!parsed.ok) return parsed;
    seen.push(r.file);
    layers.push(parsed.source);
    cur = parsed.source;
  }
}

/**
 * The layers merged into one plain object, child over parent. Two rules on top of the
 * deep merge: `name`, `description` and `extends` are never inherited (a scenario is not
 * its parent), and a child that names a different `policy.name` starts from that bundle
 * afresh instead of inheriting the parent's switch overrides.
 */
export function mergeLayers(layers: readonly YamlSource[]): Record<string, unknown> {
  let merged: Record<string, unknown> = {};
  for (let i = layers.length - 1; i >= 0; i--) {
    const v = layers[i].value;
    const child = isPlainObject(v) ? v : {};
    const parentPolicy = merged.policy;
    const childPolicy = child.policy;
    const next = deepMerge(merged, child) as Record<string, unknown>;
    if (isPlainObject(parentPolicy) && isPlainObject(childPolicy) && "name" in childPolicy && childPolicy.name !== parentPolicy.name) {
      next.policy = structuredClone(childPolicy);
    }
    merged = next;
  }
  const top = isPlainObject(layers[0].value) ? layers[0].value : {};
  delete merged.extends;
  delete merged.name;
  delete merged.description;
  if ("name" in top) merged.name = top.name;
  if ("description" in top) merged.description = top.description;
  return merged;
}
