/**
 * Installing cameras: doorbells sit at the door looking at the street (within the mounting
 * jitter), street cameras at the front of the lot; one doorbell per house; removal; the
 * map's camera views; `nextEventTime` tells the model when to advance next.
 */
import { describe, expect, it } from "vitest";
import { createRng } from "../../../sim/core/index.ts";
import { createCameraSystem, createNeighbourhood, planTrip } from "../../../sim/domain/world/index.ts";
import { camParams, nbParams } from "./world-fixture.ts";

const nb = createNeighbourhood(nbParams({ households: 120 }), createRng(1));
const system = (o: Record<string, unknown> = {}) => createCameraSystem(camParams(o), nb, createRng(2), { retentionDays: 60, onEvent: () => {} });

describe("install", () => {
  it("puts a doorbell behind the porch, facing the street within the mounting jitter", () => {
    const cams = system({ doorOffset: 0.8, headingJitterDeg: 10 });
    for (const h of [0, 7, 50]) {
      const id = cams.install(h);
      expect(cams.cameraAt(h)).toBe(id);
      expect(cams.cameraHouse(id)).toBe(h);
      const v = cams.views()[cams.views().length - 1];
      expect(v.kind).toBe("doorbell");
      expect(Math.hypot(v.x - nb.houseX[h], v.y - nb.houseY[h])).toBeCloseTo(0.8, 9);
      let dh = v.heading - nb.houseFacing[h];
      dh = Math.atan2(Math.sin(dh), Math.cos(dh));
      expect(Math.abs(dh)).toBeLessThanOrEqual((10 * Math.PI) / 180 + 1e-12);
      expect(v.fov).toBeCloseTo((150 * Math.PI) / 180, 12);
    }
    expect(cams.count).toBe(3);
  });

  it("allows one doorbell per house, any number of street cameras, and removal", () => {
    const cams = system();
    const a = cams.install(3);
    expect(() => cams.install(3)).toThrow(/already has doorbell camera/);
    const s = cams.install(3, { kind: "street", visible: false });
    expect(cams.isVisible(s)).toBe(false);
    expect(cams.cameraAt(3)).toBe(a);
    const sv = cams.views().find((v) => v.kind === "street");
    expect(sv?.range).toBe(camParams().street.range);
    cams.remove(a);
    expect(cams.cameraAt(3)).toBe(-1);
    expect(cams.isActive(a)).toBe(false);
    expect(cams.count).toBe(1);
    expect(cams.install(3)).toBeGreaterThan(s); // a new doorbell after removal
    expect(() => cams.install(9999)).toThrow(/not a household/);
  });

  it("nextEventTime points at the next trigger, clip closing or event, and Infinity when idle", () => {
    const cams = system();
    expect(cams.nextEventTime()).toBe(Infinity);
    cams.install(20);
    const trip = planTrip(nb, { from: { node: 0 }, to: { house: 20 }, mode: "walk", depart: 36000, porchApproach: true, dwell: 10 });
    cams.observe(1, trip);
    const first = cams.nextEventTime();
    expect(first).toBeGreaterThan(36000);
    expect(first).toBeLessThanOrEqual(trip.porchArrival);
    let steps = 0;
    while (cams.nextEventTime() < 86400 && steps++ < 100) cams.advanceTo(cams.nextEventTime());
    expect(steps).toBeLessThan(100);
    expect(cams.getClip(0).state).toBe("stored");
    // What is left is the expiry, 60 days after the upload.
    expect(cams.nextEventTime()).toBeGreaterThan(60 * 86400);
    cams.advanceTo(cams.nextEventTime());
    expect(cams.getClip(0).state).toBe("expired");
    expect(cams.nextEventTime()).toBe(Infinity);
  });
});
