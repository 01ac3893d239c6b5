/**
 * Clips and events: exact clip bounds from pre/post-roll and merging, night without
 * infrared detects less than day, a hidden camera records the same, notifications come
 * with their latency, uploads and expiry follow the retention, shared clips never expire.
 */
import { describe, expect, it } from "vitest";
import type { ClipRecorded } from "../../../sim/domain/world/index.ts";
import { cameraLab, straightTrip } from "./world-fixture.ts";

const FPS = 15;
const UP = Math.PI / 2;
const H = 3600;

const recorded = (events: { type: string }[]) => events.filter((e): e is ClipRecorded => e.type === "clip-recorded");

/** First and last frame (k) of a walker at lateral distance dy within the motion radius `mr`. */
function triggerFrames(depart: number, speed: number, dy: number, mr: number): [number, number] {
  const half = Math.sqrt(mr * mr - dy * dy);
  return [Math.ceil((depart + (100 - half) / speed) * FPS), Math.floor((depart + (100 + half) / speed) * FPS)];
}

describe("clip bounds", () => {
  const setup = { fps: FPS, preRoll: 4, postRoll: 10, mergeGap: 10, motionRange: 9, motionSensitivity: 1 };

  it("a clip runs from the first triggered frame minus pre-roll to the last plus post-roll", () => {
    const { cams, events } = cameraLab(setup);
    cams.installAt(100, 100, UP, { kind: "doorbell" });
    const depart = 3 * H + 0.37 + 10 * H; // 13:00 and a bit
    cams.observe(
      1,
      straightTrip(
        [
          [0, 104],
          [200, 104],
        ],
        1.4,
        depart,
      ),
    );
    cams.advanceTo(depart + H);
    const [k0, k1] = triggerFrames(depart, 1.4, 4, 9);
    const clips = recorded(events);
    expect(clips).toHaveLength(1);
    expect(clips[0].start).toBeCloseTo(k0 / FPS - 4, 9);
    expect(clips[0].end).toBeCloseTo(k1 / FPS + 10, 9);
    // Final once no later trigger could join it: end + merge gap + pre-roll.
    expect(clips[0].time).toBeCloseTo(k1 / FPS + 10 + 10 + 4, 9);
    const note = events.find((e) => e.type === "notification-sent");
    expect(note?.time).toBeCloseTo(k0 / FPS + 4, 9); // default latency 4 s after the first triggered frame
  });

  it("merges two motion events closer than the gap and keeps farther ones apart, with exact bounds", () => {
    for (const [lag, merged] of [
      [20, true],
      [40, false],
    ] as const) {
      const { cams, events } = cameraLab(setup);
      cams.installAt(100, 100, UP, { kind: "doorbell" });
      const d1 = 13 * H + 0.21;
      const [a0, a1] = triggerFrames(d1, 1.4, 4, 9);
      // Second walker triggers `lag` seconds after the first one's last triggered frame.
      const d2 = a1 / FPS + lag - (100 - Math.sqrt(81 - 16)) / 1.4 + 0.013;
      const [b0, b1] = triggerFrames(d2, 1.4, 4, 9);
      cams.observe(
        1,
        straightTrip(
          [
            [0, 104],
            [200, 104],
          ],
          1.4,
          d1,
        ),
      );
      cams.observe(
        2,
        straightTrip(
          [
            [0, 104],
            [200, 104],
          ],
          1.4,
          d2,
        ),
      );
      cams.advanceTo(d2 + H);
      const clips = recorded(events);
      // Gap between clips = (b0/fps - pre) - (a1/fps + post).
      expect(b0 / FPS - 4 - (a1 / FPS + 10) < 10).toBe(merged);
      if (merged) {
        expect(clips).toHaveLength(1);
        expect(clips[0].start).toBeCloseTo(a0 / FPS - 4, 9);
        expect(clips[0].end).toBeCloseTo(b1 / FPS + 10, 9);
        expect(clips[0].subjects.map((s) => s.personId)).toEqual([1, 2]);
        expect(events.filter((e) => e.type === "notification-sent")).toHaveLength(1);
      } else {
        expect(clips.map((c) => [c.start, c.end])).toEqual([
          [expect.closeTo(a0 / FPS - 4, 9), expect.closeTo(a1 / FPS + 10, 9)],
          [expect.closeTo(b0 / FPS - 4, 9), expect.closeTo(b1 / FPS + 10, 9)],
        ]);
        expect(clips[0].subjects.map((s) => s.personId)).toEqual([1]);
      }
    }
  });

  it("someone in view but never close enough to trigger records nothing on their own", () => {
    const { cams, events } = cameraLab(setup);
    cams.installAt(100, 100, UP, { kind: "doorbell" });
    expect(
      cams.observe(
        1,
        straightTrip(
          [
            [0, 112],
            [200, 112],
          ],
          1.4,
          13 * H,
        ),
      ),
    ).toBeGreaterThan(0);
    cams.advanceTo(20 * H);
    expect(events).toEqual([]);
  });
});

