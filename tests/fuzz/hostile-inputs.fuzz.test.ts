/**
 * Property-based fuzzing (fast-check) of every door hostile text comes through: the YAML
 * loaders (scenario and sweep), `--set` parsing with parameter application, the
 * dashboard's URL state, and the sweep journal reader. For any input each must return a
 * result or a diagnostic (a `CliError` for `--set`), never throw anything else, and finish
 * within a time bound; the heap must not grow past a bound over the whole suite. The
 * suite reports how many inputs it tried and the slowest refusal.
 */
import fc from "fast-check";
import { stringify } from "yaml";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "../../cli/cli-error.ts";
import { parseSets } from "../../cli/parse-set.ts";
import { readJournal } from "../../cli/sweep/journal.ts";
import { decodeRow } from "../../cli/sweep/run-row.ts";
import type { RunSpec } from "../../sim/index.ts";
import { applyParamsChecked, defaultScenario, parseSweep, validateText } from "../../sim/scenario/index.ts";
import { stateFromParams } from "../../viz/explore/explore-state.ts";
import { checkedNumberParam, decodeText, overridesFromParams, readRoute } from "../../viz/shared/url-state.ts";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

/** Per property: runs, and a wall-clock cap after which fast-check stops early (machines vary). */
const RUNS = 400;
const TIME_LIMIT_MS = 60_000;
/** No single input may take longer than this to be accepted or refused. */
const MAX_INPUT_MS = 2_000;
/** The heap may not grow by more than this over the suite (inputs are capped at a few kB). */
const MAX_HEAP_GROWTH = 256 * 1024 * 1024;

const stats = { tried: 0, slowestMs: 0, slowest: "" };
const heapAtStart = process.memoryUsage().heapUsed;
const tmp = mkdtempSync(join(tmpdir(), "doorstep-fuzz-"));
afterAll(() => {
  rmSync(tmp, { recursive: true, force: true });
  process.stdout.write(`fuzz: ${stats.tried} hostile inputs tried; slowest refusal ${stats.slowestMs.toFixed(1)} ms (${stats.slowest})\n`);
});

/** Runs `fn` on `input`, times it, and records the slowest. */
function timed<T>(door: string, input: unknown, fn: () => T): T {
  const t0 = performance.now();
  const out = fn();
  const ms = performance.now() - t0;
  stats.tried++;
  if (ms > stats.slowestMs) {
    stats.slowestMs = ms;
    stats.slowest = `${door}: ${JSON.stringify(input).slice(0, 80)}`;
  }
  expect(ms).toBeLessThan(MAX_INPUT_MS);
  return out;
}

const params = { numRuns: RUNS, interruptAfterTimeLimit: TIME_LIMIT_MS, seed: 20261207 };

// YAML-looking text: fragments that reach the parser's corners (anchors, tags, flow, keys of Object.prototype).
const fragment = fc.constantFrom(
  "run:",
  "  days: ",
  "groups: {",
  "}",
  "[",
  "]",
  "&a ",
  "*a",
  "!!js/function ",
  "!!binary ",
  "<<: *a",
  "__proto__: ",
  "constructor: ",
  "neighbourhood:\n  groups:\n    ",
  "extends: ",
  "/dev/zero",
  "../../etc/passwd",
  "base: baseline\n",
  "vary:\n  ",
  "run.days: { values: [",
  "samples: 100000\n",
  "replications: 10000\n",
  "sampler: lhs\n",
  "\u0000",
  "\u001b[2J",
  "\ufeff",
  "\t",
  "\n",
  ": ",
  "- ",
  "'",
  '"',
  "#",
  "%YAML 1.2\n---\n",
  "1e309",
  "-0",
  "0x10",
  ".nan",
  "~",
  "null",
  "true",
  "3650",
  "3651",
);
const yamlText = fc.oneof(
  fc.array(fragment, { maxLength: 40 }).map((xs) => xs.join("")),
  fc.string({ maxLength: 400, unit: "binary" }),
  fc.jsonValue({ maxDepth: 4 }).map((v) => stringify({ run: v, neighbourhood: { groups: v } })),
  fc.dictionary(fc.string({ maxLength: 12 }), fc.jsonValue({ maxDepth: 3 }), { maxKeys: 8 }).map((d) => stringify(d)),
);

describe("fuzz: the YAML loaders", () => {
  it("validateText and parseSweep return diagnostics for any text, never throw", () => {
    fc.assert(
      fc.property(yamlText, (text) => {
        const ds = timed("validate", text, () => validateText(text, { fileName: "f.yaml", readFile: () => undefined }));
        for (const d of ds) expect(d.line).toBeGreaterThanOrEqual(1);
        const sweep = timed("sweep", text, () => parseSweep(`base: baseline\n${text}`, { fileName: "s.yaml" }));
        if (!sweep.ok) expect(sweep.diagnostics.length).toBeGreaterThan(0);
      }),
      params,
    );
  });
});

