/**
 * The per-frame loop: for each frame of an in-view interval, the subject's position,
 * distance, height in pixels, light (day, infrared or street lighting), motion trigger,
 * person-detection confidence and face quality (pixels across the face, frontal angle,
 * motion blur). Results accumulate into a pass accumulator; nothing is allocated per frame.
 */
import type { CamerasParams } from "../../../scenario/sections/cameras.ts";
import type { CameraTable } from "./camera-table.ts";

/** Seconds in a day. */
const DAY = 86400;
/** Closest distance used in the image model (m), so a subject at the lens stays finite. */
const MIN_DISTANCE = 0.05;

/** Slots of a pass accumulator (a Float64Array of `ACC_SIZE`). */
export const ACC_FRAMES = 0;
export const ACC_TRIG_FIRST = 1;
export const ACC_TRIG_LAST = 2;
export const ACC_TRIG_FRAMES = 3;
export const ACC_DET_FRAMES = 4;
export const ACC_DET_FIRST = 5;
export const ACC_DET_LAST = 6;
export const ACC_BEST_CONF = 7;
export const ACC_BEST_FACE = 8;
export const ACC_BEST_FACE_FRAME = 9;
export const ACC_SIZE = 10;

/** Resets the accumulator at `acc[base ..]` (frame indices -1, counts and maxima 0). */
export function resetAccumulator(acc: Float64Array, base = 0): void {
  acc.fill(0, base, base + ACC_SIZE);
  acc[base + ACC_TRIG_FIRST] = -1;
  acc[base + ACC_TRIG_LAST] = -1;
  acc[base + ACC_DET_FIRST] = -1;
  acc[base + ACC_DET_LAST] = -1;
  acc[base + ACC_BEST_FACE_FRAME] = -1;
}

/** The shared image model, pre-computed from the scenario once. */
export interface FrameModel {
  dt: number;
  sunrise: number;
  sunset: number;
  nightLight: number;
  irLight: number;
  personHeight: number;
  faceWidth: number;
  detHalf: number;
  detThreshold: number;
  vehicleFactor: number;
  faceMin: number;
  faceInvSpan: number;
  dayExposure: number;
  nightExposure: number;
  blurInv: number;
}

/** Builds the frame model from the `cameras:` section. */
export function frameModel(p: CamerasParams): FrameModel {
  return {
    dt: 1 / p.fps,
    sunrise: p.sunriseHour * 3600,
    sunset: p.sunsetHour * 3600,
    nightLight: p.nightLight,
    irLight: p.irLight,
    personHeight: p.personHeight,
    faceWidth: p.faceWidth,
    detHalf: p.detectionHalfPixels,
    detThreshold: p.detectionThreshold,
    vehicleFactor: p.vehicleDetectionFactor,
    faceMin: p.faceMinPixels,
    faceInvSpan: 1 / Math.max(1e-9, p.faceGoodPixels - p.faceMinPixels),
    dayExposure: p.dayExposure,
    nightExposure: p.nightExposure,
    blurInv: 1 / p.blurHalfPixels,
  };
}

/**
 * Evaluates frames k0..k1 (frame k at time k * dt) of a subject moving from (x0, y0) at
 * time t0 with velocity (vx, vy), facing (hx, hy) (unit, or 0 when unknown), as seen by
 * camera `c`. `faceFactor` is 0 in a vehicle, the concealment factor for a hidden face,
 * else 1. Accumulates into the accumulator at `acc[base ..]`.
 */
export function evaluateFrames(
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
  base = 0,
): void {
  const cx = cams.x[c];
  const cy = cams.y[c];
  const motion2 = cams.motion2[c];
  const ir2 = cams.ir2[c];
  const ppr = cams.pxPerRad[c];
  const heightK = m.personHeight * ppr;
  const faceK = m.faceWidth * ppr;
  const dt = m.dt;
  const sunrise = m.sunrise;
  const sunset = m.sunset;
  const nightLight = m.nightLight;
  const irLight = m.irLight;
  const detHalf = m.detHalf;
  const detThr = m.detThreshold;
  const vehFactor = inVehicle ? m.vehicleFactor : 1;
  const faceMin = m.faceMin;
  const faceInvSpan = m.faceInvSpan;
  const dayBlurK = ppr * m.dayExposure * m.blurInv;
  const nightBlurK = ppr * m.nightExposure * m.blurInv;
  const faceOn = !inVehicle && faceFactor > 0;
  const minD2 = MIN_DISTANCE * MIN_DISTANCE;
  const dayBase = Math.floor((k0 * dt) / DAY) * DAY;

  let trigFirst = acc[base + ACC_TRIG_FIRST];
  let trigLast = acc[base + ACC_TRIG_LAST];
  let trigFrames = acc[base + ACC_TRIG_FRAMES];
  let detFrames = acc[base + ACC_DET_FRAMES];
  let detFirst = acc[base + ACC_DET_FIRST];
  let detLast = acc[base + ACC_DET_LAST];
  let bestConf = acc[base + ACC_BEST_CONF];
  let bestFace = acc[base + ACC_BEST_FACE];
  let bestFaceFrame = acc[base + ACC_BEST_FACE_FRAME];

  for (let k = k0; k <= k1; k++) {
    const t = k * dt;
    const s = t - t0;
    const qx = x0 + vx * s - cx;
    const qy = y0 + vy * s - cy;
    let d2 = qx * qx + qy * qy;
    if (d2 < minD2) d2 = minD2;
    const invD = 1 / Math.sqrt(d2);
    if (d2 <= motion2) {
      if (trigFirst < 0) trigFirst = k;
      trigLast = k;
      trigFrames++;
    }
    let tod = t - dayBase;
    if (tod >= DAY) tod -= DAY;
    const isDay = tod >= sunrise && tod < sunset;
    const light = isDay ? 1 : d2 <= ir2 ? irLight : nightLight;
    // Confidence = num / den; compared without dividing, divided only when it improves.
    const hpx = heightK * invD;
    const num = light * vehFactor * hpx;
    const den = hpx + detHalf;
    if (num > bestConf * den) bestConf = num / den;
    if (num >= detThr * den) {
      if (detFirst < 0) detFirst = k;
      detLast = k;
      detFrames++;
    }
    if (faceOn) {
      let size = (faceK * invD - faceMin) * faceInvSpan;
      if (size > 0) {
        // Frontal: cosine between the subject's heading and the direction to the camera (-q).
        const frontal = -(hx * qx + hy * qy) * invD;
        if (frontal > 0) {
          if (size > 1) size = 1;
          // Blur: angular speed across the line of sight (rad/s) x pixels per radian x exposure.
          const omega = Math.abs(vx * qy - vy * qx) * invD * invD;
          const blur = omega * (isDay ? dayBlurK : nightBlurK);
          const q = (size * frontal * light * faceFactor) / (1 + blur);
          if (q > bestFace) {
            bestFace = q;
            bestFaceFrame = k;
          }
        }
      }
    }
  }
  acc[base + ACC_FRAMES] += k1 - k0 + 1;
  acc[base + ACC_TRIG_FIRST] = trigFirst;
  acc[base + ACC_TRIG_LAST] = trigLast;
  acc[base + ACC_TRIG_FRAMES] = trigFrames;
  acc[base + ACC_DET_FRAMES] = detFrames;
  acc[base + ACC_DET_FIRST] = detFirst;
  acc[base + ACC_DET_LAST] = detLast;
  acc[base + ACC_BEST_CONF] = bestConf;
  acc[base + ACC_BEST_FACE] = bestFace;
  acc[base + ACC_BEST_FACE_FRAME] = bestFaceFrame;
}
