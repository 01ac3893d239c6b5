/**
 * Every user-facing message of the scenario and sweep loaders, built here and nowhere
 * else, so wording stays consistent and tests can compare against these functions.
 * A message says what was expected, what was found, and the nearest valid name.
 */

/** Describes a found value for a message: `string "abc"`, `number 5`, `a list`, ... */
export function describeValue(v: unknown): string {
  if (v === undefined) return "nothing";
  if (v === null) return "null";
  if (typeof v === "string") return `string ${JSON.stringify(v.length > 60 ? v.slice(0, 60) + "…" : v)}`;
  // YAML's .inf and .nan, and numerals too large for a double (1e400), arrive as non-finite numbers.
  if (typeof v === "number" && Number.isNaN(v)) return "not a number (.nan)";
  if (typeof v === "number" && !Number.isFinite(v)) return `${v < 0 ? "minus " : ""}infinity (.inf, or a number too large to hold)`;
  if (typeof v === "number" || typeof v === "boolean") return `${typeof v} ${String(v)}`;
  if (Array.isArray(v)) return "a list";
  if (typeof v === "object") return "a map";
  return typeof v;
}

function didYouMean(suggestion: string | undefined): string {
  return suggestion === undefined ? "" : `, did you mean "${suggestion}"?`;
}

function list(values: readonly unknown[]): string {
  return values.map((v) => (typeof v === "string" ? v : JSON.stringify(v))).join(", ");
}

/** The stable codes a diagnostic may carry. */
export const DIAGNOSTIC_CODES = [
  "not-found",
  "yaml-syntax",
  "duplicate-key",
  "unknown-tag",
  "alias-limit",
  "too-deep",
  "too-large",
  "not-a-map",
  "unknown-key",
  "missing-key",
  "wrong-type",
  "out-of-range",
  "not-integer",
  "bad-enum",
  "invalid",
  "too-many-problems",
  "extends-not-found",
  "extends-unknown-preset",
  "extends-cycle",
  "extends-too-deep",
  "extends-no-files",
  "extends-unreadable",
  "base-not-found",
  "base-unknown-preset",
  "base-no-files",
  "base-unreadable",
  "unknown-param",
  "not-a-param",
  "timeline-order",
  "fixed-at-start",
  "bad-vary",
  "sampler-mismatch",
  "samples-required",
  "not-for-sampler",
  "vary-required",
  "vary-with-design",
  "design-required",
  "design-not-found",
  "design-no-files",
  "design-empty",
  "design-duplicate-column",
  "design-row-length",
  "missing-value",
  "trajectories-required",
  "odd-levels",
  "too-few-candidates",
  "not-power-of-two",
  "too-many-params",
  "plan-too-large",
  "reserved-key",
  "bad-key",
  "bad-mix",
  "bad-target",
  "unknown-metric",
  "prior-kind",
  "method-mismatch",
] as const;

export type DiagnosticCode = (typeof DIAGNOSTIC_CODES)[number];

