/**
 * The checks a sweep's sampler adds to the shape checks of `SweepSchema`: which fields each
 * sampler needs and accepts, Morris and Sobol' limits, and reading a `sampler: design`
 * file (see `design-file.ts`). Every problem is a diagnostic; `parse-sweep.ts` collects them.
 */
import { SOBOL_MAX_DIMENSIONS } from "../core/index.ts";
import type { Diagnostic } from "./diagnostic.ts";
import { readDesign, type DesignTable } from "./design-file.ts";
import type { ReadFile } from "./extends.ts";
import { resolveRelative } from "./file-path.ts";
import { messages } from "./messages.ts";
import { VARY_KINDS, type SweepSchema } from "./sweep-schema.ts";
import type { Locator } from "./zod-issues.ts";
import type { z } from "zod";

type Shape = z.output<typeof SweepSchema>;

/** Fields that belong to one sampler only. */
const ONLY_FOR: readonly [keyof Shape, string, (s: Shape["sampler"]) => boolean][] = [
  ["trajectories", "morris", (s) => s === "morris"],
  ["levels", "morris", (s) => s === "morris"],
  ["candidates", "morris", (s) => s === "morris"],
  ["calcSecondOrder", "sobol", (s) => s === "sobol"],
  ["design", "design", (s) => s === "design"],
  ["samples", "random, lhs or sobol", (s) => s === "random" || s === "lhs" || s === "sobol"],
];

/** Problems with the sampler's fields (the `vary` entries are checked elsewhere). */
export function checkSampler(s: Shape, loc: Locator): Diagnostic[] {
  const out: Diagnostic[] = [];
  const here = (code: string, message: string, path: (string | number)[], target: "key" | "value" = "value"): Diagnostic => ({
    code,
    message,
    path,
    ...loc(path, target),
  });
  for (const [field, needs, ok] of ONLY_FOR) {
    if (s[field] !== undefined && !ok(s.sampler)) out.push(here("not-for-sampler", messages.notForSampler(field, needs, s.sampler), [field], "key"));
  }
  if (s.sampler === "design") {
    if (s.vary !== undefined) out.push(here("vary-with-design", messages.varyWithDesign(), ["vary"], "key"));
    if (s.design === undefined) out.push(here("design-required", messages.designRequired(), ["sampler"]));
    return out;
  }
  if (s.vary === undefined) out.push(here("vary-required", messages.varyRequired(s.sampler), ["sampler"]));
  const dims = Object.keys(s.vary ?? {}).length;
  if (s.sampler === "morris") {
    if (s.trajectories === undefined) out.push(here("trajectories-required", messages.trajectoriesRequired(), ["sampler"]));
    if (s.levels !== undefined && s.levels % 2 !== 0) out.push(here("odd-levels", messages.oddLevels(s.levels), ["levels"]));
    if (s.candidates !== undefined && s.trajectories !== undefined && s.candidates < s.trajectories) {
      out.push(here("too-few-candidates", messages.candidatesTooFew(s.candidates, s.trajectories), ["candidates"]));
    }
  }
  if (s.sampler === "sobol") {
    if (s.samples !== undefined && (s.samples & (s.samples - 1)) !== 0)
      out.push(here("not-power-of-two", messages.notPowerOfTwo(s.samples), ["samples"]));
    if (2 * dims > SOBOL_MAX_DIMENSIONS)
      out.push(here("too-many-params", messages.tooManySobolParams(dims, SOBOL_MAX_DIMENSIONS / 2), ["vary"], "key"));
  }
  if (s.sampler === "morris" || s.sampler === "sobol") {
    for (const [path, spec] of Object.entries(s.vary ?? {})) {
      const kind = VARY_KINDS.find((k) => spec[k] !== undefined);
      if (kind && kind !== "uniform" && kind !== "int" && kind !== "range" && kind !== "values") {
        out.push(here("sampler-mismatch", messages.sensitivityKind(kind, s.sampler), ["vary", path, kind], "key"));
      }
    }
  }
  return out;
}

/** A design file's rows, or its problems (located in the design file itself). */
export function loadDesign(
  ref: string,
  sweepFile: string,
  readFile: ReadFile | undefined,
  loc: Locator,
): { ok: true; file: string; design: DesignTable } | { ok: false; diagnostics: Diagnostic[] } {
  const file = resolveRelative(sweepFile, ref);
  let text: string | undefined;
  try {
    text = readFile?.(file);
  } catch {
    text = undefined; // unreadable is reported as not found, as for `base:`
  }
  if (text === undefined) {
    const message = readFile ? messages.designNotFound(ref, file) : messages.designNoFiles(ref);
    return {
      ok: false,
      diagnostics: [{ code: readFile ? "design-not-found" : "design-no-files", message, path: ["design"], ...loc(["design"], "value") }],
    };
  }
  const r = readDesign(text, file);
  return r.ok ? { ok: true, file, design: r.design } : r;
}
