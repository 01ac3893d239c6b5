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

/** Reads a file by path; returns undefined (or throws) when it does not exist. */
export type ReadFile = (path: string) => string | undefined;

/** The layers of a scenario, the file itself first, its furthest ancestor last. */
export type ExtendsChain = { ok: true; layers: YamlSource[] } | { ok: false; diagnostics: Diagnostic[] };

function safeRead(readFile: ReadFile, path: string): string | undefined {
  try {
    return readFile(path);
  } catch {
    return undefined;
  }
}

function at(source: YamlSource, code: string, message: string): Diagnostic {
  return { code, message, path: ["extends"], file: source.file, ...pick(locate(source, ["extends"])) };
}

function pick(p: { line: number; column: number }): { line: number; column: number } {
  return { line: p.line, column: p.column };
}

/**
 * Follows `extends:` from `source`. Presets resolve from the bundled map; file references
 * (anything with a slash or a `.yaml` ending) resolve relative to the referring file
 * through `readFile`.
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
    let file: string;
    let text: string | undefined;
    if (isFileReference(ref)) {
      if (!readFile) return { ok: false, diagnostics: [at(cur, "extends-no-files", messages.extendsNoFiles(ref))] };
      // A preset referring to a file would escape the bundle; presets only extend presets.
      file = resolveRelative(cur.file, ref);
      if (!seen.includes(file)) text = safeRead(readFile, file);
      if (text === undefined && !seen.includes(file)) {
        return { ok: false, diagnostics: [at(cur, "extends-not-found", messages.extendsNotFound(ref, file))] };
      }
    } else {
      file = presetFileName(ref);
      if (!seen.includes(file)) {
        text = presetText(ref);
        if (text === undefined) {
          const names = presetNames();
          return { ok: false, diagnostics: [at(cur, "extends-unknown-preset", messages.extendsUnknownPreset(ref, names, closestName(ref, names)))] };
        }
      }
    }
    if (seen.includes(file)) {
      return { ok: false, diagnostics: [at(cur, "extends-cycle", messages.extendsCycle([...seen, file]))] };
    }
    const parsed = readYaml(text!, file);
    if (!parsed.ok) return parsed;
    seen.push(file);
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
