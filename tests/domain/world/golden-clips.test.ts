/**
 * Golden fingerprints: the camera events (every field, subjects included) of a mid-size
 * town with background traffic and porch visits over a few days, hashed. The fingerprints
 * were recorded with the eager frame-by-frame implementation, before lazy evaluation of
 * passes that cannot trigger; any optimisation of the world must keep them
 * byte-identical. The whole model is pinned by named figures with tolerances instead
 * (tests/domain/model/named-figures.test.ts).
 */
import { createHash } from "node:crypto";
import { describe, expect, it } from "vitest";
import { createRng, Scheduler } from "../../../sim/core/index.ts";
import {
  createActiveTrips,
  createCameraSystem,
  createNeighbourhood,
  createPeople,
  createRoutines,
  createTraffic,
  DAY,
  planTrip,
  type CameraEvent,
} from "../../../sim/domain/world/index.ts";
import { camParams, nbParams } from "./world-fixture.ts";

const sha = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 24);

/**
 * Runs a town for `days` and returns the hash of all camera events and the frames evaluated.
 * With `churn`, every 20 minutes a camera comes down and another goes up (mid-trip for many).
 */
function townFingerprint(cameras: Record<string, unknown>, households: number, days: number, churn = false) {
  const np = nbParams({ households });
  const rng = createRng(4242);
  const nb = createNeighbourhood(np, rng.stream("neighbourhood"));
  const routines = createRoutines(np, nb, rng.stream("routines"));
  const people = createPeople({ femaleShare: 0.5, rng: createRng(1).stream("people") });
  const events: CameraEvent[] = [];
  const cams = createCameraSystem(camParams(cameras), nb, rng.stream("cameras"), {
    retentionDays: 1,
    onEvent: (e) => events.push(e),
  });
  const adopt = rng.stream("adoption");
  for (let h = 0; h < nb.householdCount; h++) {
    if (adopt.bernoulli(0.3)) cams.install(h, { visible: adopt.bernoulli(0.7), cloud: adopt.bernoulli(0.8) });
    if (h % 97 === 5) cams.install(h, { kind: "street" });
  }
  cams.installAt(nb.width / 2, nb.height / 2, 0.3);
  const active = createActiveTrips();
  const traffic = createTraffic(np, nb, routines, people, rng.stream("traffic"), { cameras: cams, active });
  const scheduler = new Scheduler();
  const visitors = rng.stream("visitors");
  const courier = people.add("courier", 0, -1);
  const thief = people.add("thief", 1, -1);
  for (let d = 0; d < days; d++) {
    traffic.scheduleDay(d, scheduler);
    // Porch visits (couriers driving, a thief with a hidden face walking), some at watched houses.
    for (let i = 0; i < 60; i++) {
      const house = visitors.int(0, nb.householdCount);
      const from = visitors.int(0, nb.householdCount);
      const at = d * DAY + visitors.uniform(8, 20) * 3600;
      const isThief = i % 5 === 0;
      scheduler.scheduleAt(at, () => {
        const trip = planTrip(nb, {
          from: { house: from, street: true },
          to: { house },
          mode: isThief ? "walk" : "drive",
          depart: scheduler.now,
          porchApproach: true,
          dwell: 20,
        });
        cams.observe(isThief ? thief : courier, trip, { concealedFace: isThief });
      });
    }
    for (let t = d * DAY + 300; t <= (d + 1) * DAY; t += 300) {
      scheduler.runUntil(t);
      cams.advanceTo(t);
      if (churn && t % 1200 === 0) {
        const h = visitors.int(0, nb.householdCount);
        const c = cams.cameraAt(h);
        if (c >= 0) cams.remove(c);
        else cams.install(h);
        const g = visitors.int(0, nb.householdCount);
        if (cams.cameraAt(g) < 0) cams.install(g);
      }
      if (t % 7200 === 0 && cams.count > 0) {
        // Window queries and sharing in between, as the model does.
        const c = (t / 300) % cams.count;
        if (cams.isActive(c)) for (const clip of cams.clipsInWindow(c, t - 7200, t)) cams.markShared(clip.id);
      }
    }
  }
  cams.advanceTo(days * DAY + 3 * DAY);
  const recorded = events.filter((e) => e.type === "clip-recorded").length;
  return { hash: sha(JSON.stringify(events)), events: events.length, recorded, frames: cams.framesEvaluated };
}

describe("golden fingerprints (byte-identical results)", () => {
  it("camera events of a 1,200-household town, default cameras, 3 days", () => {
    const f = townFingerprint({}, 1200, 3);
    expect(f.recorded).toBeGreaterThan(100);
    expect({ hash: f.hash, events: f.events, recorded: f.recorded }).toEqual(GOLDEN_DEFAULT);
  }, 120_000);

  it("camera events with sensitive cameras at 10 fps (passers-by trigger), 2 days", () => {
    const f = townFingerprint({ motionRange: 18, motionSensitivity: 1, fps: 10 }, 800, 2);
    expect(f.recorded).toBeGreaterThan(100);
    expect({ hash: f.hash, events: f.events, recorded: f.recorded }).toEqual(GOLDEN_SENSITIVE);
  }, 120_000);

  it("camera events while cameras come down and go up during the day, 2 days", () => {
    const f = townFingerprint({}, 700, 2, true);
    expect(f.recorded).toBeGreaterThan(100);
    expect({ hash: f.hash, events: f.events, recorded: f.recorded }).toEqual(GOLDEN_CHURN);
  }, 120_000);
});

const GOLDEN_DEFAULT = { hash: "4dc55f7c80b6c7a611302121", events: 62453, recorded: 16229 };
const GOLDEN_SENSITIVE = { hash: "2c82011f74e3a0f14e304436", events: 363831, recorded: 100966 };
const GOLDEN_CHURN = { hash: "9eb90c5fe41567d1760649eb", events: 27988, recorded: 7191 };
