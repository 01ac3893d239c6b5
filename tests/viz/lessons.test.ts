import { describe, it, expect } from "vitest";
import { existsSync } from "node:fs";
import { LESSONS } from "../../viz/learn/lessons.ts";
import { paramAt } from "../../sim/scenario/index.ts";

describe("lessons", () => {
  it("are at least the five the classroom asks for", () => {
    expect(LESSONS.map((l) => l.title)).toEqual(
      expect.arrayContaining([
        "Do cameras stop package theft?",
        "Who gets misidentified?",
        "Where does the footage go?",
        "Why does it feel like crime is rising?",
        "How is a theft solved — and how can it go wrong?",
      ]),
    );
  });
  for (const lesson of LESSONS) {
    it(`${lesson.id}: names shipped scenarios and real parameters, and asks before it tells`, () => {
      expect(new Set(LESSONS.map((l) => l.id)).size).toBe(LESSONS.length);
      for (const v of lesson.variants) {
        expect(existsSync(new URL(`../../scenarios/${v.scenario}.yaml`, import.meta.url))).toBe(true);
        for (const path of Object.keys(v.set ?? {})) expect(paramAt(path), path).toBeDefined();
      }
      expect(lesson.choices.length).toBeGreaterThanOrEqual(2);
      expect(lesson.lookFor.length).toBeGreaterThan(0);
      expect(lesson.charts.length).toBeGreaterThan(0);
    });
  }
});
