/** Shared paths and small assertions for the scenario tests. */
import { readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import type { Cell } from "../../sim/core/index.ts";
import type { Diagnostic } from "../../sim/scenario/index.ts";

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), "../..");
/** Repository-relative path of the fixtures (diagnostics show paths as given). */
export const FIXTURES = relative(process.cwd(), join(ROOT, "tests/fixtures/scenario")) || ".";
export const SCENARIOS = relative(process.cwd(), join(ROOT, "scenarios")) || ".";

/** The `.yaml` files directly in `dir`, sorted. */
export function yamlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .sort()
    .map((f) => join(dir, f));
}

/** The diagnostics of a failed result; fails the test when the result is ok. */
export function diagnosticsOf(r: { ok: true } | { ok: false; diagnostics: Diagnostic[] }): Diagnostic[] {
  if (r.ok) throw new Error("expected the load to fail, it succeeded");
  return r.diagnostics;
}

/** `line:column code message` — compact form for exact comparisons. */
export function brief(d: Diagnostic): string {
  return `${d.line}:${d.column} ${d.code} ${d.message}`;
}

/** Every cell of a plan, in order (for small test sweeps; a sweep itself never lists them). */
export function cellsOf(plan: { cellCount: number; cellAt(i: number): Cell }): Cell[] {
  return Array.from({ length: plan.cellCount }, (_, i) => plan.cellAt(i));
}
