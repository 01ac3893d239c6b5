/**
 * `evaluateFrames` skips runs of frames that provably contribute alike. Checked against a
 * plain reference loop that evaluates every frame (the image model as first written): the
 * accumulators must agree to the bit over many random pieces, including the awkward ones —
 * slow and standing subjects, grazing passes, vehicles, hidden faces, pieces across sunrise,
 * sunset and midnight, cameras with odd settings, accumulators carried over from earlier pieces.
 */
import { describe, expect, it } from "vitest";
import { createRng, type Rng } from "../../../sim/core/index.ts";
import {
  ACC_BEST_CONF,
  ACC_BEST_FACE,
  ACC_BEST_FACE_FRAME,
  ACC_DET_FIRST,
  ACC_DET_FRAMES,
  ACC_DET_LAST,
  ACC_FRAMES,
  ACC_SIZE,
  ACC_TRIG_FIRST,
  ACC_TRIG_FRAMES,
  ACC_TRIG_LAST,
  evaluateFrames,
  frameModel,
  PIECE_SIZE,
  resetAccumulator,
  type FrameModel,
} from "../../../sim/domain/world/cameras/frame-evaluator.ts";
import { CameraTable } from "../../../sim/domain/world/cameras/camera-table.ts";
import { camParams } from "./world-fixture.ts";

const DAY = 86400;

/** Every frame k0..k1, in order: the reference the skipping must match bit for bit. */
function referenceFrames(
  cams: CameraTable,
  c: number,
  m: FrameModel,
  t0: number,
  x0: number,
  y0: number,
  vx: number,
  vy: number,
  hx: number,
  hy: number,
  inVehicle: boolean,
  faceFactor: number,
  k0: number,
  k1: number,
  acc: Float64Array,
): void {
  const ppr = cams.pxPerRad[c];
  const dayBase = Math.floor((k0 * m.dt) / DAY) * DAY;
  const vehFactor = inVehicle ? m.vehicleFactor : 1;
  const faceOn = !inVehicle && faceFactor > 0;
  for (let k = k0; k <= k1; k++) {
    const t = k * m.dt;
    const s = t - t0;
    const qx = x0 + vx * s - cams.x[c];
    const qy = y0 + vy * s - cams.y[c];
    let d2 = qx * qx + qy * qy;
    if (d2 < 0.05 * 0.05) d2 = 0.05 * 0.05;
    const invD = 1 / Math.sqrt(d2);
    if (d2 <= cams.motion2[c]) {
      if (acc[ACC_TRIG_FIRST] < 0) acc[ACC_TRIG_FIRST] = k;
      acc[ACC_TRIG_LAST] = k;
      acc[ACC_TRIG_FRAMES]++;
    }
    let tod = t - dayBase;
    if (tod >= DAY) tod -= DAY;
    const isDay = tod >= m.sunrise && tod < m.sunset;
    const light = isDay ? 1 : d2 <= cams.ir2[c] ? m.irLight : m.nightLight;
    const hpx = m.personHeight * ppr * invD;
    const num = light * vehFactor * hpx;
    const den = hpx + m.detHalf;
    if (num > acc[ACC_BEST_CONF] * den) acc[ACC_BEST_CONF] = num / den;
    if (num >= m.detThreshold * den) {
      if (acc[ACC_DET_FIRST] < 0) acc[ACC_DET_FIRST] = k;
      acc[ACC_DET_LAST] = k;
      acc[ACC_DET_FRAMES]++;
    }
    if (faceOn) {
      let size = (m.faceWidth * ppr * invD - m.faceMin) * m.faceInvSpan;
      if (size > 0) {
        const frontal = -(hx * qx + hy * qy) * invD;
        if (frontal > 0) {
          if (size > 1) size = 1;
          const omega = Math.abs(vx * qy - vy * qx) * invD * invD;
          const blur = omega * (ppr * (isDay ? m.dayExposure : m.nightExposure) * m.blurInv);
          const q = (size * frontal * light * faceFactor) / (1 + blur);
          if (q > acc[ACC_BEST_FACE]) {
            acc[ACC_BEST_FACE] = q;
            acc[ACC_BEST_FACE_FRAME] = k;
          }
        }
      }
    }
  }
  acc[ACC_FRAMES] += k1 - k0 + 1;
}

