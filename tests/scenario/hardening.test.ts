/**
 * `validate` refuses first what a run would refuse later (issue 20, "plans that pass
 * validate and then crash"): group mixes that cannot be drawn from, keys named after
 * JavaScript's object machinery, and sweep plans too large to hold — each with
 * file:line:column.
 */
import { describe, expect, it } from "vitest";
import { validateText } from "../../sim/scenario/index.ts";
import { MAX_SWEEP_RUNS, planSize } from "../../sim/scenario/plan-size.ts";

const check = (text: string, fileName = "s.yaml") => validateText(text, { fileName }).map((d) => [d.line, d.column, d.code, d.message]);

describe("group mixes", () => {
  it("an empty mix, all-zero shares, object-machinery names and too many groups are refused with their line", () => {
    expect(check("neighbourhood:\n  groups: {}\n")).toEqual([[2, 11, "bad-mix", "expected at least 1 entry, found none"]]);
    expect(check("neighbourhood:\n  groups: { a: 0, b: 0 }\n")).toEqual([
      [2, 11, "bad-mix", "the shares add up to 0: give at least one positive share"],
    ]);
    const proto = check("neighbourhood:\n  groups:\n    a: 1\n    constructor: 1\n    toString: 2\n");
    expect(proto.map((d) => [d[0], d[2]])).toEqual([
      [4, "bad-key"],
      [5, "bad-key"],
    ]);
    const many = Object.fromEntries(Array.from({ length: 300 }, (_, i) => [`g${i}`, 1]));
    expect(check(`neighbourhood:\n  groups: ${JSON.stringify(many)}\n`)).toEqual([[2, 11, "bad-mix", "expected at most 255 entries, found 300"]]);
    expect(check("neighbourhood:\n  groups: { white: 0.6, black: 0.4 }\n")).toEqual([]);
  });

  it("a __proto__ key is refused where it stands instead of vanishing", () => {
    expect(check("run:\n  days: 3\n__proto__:\n  run: { days: 9 }\n")).toEqual([
      [3, 1, "reserved-key", '"__proto__" cannot be a key: it is a reserved name of JavaScript objects'],
    ]);
    expect(check("neighbourhood:\n  groups: { __proto__: 1, a: 1 }\n").map((d) => d[2])).toEqual(["reserved-key"]);
  });
});

describe("sweep plans", () => {
  const sweep = (body: string) => check(`base: baseline\n${body}`, "sweep.yaml");

  it("a plan over the limit is refused with its size and the limit", () => {
    const d = sweep("vary:\n  run.days: { int: { min: 1, max: 30 } }\nsampler: random\nsamples: 100000\nreplications: 10\n");
    expect(d).toEqual([
      [
        6,
        15,
        "plan-too-large",
        "this sweep plans 1,000,000 runs (100,000 parameter sets x 10 replications); the limit is 200,000: vary fewer values or use fewer replications",
      ],
    ]);
    const grid = sweep(
      "vary:\n  run.days: { range: { from: 1, to: 1000, steps: 1000 } }\n  run.seed: { range: { from: 0, to: 999, steps: 1000 } }\n",
    );
    expect(grid.map((x) => x[2])).toEqual(["plan-too-large"]);
  });

  it("prototype-named paths in vary are unknown parameters", () => {
    const d = sweep("vary:\n  constructor: { values: [1] }\n  __proto__.parent: { values: [1] }\n  run.constructor: { values: [2] }\n");
    expect(d.map((x) => x[2])).toEqual(["unknown-param", "unknown-param", "unknown-param"]);
  });

  it("counts cells without generating them", () => {
    expect(planSize({ vary: { a: { values: [1, 2, 3] }, b: { range: { from: 0, to: 1, steps: 5 } } }, sampler: "grid", replications: 4 })).toEqual({
      cells: 15,
      runs: 60,
    });
    expect(planSize({ vary: {}, sampler: "lhs", samples: MAX_SWEEP_RUNS, replications: 1 }).runs).toBe(MAX_SWEEP_RUNS);
  });
});