const pathSeg = fc.oneof(
  fc.constantFrom("run", "days", "seed", "neighbourhood", "groups", "__proto__", "constructor", "prototype", "policy", "name", ""),
  fc.string({ maxLength: 8 }),
);
const setArg = fc.oneof(
  fc
    .tuple(
      fc.array(pathSeg, { minLength: 1, maxLength: 4 }),
      fc.oneof(fc.string({ maxLength: 20 }), fc.double().map(String), fc.constantFrom("true", "false", "1e999", "-1", "NaN")),
    )
    .map(([p, v]) => `${p.join(".")}=${v}`),
  fc.string({ maxLength: 40 }),
);

describe("fuzz: --set parsing and application", () => {
  it("parseSets gives params or a usage CliError; applying them gives a scenario or problems", () => {
    const base = defaultScenario();
    fc.assert(
      fc.property(fc.array(setArg, { maxLength: 5 }), (args) => {
        let sets: ReturnType<typeof parseSets>;
        try {
          sets = timed("--set", args, () => parseSets(args));
        } catch (e) {
          expect(e).toBeInstanceOf(CliError);
          return;
        }
        const r = timed("--set apply", args, () => applyParamsChecked(base, sets));
        if (!r.ok) expect(r.problems.length).toBeGreaterThan(0);
        expect(({} as Record<string, unknown>).parent).toBeUndefined();
      }),
      params,
    );
  });
});

describe("fuzz: URL state", () => {
  it("routes, Explore state, overrides and base64 text never throw", () => {
    const hash = fc.oneof(
      fc.string({ maxLength: 200 }),
      fc
        .tuple(
          fc.constantFrom("explore", "compare", "sweeps", "learn", "x"),
          fc.dictionary(
            fc.constantFrom("seed", "days", "yaml", "file", "speed", "set.run.days", "set.__proto__", "src", "run"),
            fc.string({ maxLength: 30 }),
          ),
        )
        .map(([page, q]) => `#/${page}?${new URLSearchParams(q).toString()}`),
    );
    fc.assert(
      fc.property(hash, (h) => {
        const route = timed("url", h, () => readRoute(h));
        const state = timed("url", h, () => stateFromParams(route.params, "baseline"));
        expect(state.seed === null || (Number.isInteger(state.seed) && state.seed >= 0)).toBe(true);
        expect(state.days === null || (state.days >= 1 && state.days <= 3650)).toBe(true);
        timed("url", h, () => overridesFromParams(route.params));
        const problems: string[] = [];
        timed("url", h, () => checkedNumberParam(route.params, "days", "run.days", problems));
        timed("url", h, () => decodeText(route.params.get("yaml") ?? h));
      }),
      params,
    );
  });
});

describe("fuzz: the sweep journal reader", () => {
  const plan = new Map<number, RunSpec>([[0, { runIndex: 0, cellIndex: 0, replication: 0, seed: 7, params: { "run.days": 20 } }]]);
  const line = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.jsonValue({ maxDepth: 3 }).map((v) => JSON.stringify(v)),
    fc
      .record({
        runIndex: fc.oneof(fc.constant(0), fc.integer()),
        seed: fc.oneof(fc.constant(7), fc.integer()),
        result: fc.jsonValue({ maxDepth: 2 }),
        sweep: fc.string({ maxLength: 16 }),
      })
      .map((r) => JSON.stringify({ ...r, cellIndex: 0, replication: 0, params: { "run.days": 20 } })),
  );
  it("decodeRow returns a row of the plan or null; readJournal counts what it drops", () => {
    let file = 0;
    fc.assert(
      fc.property(fc.array(line, { maxLength: 6 }), fc.boolean(), (ls, torn) => {
        for (const l of ls) {
          const row = timed("journal", l, () => decodeRow(l, plan, "abc"));
          if (row) expect(row.runIndex).toBe(0);
        }
        const path = join(tmp, `j${file++}.jsonl`);
        writeFileSync(path, ls.join("\n") + (torn ? "" : "\n"));
        const read = timed("journal", ls, () => readJournal(path, plan));
        expect(read.rows.size).toBeLessThanOrEqual(1);
      }),
      params,
    );
    expect(process.memoryUsage().heapUsed - heapAtStart).toBeLessThan(MAX_HEAP_GROWTH);
  });
});