describe("light and visibility", () => {
  /** Subjects detected when walkers pass at several distances, at the given hour. */
  function detections(hour: number, irRange: number) {
    const { cams, events } = cameraLab({ irRange, preRoll: 30, postRoll: 60, motionRange: 9, motionSensitivity: 1 });
    cams.installAt(100, 100, UP, { kind: "doorbell" });
    let person = 0;
    for (const dy of [1.5, 3, 4.5, 6, 7.5])
      cams.observe(
        person++,
        straightTrip(
          [
            [0, 100 + dy],
            [200, 100 + dy],
          ],
          1.4,
          hour * H + person * 300,
        ),
      );
    cams.advanceTo(hour * H + 4 * H);
    const subjects = recorded(events).flatMap((c) => c.subjects);
    expect(subjects).toHaveLength(5); // every walker is recorded, day or night
    return subjects.filter((s) => s.detected).length;
  }

  it("night without infrared yields fewer person detections than day; infrared restores some", () => {
    const day = detections(13, 0);
    const night = detections(1, 0);
    const nightIr = detections(1, 6);
    expect(day).toBe(5);
    expect(night).toBeLessThan(day);
    expect(nightIr).toBeGreaterThan(night);
  });

  it("a hidden camera records exactly what a visible one does", () => {
    const run = (visible: boolean) => {
      const { cams, events } = cameraLab();
      const id = cams.installAt(100, 100, UP, { kind: "doorbell", visible });
      expect(cams.isVisible(id)).toBe(visible);
      cams.observe(
        3,
        straightTrip(
          [
            [0, 104],
            [200, 104],
          ],
          1.4,
          13 * H,
        ),
      );
      cams.advanceTo(14 * H);
      return events;
    };
    const hidden = run(false);
    expect(recorded(hidden)).toHaveLength(1);
    expect(hidden).toEqual(run(true));
  });
});

describe("upload, retention and sharing", () => {
  it("uploads clips, lists them in a window, expires them after the retention unless shared", () => {
    const { cams, events } = cameraLab({}, 2);
    const cam = cams.installAt(100, 100, UP, { kind: "doorbell" });
    cams.observe(
      1,
      straightTrip(
        [
          [0, 104],
          [200, 104],
        ],
        1.4,
        10 * H,
      ),
    );
    cams.observe(
      2,
      straightTrip(
        [
          [0, 104],
          [200, 104],
        ],
        1.4,
        12 * H,
      ),
    );
    cams.advanceTo(13 * H);
    expect(events.filter((e) => e.type === "clip-uploaded")).toHaveLength(2);
    const stored = cams.clipsInWindow(cam, 9 * H, 13 * H);
    expect(stored.map((c) => c.state)).toEqual(["stored", "stored"]);
    expect(cams.clipsInWindow(cam, 11 * H, 11.5 * H)).toEqual([]);
    expect(cams.markShared(stored[1].id)).toBe(true);
    cams.advanceTo(3 * 86400);
    expect(events.filter((e) => e.type === "clip-expired").map((e) => e.clipId)).toEqual([stored[0].id]);
    expect(cams.getClip(stored[0].id).state).toBe("expired");
    expect(cams.markShared(stored[0].id)).toBe(false);
    expect(cams.clipsInWindow(cam, 0, 4 * 86400).map((c) => c.id)).toEqual([stored[1].id]);
  });

  it("without cloud upload a clip is recorded and notified but never stored", () => {
    const { cams, events } = cameraLab({ cloudUpload: false });
    const cam = cams.installAt(100, 100, UP, { kind: "doorbell" });
    cams.observe(
      1,
      straightTrip(
        [
          [0, 104],
          [200, 104],
        ],
        1.4,
        10 * H,
      ),
    );
    cams.advanceTo(86400);
    expect(events.map((e) => e.type)).toEqual(["notification-sent", "clip-recorded"]);
    expect(cams.clipsInWindow(cam, 0, 86400)).toEqual([]);
  });

  it("late in a long run at 60 fps (frame numbers past 2^31) a clip holds the same people as early on", () => {
    const subjectsAt = (depart: number) => {
      const { cams, events } = cameraLab({ fps: 60, preRoll: 4, postRoll: 10, mergeGap: 10, motionRange: 9, motionSensitivity: 1 });
      cams.installAt(100, 100, UP, { kind: "doorbell" });
      cams.observe(
        1,
        straightTrip(
          [
            [0, 104],
            [200, 104],
          ],
          1.4,
          depart,
        ),
      ); // triggers the camera
      // Beyond motion range: seen only when the clip closes, from the trip log (as background traffic is).
      cams.observe(
        2,
        straightTrip(
          [
            [0, 112],
            [200, 112],
          ],
          1.4,
          depart + 5,
        ),
        { concealedFace: false, countInView: false },
      );
      cams.advanceTo(depart + H);
      const clips = recorded(events);
      expect(clips).toHaveLength(1);
      return clips[0].subjects.map((s) => [s.personId, s.frames > 0]);
    };
    const early = 13 * H + 0.37;
    const late = early + 800 * 24 * H; // frame 60 x 69 million s: past 2^31
    expect(late * 60).toBeGreaterThan(2 ** 31);
    expect(subjectsAt(early)).toEqual([
      [1, true],
      [2, true],
    ]);
    expect(subjectsAt(late)).toEqual(subjectsAt(early));
  });

  it("refuses to go back in time", () => {
    const { cams } = cameraLab();
    cams.advanceTo(100);
    expect(() => cams.advanceTo(50)).toThrow(/before the last advance/);
  });
});
