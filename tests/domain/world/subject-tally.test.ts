import { describe, expect, it } from "vitest";
import { ClipStore } from "../../../sim/domain/world/cameras/clip-store.ts";
import {
  ACC_BEST_CONF,
  ACC_BEST_FACE,
  ACC_BEST_FACE_FRAME,
  ACC_DET_FIRST,
  ACC_DET_LAST,
  ACC_SIZE,
  resetAccumulator,
} from "../../../sim/domain/world/cameras/frame-evaluator.ts";
import { SubjectTally } from "../../../sim/domain/world/cameras/subject-tally.ts";

/** A pass accumulator with the given best face (at frame `faceFrame`), best confidence and detection frames. */
function acc(face: number, faceFrame: number, conf: number, det: [number, number] | null): Float64Array {
  const a = new Float64Array(ACC_SIZE);
  resetAccumulator(a);
  a[ACC_BEST_FACE] = face;
  a[ACC_BEST_FACE_FRAME] = faceFrame;
  a[ACC_BEST_CONF] = conf;
  if (det) [a[ACC_DET_FIRST], a[ACC_DET_LAST]] = det;
  return a;
}

describe("SubjectTally", () => {
  it("merges passes by person, keeps maxima, counts a face only inside the clip, writes by person id", () => {
    const store = new ClipStore();
    const clip = store.open(0, 3, 0, 10);
    const t = new SubjectTally();
    t.reset();
    // Clip frames 100..200. Person 9: two passes; person 2: detection outside the clip, face outside.
    t.add(9, 30, acc(0.4, 120, 0.5, [110, 130]), 0, 100, 200);
    t.add(2, 10, acc(0.9, 250, 0.7, [210, 240]), 0, 100, 200);
    t.add(9, 5, acc(0.8, 150, 0.3, null), 0, 100, 200);
    t.add(5, 1, acc(0.1, 199, 0.2, [50, 100]), 0, 100, 200);
    t.writeTo(store, clip);
    expect(store.subjectsOf(clip).map((s) => [s.personId, s.frames, s.detected])).toEqual([
      [2, 10, false],
      [5, 1, true],
      [9, 35, true],
    ]);
    const [p2, p5, p9] = store.subjectsOf(clip);
    expect(p2.bestFaceQuality).toBe(0);
    expect(p2.bestConfidence).toBeCloseTo(0.7, 6);
    expect(p5.bestFaceQuality).toBeCloseTo(0.1, 6);
    expect(p9.bestFaceQuality).toBeCloseTo(0.8, 6);
    expect(p9.bestConfidence).toBeCloseTo(0.5, 6);
  });

  it("starts empty after reset and grows past its initial room", () => {
    const store = new ClipStore();
    const t = new SubjectTally();
    t.reset();
    for (let person = 40; person > 0; person--) t.add(person, 1, acc(0, -1, 0.1, null), 0, 0, 10);
    const a = store.open(0, 0, 0, 1);
    t.writeTo(store, a);
    expect(store.subjectsOf(a).map((s) => s.personId)).toEqual(Array.from({ length: 40 }, (_, i) => i + 1));
    t.reset();
    const b = store.open(0, 0, 2, 3);
    t.writeTo(store, b);
    expect(store.subjectsOf(b)).toEqual([]);
  });
});