export const messages = {
  unknownKey(key: string, suggestion: string | undefined, valid: readonly string[]): string {
    if (suggestion !== undefined) return `unknown key "${key}"${didYouMean(suggestion)}`;
    return valid.length === 0 ? `unknown key "${key}", this section has no keys yet` : `unknown key "${key}", expected one of: ${list(valid)}`;
  },
  missingKey(key: string): string {
    return `missing required key "${key}"`;
  },
  wrongType(expected: string, found: unknown): string {
    return `expected ${expected}, found ${describeValue(found)}`;
  },
  outOfRange(found: unknown, r: { min?: number; max?: number; minExclusive?: boolean; maxExclusive?: boolean; int?: boolean }): string {
    const what = r.int ? "an integer" : "a number";
    let range: string;
    if (r.min !== undefined && r.max !== undefined && !r.minExclusive && !r.maxExclusive) range = `from ${r.min} to ${r.max}`;
    else {
      const parts: string[] = [];
      if (r.min !== undefined) parts.push(`${r.minExclusive ? ">" : ">="} ${r.min}`);
      if (r.max !== undefined) parts.push(`${r.maxExclusive ? "<" : "<="} ${r.max}`);
      range = parts.join(" and ");
    }
    return `expected ${what} ${range}, found ${String(found)}`;
  },
  notInteger(found: unknown): string {
    return `expected an integer, found ${String(found)}`;
  },
  badEnum(found: unknown, allowed: readonly unknown[], suggestion: string | undefined): string {
    return `expected one of: ${list(allowed)}; found ${describeValue(found)}${didYouMean(suggestion)}`;
  },
  tooShort(found: unknown, min: number): string {
    return min === 1 ? `expected a non-empty value, found ${describeValue(found)}` : `expected at least ${min} items, found ${describeValue(found)}`;
  },
  invalid(detail: string): string {
    return `invalid value: ${detail}`;
  },
  fileNotFound(path: string): string {
    return `file not found: ${path}`;
  },
  tooManyProblems(shown: number): string {
    return `stopped after ${shown} problems; fix these and check again`;
  },
  yamlSyntax(detail: string): string {
    return `YAML syntax error: ${detail}`;
  },
  duplicateKey(key: string): string {
    return `duplicate key "${key}", each key may appear once in a map`;
  },
  unknownTag(tag: string): string {
    return `YAML tags are not allowed, found "${tag}"; write plain values instead`;
  },
  aliasLimit(max: number): string {
    return `too many alias expansions (more than ${max}); refusing a possible alias bomb`;
  },
  tooDeep(max: number): string {
    return `nested more than ${max} levels deep; scenario files are never that deep`;
  },
  tooLarge(max: number): string {
    return `file is too large: more than ${max} characters`;
  },
  planTooLarge(cells: number, replications: number, max: number): string {
    return `this sweep plans ${(cells * replications).toLocaleString("en-US")} runs (${cells.toLocaleString("en-US")} parameter sets x ${replications} replications); the limit is ${max.toLocaleString("en-US")}: vary fewer values or use fewer replications`;
  },
  reservedKey(key: string): string {
    return `"${key}" cannot be a key: it is a reserved name of JavaScript objects`;
  },
  badKey(key: string, what: string): string {
    return `"${key}" is not a valid ${what}: use up to 32 letters, digits or underscores (not first), and not a name of JavaScript's object machinery (constructor, toString, ...)`;
  },
  notAMap(found: unknown): string {
    // The file is not a scenario at all (an .env file, a key): name what it is, never quote it.
    const what = typeof found === "string" ? `a line of plain text (${found.length} characters)` : describeValue(found);
    return `expected a map of keys at the top level, found ${what}; is this a scenario file?`;
  },
  extendsNotFound(ref: string, resolved: string, kind: "extends" | "base" = "extends"): string {
    return `${kind === "extends" ? "cannot extend" : "base scenario"} "${ref}": file not found (looked for ${resolved})`;
  },
  extendsUnreadable(ref: string, reason: string, kind: "extends" | "base" = "extends"): string {
    return `${kind === "extends" ? "cannot extend" : "base scenario"} "${ref}": ${reason}`;
  },
  extendsUnknownPreset(name: string, presets: readonly string[], suggestion: string | undefined): string {
    return `unknown preset "${name}"${didYouMean(suggestion)} (presets: ${list(presets)}; or give a relative path ending in .yaml)`;
  },
  extendsCycle(chain: readonly string[]): string {
    return `extends cycle: ${chain.join(" -> ")}`;
  },
  extendsTooDeep(max: number): string {
    return `extends chain longer than ${max} files`;
  },
  extendsNoFiles(ref: string, kind: "extends" | "base" = "extends"): string {
    return `${kind === "extends" ? "cannot extend" : "base scenario"} "${ref}": files cannot be read here, use a built-in preset name instead`;
  },
  unknownParam(path: string, suggestion: string | undefined): string {
    return `unknown parameter "${path}"${didYouMean(suggestion)}`;
  },
  timelineOrder(day: number, previous: number): string {
    return `timeline changes must be in order of day: day ${day} comes after day ${previous}`;
  },
  fixedAtStart(path: string): string {
    return `"${path}" is read once, when the run starts, and cannot change mid-run (see scenarios/README.md, "Dated changes")`;
  },
  notAParam(path: string, example: string | undefined): string {
    return `"${path}" is a section, not a parameter${example === undefined ? "" : `; name one of its fields, e.g. "${example}"`}`;
  },
  badVary(found: readonly string[], kinds: readonly string[]): string {
    return found.length === 0
      ? `expected one of: ${list(kinds)}; found an empty map`
      : `expected exactly one of: ${list(kinds)}; found ${list(found)}`;
  },
  notNumeric(kind: string, paramKind: string): string {
    return `"${kind}" needs a numeric parameter, this one is ${paramKind}`;
  },
  emptyVary(): string {
    return "expected at least one parameter to vary";
  },
  samplerMismatch(kind: string, sampler: string): string {
    return `a "${kind}" distribution needs sampler random or lhs, found sampler ${sampler}`;
  },
  samplesRequired(sampler: string): string {
    return `sampler ${sampler} needs "samples" (how many parameter sets to draw)`;
  },
  sensitivityKind(kind: string, sampler: string): string {
    return `sampler ${sampler} varies each parameter over an interval or a list: use uniform, int, range or values, found "${kind}"`;
  },
  varyRequired(sampler: string): string {
    return `sampler ${sampler} needs "vary" (the parameters to vary and how)`;
  },
  varyWithDesign(): string {
    return `sampler design takes its parameters from the columns of the design file; remove "vary"`;
  },
  designRequired(): string {
    return `sampler design needs "design" (a CSV file with one column per parameter path and one row per parameter set)`;
  },
  notForSampler(field: string, needs: string, sampler: string): string {
    return `"${field}" applies to sampler ${needs} only, found sampler ${sampler}`;
  },
  trajectoriesRequired(): string {
    return `sampler morris needs "trajectories" (how many one-at-a-time paths to run; 10 to 50 is usual)`;
  },
  oddLevels(levels: number): string {
    return `expected an even number of levels (so that every step is half the grid), found ${levels}`;
  },
  candidatesTooFew(candidates: number, trajectories: number): string {
    return `expected candidates of at least trajectories (${trajectories}), found ${candidates}`;
  },
  notPowerOfTwo(n: number): string {
    const lower = 2 ** Math.floor(Math.log2(n));
    return `sampler sobol needs "samples" to be a power of two (it keeps the Sobol' sequence balanced), found ${n}; use ${lower} or ${lower * 2}`;
  },
  tooManySobolParams(found: number, max: number): string {
    return `sampler sobol handles at most ${max} parameters, found ${found}`;
  },
  designNotFound(ref: string, resolved: string): string {
    return `design file "${ref}": file not found (looked for ${resolved})`;
  },
  designNoFiles(ref: string): string {
    return `design file "${ref}": files cannot be read here`;
  },
  designEmpty(): string {
    return "expected a header line of parameter paths and at least one row of values";
  },
  designDuplicateColumn(path: string): string {
    return `column "${path}" appears more than once`;
  },
  designRowLength(row: number, expected: number, found: number): string {
    return `row ${row}: expected ${expected} values (one per column), found ${found}`;
  },
  designMissing(): string {
    return "expected a value, found an empty cell";
  },
  designCell(row: number, column: string, problem: string): string {
    return `row ${row}, column "${column}": ${problem}`;
  },
  badTarget(found: readonly string[]): string {
    return `expected { value, sd } or { min, max } with min < max; found ${found.length === 0 ? "an empty map" : list(found)}`;
  },
  emptyParameters(): string {
    return "expected at least one parameter to calibrate";
  },
  emptyTargets(): string {
    return "expected at least one target";
  },
  unknownMetric(name: string, suggestion: string | undefined): string {
    return `unknown summary metric "${name}"${didYouMean(suggestion)}`;
  },
  priorKind(kind: string): string {
    return `a calibration prior is uniform, int or values; found ${kind}`;
  },
  integerPrior(path: string): string {
    return `"${path}" is a whole number: give it an int or values prior, found uniform`;
  },
  emptyPrior(kind: string, min: number, max: number): string {
    return `the ${kind} prior needs min ${kind === "int" ? "<=" : "<"} max, found min ${min} and max ${max}`;
  },
  methodNeeds(method: string, key: string): string {
    return `method ${method} needs "${key}"`;
  },
  methodMismatch(key: string, method: string, other: string): string {
    return `"${key}" belongs to method ${other}, found method ${method}`;
  },
  tooFewKept(samples: number, fraction: number): string {
    return `samples ${samples} x acceptFraction ${fraction} keeps no parameter set; raise one of them`;
  },
};
