import { describe, expect, it } from "vitest";
import { checkPrediction, describeChange, relativeChange, type PredictionCheck } from "../../viz/learn/prediction-check.ts";
import { LESSONS } from "../../viz/learn/lessons.ts";

const choices = ["falls by more than half", "falls a little", "about the same", "rises"];
const change: PredictionCheck = {
  kind: "range",
  measure: (r) => relativeChange(r[0].x, r[1].x),
  ranges: [
    [Number.NEGATIVE_INFINITY, -0.5],
    [-0.5, -0.1],
    [-0.1, 0.1],
    [0.1, Number.POSITIVE_INFINITY],
  ],
  describe: describeChange("x"),
};
const reps = (pairs: [number, number][]) => pairs.map(([a, b]) => [{ x: a }, { x: b }]);

describe("a prediction checked over replications", () => {
  it("is right only when the whole interval lies in the predicted range", () => {
    const clear = reps([
      [100, 30],
      [100, 32],
      [100, 28],
      [100, 31],
      [100, 29],
    ]);
    expect(checkPrediction(change, choices, 0, clear).verdict).toBe("right");
    expect(checkPrediction(change, choices, 2, clear).verdict).toBe("wrong");
    const r = checkPrediction(change, choices, 0, clear);
    expect(r.message).toContain('You predicted "falls by more than half"');
    expect(r.message).toContain("Over 5 runs");
    expect(r.observed).toMatch(/^x fell by 70% on average \(95% interval of the change: −\d+% to −\d+%\)$/);
  });
  it("says it cannot tell when the interval straddles a boundary", () => {
    const noisy = reps([
      [100, 20],
      [100, 90],
      [100, 40],
      [100, 110],
      [100, 60],
    ]);
    const r = checkPrediction(change, choices, 1, noisy);
    expect(r.verdict).toBe("unclear");
    expect(r.message).toContain("5 runs cannot tell");
  });
  it("treats undefined measures as unknown, not as zero", () => {
    expect(
      checkPrediction(
        change,
        choices,
        2,
        reps([
          [0, 0],
          [0, 3],
        ]),
      ).verdict,
    ).toBe("unclear");
  });
  it("counts the runs that support each answer of a 'which one' question", () => {
    const vote: PredictionCheck = { kind: "vote", pick: (r) => (r[0].x > 1 ? 1 : 0) };
    const runs = [[{ x: 2 }], [{ x: 3 }], [{ x: 0 }], [{ x: 5 }]];
    expect(checkPrediction(vote, ["a", "b"], 1, runs).verdict).toBe("right");
    expect(checkPrediction(vote, ["a", "b"], 1, runs).observed).toBe('in 3 of 4 runs the answer was "b"');
    expect(checkPrediction(vote, ["a", "b"], 0, runs).verdict).toBe("unclear");
    expect(checkPrediction(vote, ["a", "b"], 0, [[{ x: 2 }], [{ x: 3 }], [{ x: 4 }], [{ x: 5 }], [{ x: 6 }]]).verdict).toBe("wrong");
    expect(checkPrediction(vote, ["a", "b"], -1, runs).verdict).toBe("no-prediction");
  });
});

describe("the evidence-chain lesson", () => {
  const lesson = LESSONS.find((l) => l.id === "evidence-chain")!;
  // Replications as [two items needed, one item enough]: each run's summary of both bars.
  const runs = (pairs: [number, number][]) => pairs.map(([two, one]) => [{ arrests_wrongful: two }, { arrests_wrongful: one }]);
  const more = lesson.choices.indexOf("More innocent people are arrested");
  const same = lesson.choices.indexOf("About the same");

  it("checks the prediction against the extra wrongful arrests of the lower bar, run by run", () => {
    const clearlyMore = runs([
      [1, 4],
      [0, 3],
      [2, 5],
      [1, 3],
      [0, 4],
    ]);
    const r = checkPrediction(lesson.check, lesson.choices, more, clearlyMore);
    expect(r.verdict).toBe("right");
    expect(r.observed).toBe(
      "on average a run with one item enough had 3 more wrongful arrests than the same run with two (95% interval +2.1 to +3.9)",
    );
    expect(checkPrediction(lesson.check, lesson.choices, same, clearlyMore).verdict).toBe("wrong");
  });

  it("cannot tell when the runs go both ways", () => {
    const mixed = runs([
      [0, 6],
      [3, 2],
      [1, 1],
      [4, 2],
      [0, 3],
    ]);
    expect(checkPrediction(lesson.check, lesson.choices, more, mixed).verdict).toBe("unclear");
  });
});

describe("every lesson", () => {
  for (const lesson of LESSONS) {
    it(`${lesson.id}: checks each answer and has notes for the teacher`, () => {
      if (lesson.check.kind === "range") expect(lesson.check.ranges).toHaveLength(lesson.choices.length);
      expect(lesson.teacher.goals.length).toBeGreaterThan(0);
      expect(lesson.teacher.discussion.length).toBeGreaterThan(0);
      expect(lesson.teacher.expected.length).toBeGreaterThan(40);
    });
  }
});
