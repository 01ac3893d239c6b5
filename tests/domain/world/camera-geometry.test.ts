/**
 * Camera geometry: a subject crossing a camera's view in a straight line at a known speed
 * is in view for the analytically computed time and yields that many frames, to the frame;
 * outside the field of view or the range it yields none.
 */
import { describe, expect, it } from "vitest";
import { inViewInterval, viewInterval, type ClipRecorded } from "../../../sim/domain/world/index.ts";
import { cameraLab, straightTrip } from "./world-fixture.ts";

const FPS = 15;
const CX = 100;
const CY = 100;
const UP = Math.PI / 2; // camera looks toward +y

/** Frames k (time k / fps) at which the point is inside the sector — an independent per-frame oracle. */
function bruteFrames(x0: number, y0: number, vx: number, vy: number, t0: number, t1: number, fov: number, range: number): number {
  let n = 0;
  for (let k = Math.ceil(t0 * FPS); k / FPS < t1; k++) {
    const s = k / FPS - t0;
    const dx = x0 + vx * s - CX;
    const dy = y0 + vy * s - CY;
    let ang = Math.atan2(dy, dx) - UP;
    while (ang > Math.PI) ang -= 2 * Math.PI;
    while (ang < -Math.PI) ang += 2 * Math.PI;
    if (Math.hypot(dx, dy) <= range && Math.abs(ang) <= fov / 2) n++;
  }
  return n;
}

describe("in-view interval and frame counts", () => {
  it("a walker crossing 5 m in front is in view for the chord time and yields floor(b*fps) - ceil(a*fps) + 1 frames", () => {
    const { cams } = cameraLab({ fps: FPS, range: 15, fovDeg: 150 });
    cams.installAt(CX, CY, UP, { kind: "doorbell" });
    const speed = 1.4;
    const depart = 1000.3;
    const trip = straightTrip(
      [
        [0, 105],
        [200, 105],
      ],
      speed,
      depart,
    );
    const half = Math.sqrt(15 * 15 - 5 * 5); // range binds: 5 * tan(75 deg) = 18.7 m > 14.14 m
    const a = depart + (CX - half) / speed;
    const b = depart + (CX + half) / speed;
    const expected = Math.floor(b * FPS) - Math.ceil(a * FPS) + 1;
    expect(b - a).toBeCloseTo((2 * half) / speed, 9);
    expect(cams.observe(7, trip)).toBe(expected);
    expect(expected).toBe(bruteFrames(0, 105, speed, 0, depart, depart + 200 / speed, (150 * Math.PI) / 180, 15));
  });

  it("a narrow field of view binds instead of the range, matching the per-frame oracle", () => {
    const { cams } = cameraLab({ fps: FPS, range: 50, fovDeg: 60 });
    cams.installAt(CX, CY, UP, { kind: "doorbell" });
    const trip = straightTrip(
      [
        [0, 110],
        [200, 110],
      ],
      2,
      33.33,
    );
    const expected = bruteFrames(0, 110, 2, 0, 33.33, 133.33, Math.PI / 3, 50);
    const half = 10 * Math.tan(Math.PI / 6);
    expect(expected).toBe(Math.floor((33.33 + (CX + half) / 2) * FPS) - Math.ceil((33.33 + (CX - half) / 2) * FPS) + 1);
    expect(cams.observe(1, trip)).toBe(expected);
  });

  it("diagonal and multi-piece paths match the oracle frame for frame", () => {
    const { cams } = cameraLab({ fps: FPS, range: 12, fovDeg: 120 });
    cams.installAt(CX, CY, UP, { kind: "doorbell" });
    const pts: [number, number][] = [
      [80, 130],
      [103, 101],
      [125, 112],
      [90, 104],
    ];
    const trip = straightTrip(pts, 1.3, 500.05);
    let expected = 0;
    for (let i = 0; i + 1 < pts.length; i++) {
      const t0 = trip.path[3 * i];
      const t1 = trip.path[3 * i + 3];
      const vx = (pts[i + 1][0] - pts[i][0]) / (t1 - t0);
      const vy = (pts[i + 1][1] - pts[i][1]) / (t1 - t0);
      expected += bruteFrames(pts[i][0], pts[i][1], vx, vy, t0, t1, (120 * Math.PI) / 180, 12);
    }
    expect(expected).toBeGreaterThan(0);
    expect(cams.observe(1, trip)).toBe(expected);
  });

  it("yields no frames behind the camera or beyond its range", () => {
    const { cams } = cameraLab({ fps: FPS, range: 15 });
    cams.installAt(CX, CY, UP, { kind: "doorbell" });
    expect(
      cams.observe(
        1,
        straightTrip(
          [
            [0, 95],
            [200, 95],
          ],
          1.4,
          0,
        ),
      ),
    ).toBe(0); // behind
    expect(
      cams.observe(
        1,
        straightTrip(
          [
            [0, 115.5],
            [200, 115.5],
          ],
          1.4,
          0,
        ),
      ),
    ).toBe(0); // 15.5 m > range
    expect(
      cams.observe(
        1,
        straightTrip(
          [
            [0, 114.5],
            [200, 114.5],
          ],
          1.4,
          0,
        ),
      ),
    ).toBeGreaterThan(0); // just inside
    const before = cams.framesEvaluated;
    expect(
      cams.observe(
        1,
        straightTrip(
          [
            [0, 200],
            [200, 200],
          ],
          1.4,
          0,
        ),
      ),
    ).toBe(0); // far away: never a candidate
    expect(cams.framesEvaluated).toBe(before);
  });

  it("a removed camera sees nothing", () => {
    const { cams } = cameraLab();
    const id = cams.installAt(CX, CY, UP, { kind: "doorbell" });
    cams.remove(id);
    expect(cams.count).toBe(0);
    expect(
      cams.observe(
        1,
        straightTrip(
          [
            [0, 105],
            [200, 105],
          ],
          1.4,
          0,
        ),
      ),
    ).toBe(0);
  });

  it("every frame in view is in a clip that covers the whole pass, counted per subject", () => {
    const { cams, events } = cameraLab({ fps: FPS, preRoll: 30, postRoll: 30 });
    cams.installAt(CX, CY, UP, { kind: "doorbell" });
    const frames = cams.observe(
      42,
      straightTrip(
        [
          [0, 105],
          [200, 105],
        ],
        1.4,
        2000.1,
      ),
    );
    cams.advanceTo(4000);
    const clips = events.filter((e): e is ClipRecorded => e.type === "clip-recorded");
    expect(clips).toHaveLength(1);
    expect(clips[0].subjects).toEqual([expect.objectContaining({ personId: 42, frames })]);
  });
});

describe("inViewInterval", () => {
  it("solves the documented example", () => {
    const r = Math.SQRT1_2;
    expect(inViewInterval(-20, 5, 1, 0, 40, 100, r, r, -r, r)).toBe(true);
    expect(viewInterval[0]).toBeCloseTo(15, 12);
    expect(viewInterval[1]).toBeCloseTo(25, 12);
  });

  it("handles a subject standing still inside and outside", () => {
    const r = Math.SQRT1_2;
    expect(inViewInterval(0, 5, 0, 0, 30, 100, r, r, -r, r)).toBe(true);
    expect([viewInterval[0], viewInterval[1]]).toEqual([0, 30]);
    expect(inViewInterval(8, 5, 0, 0, 30, 100, r, r, -r, r)).toBe(false);
  });
});