/** A camera with settings drawn around the defaults (or far from them). */
function randomCamera(rng: Rng, table: CameraTable): number {
  return table.add({
    kind: rng.bernoulli(0.7) ? "doorbell" : "street",
    house: -1,
    x: rng.uniform(-50, 50),
    y: rng.uniform(-50, 50),
    heading: rng.uniform(-Math.PI, Math.PI),
    fov: rng.uniform(0.5, Math.PI),
    range: rng.uniform(3, 40),
    motionRange: rng.uniform(0.5, 25),
    irRange: rng.uniform(0, 20),
    resolutionPx: rng.uniform(320, 4000),
    visible: true,
    cloud: true,
  });
}

describe("frame skipping", () => {
  it("gives the reference loop's accumulators to the bit", () => {
    const rng = createRng(20261123);
    const base = camParams();
    let pieces = 0;
    let frames = 0;
    for (let trial = 0; trial < 400; trial++) {
      // A scenario's image model, sometimes far from the defaults (dim IR, bright nights, short days).
      const p = { ...base };
      if (rng.bernoulli(0.5)) {
        p.fps = rng.choice([5, 10, 15, 24, 30]);
        p.nightLight = rng.uniform(0, 1);
        p.irLight = rng.uniform(0, 1);
        p.detectionThreshold = rng.uniform(0.05, 0.95);
        p.detectionHalfPixels = rng.uniform(5, 200);
        p.vehicleDetectionFactor = rng.uniform(0, 1);
        p.faceMinPixels = rng.uniform(2, 60);
        p.faceGoodPixels = p.faceMinPixels + rng.uniform(1, 100);
        p.sunriseHour = rng.uniform(0, 12);
        p.sunsetHour = rng.uniform(p.sunriseHour, 24);
      }
      const m = frameModel(p);
      const table = new CameraTable();
      const c = randomCamera(rng, table);
      const accA = new Float64Array(ACC_SIZE);
      const accB = new Float64Array(ACC_SIZE);
      resetAccumulator(accA);
      resetAccumulator(accB);
      // A walk of consecutive pieces past the camera, carrying one accumulator (as a pass does).
      // Late in long runs too: at 60 fps, frame numbers pass 2^31 after 414 days.
      let t = rng.uniform(0, 3 * DAY) + (rng.bernoulli(0.2) ? 3000 * DAY : 0);
      if (rng.bernoulli(0.3)) t = Math.floor(t / DAY) * DAY + rng.choice([p.sunriseHour, p.sunsetHour, 24]) * 3600 - rng.uniform(0, 60);
      let x = table.x[c] + rng.uniform(-60, 60);
      let y = table.y[c] + rng.uniform(-60, 60);
      const nPieces = rng.int(1, 6);
      for (let i = 0; i < nPieces; i++) {
        const kind = rng.int(0, 5);
        // Aim near the camera (grazing passes included), at walking or driving speed, or stand still, or creep.
        const speed = kind === 0 ? 0 : kind === 1 ? rng.uniform(1e-4, 0.05) : kind === 2 ? rng.uniform(5, 15) : rng.uniform(0.7, 2);
        const aimX = table.x[c] + rng.normal(0, 5);
        const aimY = table.y[c] + rng.normal(0, 5);
        const dir = Math.atan2(aimY - y, aimX - x) + (rng.bernoulli(0.2) ? rng.uniform(-Math.PI, Math.PI) : 0);
        const vx = speed * Math.cos(dir);
        const vy = speed * Math.sin(dir);
        const T = rng.uniform(1, 120);
        const sp = Math.hypot(vx, vy);
        const hx = sp > 0 ? vx / sp : rng.bernoulli(0.5) ? 0 : Math.cos(dir);
        const hy = sp > 0 ? vy / sp : rng.bernoulli(0.5) ? 0 : Math.sin(dir);
        const vehicle = kind === 2 && rng.bernoulli(0.8);
        const faceFactor = vehicle ? 0 : rng.choice([1, 1, 1, p.concealedFaceFactor, 0]);
        const k0 = Math.ceil(t * p.fps);
        const k1 = Math.floor((t + T) * p.fps) - 1;
        if (k1 >= k0) {
          referenceFrames(table, c, m, t, x, y, vx, vy, hx, hy, vehicle, faceFactor, k0, k1, accA);
          const piece = new Float64Array(PIECE_SIZE + 3).fill(NaN); // at offset 3, the rest poison
          piece.set([t, x, y, vx, vy, hx, hy, faceFactor], 3);
          evaluateFrames(table, c, m, piece, 3, vehicle, k0, k1, accB);
          expect(Array.from(accB), `trial ${trial} piece ${i}`).toEqual(Array.from(accA));
          pieces++;
          frames += k1 - k0 + 1;
        }
        x += vx * T;
        y += vy * T;
        t += T;
      }
    }
    expect(pieces).toBeGreaterThan(800);
    expect(frames).toBeGreaterThan(1e6);
  });
});
