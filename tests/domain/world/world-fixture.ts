/** Shared set-up for the world tests: parsed default sections and synthetic straight-line trips. */
import { createRng } from "../../../sim/core/index.ts";
import { camerasSection, type CamerasParams } from "../../../sim/scenario/sections/cameras.ts";
import { neighbourhoodSection, type NeighbourhoodParams } from "../../../sim/scenario/sections/neighbourhood.ts";
import { createCameraSystem, createNeighbourhood, type CameraEvent, type Trip } from "../../../sim/domain/world/index.ts";

/** The `neighbourhood:` section with overrides, defaults applied. */
export function nbParams(o: Record<string, unknown> = {}): NeighbourhoodParams {
  return neighbourhoodSection.parse(o);
}

/** The `cameras:` section with overrides, defaults applied. */
export function camParams(o: Record<string, unknown> = {}): CamerasParams {
  return camerasSection.parse(o);
}

/** A straight walk (or drive) through the given waypoints at constant speed, starting at `depart`. */
export function straightTrip(points: [number, number][], speed: number, depart: number, vehicle = false): Trip {
  const path: number[] = [depart, points[0][0], points[0][1]];
  let t = depart;
  let length = 0;
  for (let i = 1; i < points.length; i++) {
    const d = Math.hypot(points[i][0] - points[i - 1][0], points[i][1] - points[i - 1][1]);
    t += d / speed;
    length += d;
    path.push(t, points[i][0], points[i][1]);
  }
  return {
    mode: vehicle ? "drive" : "walk",
    path: new Float64Array(path),
    vehicle: new Uint8Array(points.length - 1).fill(vehicle ? 1 : 0),
    length,
    porchArrival: NaN,
    porchDeparture: NaN,
  };
}

/** A camera system over a small neighbourhood (for free-standing cameras placed with installAt). */
export function cameraLab(cameras: Record<string, unknown> = {}, retentionDays = 60) {
  const nb = createNeighbourhood(nbParams({ households: 100 }), createRng(1));
  const events: CameraEvent[] = [];
  const p = camParams(cameras);
  const cams = createCameraSystem(p, nb, createRng(2), { retentionDays, onEvent: (e) => events.push(e) });
  return { nb, cams, events, p };
}
