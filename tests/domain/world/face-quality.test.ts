/**
 * Face-capture quality from the per-frame image model: it falls with distance, with the
 * angle between the subject's heading and the camera, and with speed across the view
 * (motion blur); at long range no face is usable. Checked frame by frame and end to end.
 */
import { describe, expect, it } from "vitest";
import { createRng } from "../../../sim/core/index.ts";
import {
  ACC_BEST_FACE,
  ACC_SIZE,
  CameraTable,
  createCameraSystem,
  createNeighbourhood,
  evaluateFrames,
  frameModel,
  planTrip,
  resetAccumulator,
  type ClipRecorded,
} from "../../../sim/domain/world/index.ts";
import { camParams, nbParams } from "./world-fixture.ts";

const UP = Math.PI / 2;
const p = camParams();
const model = frameModel(p);
const table = new CameraTable();
const cam = table.add({
  kind: "doorbell",
  house: -1,
  x: 0,
  y: 0,
  heading: UP,
  fov: (p.fovDeg * Math.PI) / 180,
  range: p.range,
  motionRange: p.motionRange,
  irRange: p.irRange,
  resolutionPx: p.resolutionPx,
  visible: true,
  cloud: true,
});

/** Face quality of one frame at 13:00 (or `hour`): subject at (x, y), velocity (vx, vy), facing angle `facing`. */
function face(x: number, y: number, vx: number, vy: number, facing: number, hour = 13, vehicle = false): number {
  const acc = new Float64Array(ACC_SIZE);
  resetAccumulator(acc);
  const k = hour * 3600 * p.fps;
  const piece = new Float64Array([k / p.fps, x, y, vx, vy, Math.cos(facing), Math.sin(facing), 1]); // a piece record (PIECE_*)
  evaluateFrames(table, cam, model, piece, 0, vehicle, k, k, acc);
  return acc[ACC_BEST_FACE];
}

const TOWARD = -UP; // walking toward a camera at the origin from +y

describe("face quality per frame", () => {
  it("falls with distance and is unusable at long range", () => {
    const q = [1, 2, 3, 4, 6, 8, 12].map((d) => face(0, d, 0, -1.4, TOWARD));
    for (let i = 1; i < q.length; i++) expect(q[i]).toBeLessThanOrEqual(q[i - 1]);
    expect(q[1]).toBeGreaterThan(q[3]);
    expect(q[0]).toBeGreaterThanOrEqual(p.usableFaceQuality);
    expect(q[6]).toBe(0);
    expect(face(0, 10, 0, 0, TOWARD)).toBeLessThan(p.usableFaceQuality); // even standing still, facing the lens
  });

  it("falls with the angle between the subject's heading and the camera; none from behind", () => {
    const q = [0, 30, 60, 85, 120].map((deg) => face(0, 2, 0, 0, TOWARD + (deg * Math.PI) / 180));
    for (let i = 1; i < q.length; i++) expect(q[i]).toBeLessThan(q[i - 1]);
    expect(q[4]).toBe(0);
  });

  it("falls with speed across the view (motion blur), more at night", () => {
    const q = [0, 1, 2, 4, 8].map((v) => face(0, 2, v, 0, TOWARD));
    for (let i = 1; i < q.length; i++) expect(q[i]).toBeLessThan(q[i - 1]);
    const blurDay = face(0, 2, 2, 0, TOWARD) / face(0, 2, 0, 0, TOWARD);
    const blurNight = face(0, 2, 2, 0, TOWARD, 2) / face(0, 2, 0, 0, TOWARD, 2);
    expect(blurNight).toBeLessThan(blurDay);
  });

  it("captures no face inside a vehicle", () => {
    expect(face(0, 2, 0, 0, TOWARD, 13, true)).toBe(0);
  });
});

describe("face quality end to end", () => {
  it("a visitor at the door leaves a usable face; a concealed visitor and a passer-by on the street do not", () => {
    const nb = createNeighbourhood(nbParams({ households: 60, setback: 6 }), createRng(5));
    const clips: ClipRecorded[] = [];
    const cams = createCameraSystem(camParams(), nb, createRng(6), {
      retentionDays: 60,
      onEvent: (e) => {
        if (e.type === "clip-recorded") clips.push(e);
      },
    });
    const house = 10;
    cams.install(house);
    const entry = { node: nb.edgeNodesOfMap[0] };
    const t = 13 * 3600;
    cams.observe(1, planTrip(nb, { from: entry, to: { house }, mode: "walk", depart: t, porchApproach: true, dwell: 20 }));
    cams.observe(2, planTrip(nb, { from: entry, to: { house }, mode: "walk", depart: t + 1800, porchApproach: true, dwell: 20 }), {
      concealedFace: true,
    });
    cams.observe(
      3,
      planTrip(nb, { from: { house: house - 1, street: true }, to: { house: house + 1, street: true }, mode: "walk", depart: t + 3600 }),
    );
    cams.advanceTo(t + 2 * 3600);
    const best = (id: number) => Math.max(0, ...clips.flatMap((c) => c.subjects.filter((s) => s.personId === id).map((s) => s.bestFaceQuality)));
    expect(best(1)).toBeGreaterThanOrEqual(cams.usableFaceQuality);
    expect(best(2)).toBeLessThan(cams.usableFaceQuality);
    expect(best(3)).toBeLessThan(cams.usableFaceQuality);
    expect(clips.some((c) => c.subjects.some((s) => s.personId === 3))).toBe(true); // recorded, but no usable face
  });
});
