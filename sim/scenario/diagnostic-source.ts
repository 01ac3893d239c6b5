/**
 * The text a diagnostic points into, so the edge (CLI, dashboard) can show the offending
 * line with `formatDiagnosticWithSource`: a bundled preset (`preset:<name>`) or a file
 * read through the caller's `readFile`.
 */
import type { Diagnostic } from "./diagnostic.ts";
import type { ReadFile } from "./extends.ts";
import { presetText } from "./presets.ts";

/**
 * The source text of `d.file`, or undefined when it cannot be had.
 *
 * @example
 * const src = diagnosticSource(d, readTextFile);
 * console.error(src === undefined ? formatDiagnostic(d) : formatDiagnosticWithSource(d, src));
 */
export function diagnosticSource(d: Diagnostic, readFile?: ReadFile): string | undefined {
  if (d.file.startsWith("preset:")) return presetText(d.file.slice("preset:".length));
  try {
    return readFile?.(d.file);
  } catch {
    return undefined;
  }
}
