/**
 * The per-frame loop: for each frame of an in-view interval, the subject's position,
 * distance, height in pixels, light (day, infrared or street lighting), motion trigger,
 * person-detection confidence and face quality (pixels across the face, frontal angle,
 * motion blur). Results accumulate into a pass accumulator; nothing is allocated per frame.
 * Runs of frames whose outcome provably does not change are counted without being
 * evaluated one by one (see `evaluateFrames`), with results identical to the bit.
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

/** Slots of a piece record (`evaluateFrames`' input): start time, start point, velocity, heading, face factor. */
export const PIECE_T0 = 0;
export const PIECE_X0 = 1;
export const PIECE_Y0 = 2;
export const PIECE_VX = 3;
export const PIECE_VY = 4;
export const PIECE_HX = 5;
export const PIECE_HY = 6;
export const PIECE_FACE = 7;
export const PIECE_SIZE = 8;

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
 * The segment being planned, for `criticalFrames` and `probe` (doubles in a typed array: passed as
 * arguments to a call that is not inlined, each would be boxed).
 */
const P_T0 = 0;
const P_X0 = 1;
const P_Y0 = 2;
const P_VX = 3;
const P_VY = 4;
const P_HX = 5;
const P_HY = 6;
const P_CX = 7;
const P_CY = 8;
const P_MOTION2 = 9;
const P_IR2 = 10;
const P_HEIGHT_K = 11;
const P_FACE_K = 12;
const P_VEH_FACTOR = 13;
const P_FACE_ON = 14;
const P_DAY_BASE = 15;
const P_DT = 16;
const seg = new Float64Array(17);

/** Segments of fewer frames are evaluated frame by frame: planning the skips would cost more than it saves. */
const MIN_FRAMES_TO_PLAN = 24;
/** Frames this close to a threshold crossing, the closest approach or a change of light are always evaluated. */
const AROUND = 1;
/** A run of alike frames is skipped only when it has at least this many between its two evaluated ends. */
const MIN_SKIP = 4;
/**
 * Skipping needs distance to change clearly from frame to frame (far beyond rounding):
 * |v|^2 dt^2 at least this fraction of the range squared; slower subjects are evaluated
 * frame by frame, except those standing still (velocity exactly 0).
 */
const MIN_STEP2_SHARE = 1e-6;
/** Skipped runs are shorter than this (s), so they cannot hold a whole day or night. */
const MAX_SKIP_SECONDS = 3600;
/** Flags of one frame (`probe`): frames alike in all of them contribute alike. */
const F_TRIGGER = 1;
const F_DETECTED = 2;
const F_FACE_SIZE = 4;
const F_FRONTAL = 8;
const F_DAY = 16;
const F_IR = 32;
/** A face is seen (and must be evaluated) only when both close enough and from the front. */
const FACE_SEEN = F_FACE_SIZE | F_FRONTAL;
/** Critical frames of one segment (crossings, closest approach, light changes): frame numbers pass 2^31 in long runs at high frame rates, so doubles. */
let crit = new Float64Array(32);
let nCrit = 0;
/** Runs of one segment that may be skipped: (first, last) frame pairs; at most one per gap between critical frames. */
let runs = new Float64Array(64);
/** Scratch: the radii `criticalFrames` solves for. */
const radii = new Float64Array(8);

/**
 * Evaluates frames k0..k1 (frame k at time k * dt) of the piece at `piece[po ..]` (see
 * PIECE_*: a subject moving from (x0, y0) at time t0 with velocity (vx, vy), facing (hx, hy)
 * (unit, or 0 when unknown), face factor 0 in a vehicle, the concealment factor for a
 * hidden face, else 1), as seen by camera `c`. Accumulates into the accumulator at
 * `acc[base ..]`. The piece comes in an array because doubles passed as arguments to a
 * call that is not inlined are each boxed (a heap allocation).
 *
 * Exactly as evaluating every frame in order, to the bit, but runs of frames that provably
 * contribute alike are only counted. Along a straight piece the distance to the camera
 * falls until the closest approach and rises after it, and the subject faces the camera
 * only before it. So between two threshold crossings (minimum, motion, infrared, face and
 * detection distances), the closest approach and changes of daylight, every frame has the
 * same trigger, light and detection outcome, the same face outcome, and a confidence
 * between those of the run's two ends. When that face outcome is "none" (too far, or seen
 * from behind), the run's two ends are evaluated and its inner frames only counted. The
 * crossings are solved analytically only to place the runs; each run is checked by
 * computing the outcome at both of its ends, so a misplaced crossing costs time, never a bit.
 * Most frames of a walker passing a doorbell are counted this way (measured in the default
 * town: about half of all frames).
 *
 * A subject standing still (velocity exactly 0: a courier at a porch) is at the same place
 * in every frame, so between two changes of light every frame computes the same numbers,
 * face included: after a run's first frame, the others add to the counts and change no
 * maximum (a repeated value never beats itself). Such runs are counted even when a face is
 * seen (measured in the default town: a third of the frames computed one by one before).
 */
export function evaluateFrames(
  cams: CameraTable,
  c: number,
  m: FrameModel,
  piece: Float64Array,
  po: number,
  inVehicle: boolean,
  k0: number,
  k1: number,
  acc: Float64Array,
  base = 0,
): void {
  const t0 = piece[po + PIECE_T0];
  const x0 = piece[po + PIECE_X0];
  const y0 = piece[po + PIECE_Y0];
  const vx = piece[po + PIECE_VX];
  const vy = piece[po + PIECE_VY];
  const hx = piece[po + PIECE_HX];
  const hy = piece[po + PIECE_HY];
  const faceFactor = piece[po + PIECE_FACE];
  const ppr = cams.pxPerRad[c];
  const cx = cams.x[c];
  const cy = cams.y[c];
  const motion2 = cams.motion2[c];
  const ir2 = cams.ir2[c];
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

  // Runs ka..kb that may be skipped (see above); none for short or slow (but not standing) pieces.
  let nRuns = 0;
  const A = vx * vx + vy * vy;
  // Standing still (a courier at a porch): every frame between two changes of light is the same frame.
  const standing = vx === 0 && vy === 0;
  if (k1 - k0 + 1 >= MIN_FRAMES_TO_PLAN && (standing || A * dt * dt >= MIN_STEP2_SHARE * cams.range2[c])) {
    seg[P_T0] = t0;
    seg[P_X0] = x0;
    seg[P_Y0] = y0;
    seg[P_VX] = vx;
    seg[P_VY] = vy;
    seg[P_HX] = hx;
    seg[P_HY] = hy;
    seg[P_CX] = cx;
    seg[P_CY] = cy;
    seg[P_MOTION2] = motion2;
    seg[P_IR2] = ir2;
    seg[P_HEIGHT_K] = heightK;
    seg[P_FACE_K] = faceK;
    seg[P_VEH_FACTOR] = vehFactor;
    seg[P_FACE_ON] = faceOn ? 1 : 0;
    seg[P_DAY_BASE] = dayBase;
    seg[P_DT] = dt;
    nRuns = planRuns(m, k0, k1, A);
  }
  let run = 0;
  // The frame after the next run's first end: where its inner frames would start.
  let skipAt = nRuns > 0 ? runs[0] + 1 : k1 + 1;

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
    if (k === skipAt) {
      // Frame k - 1 began a run: when its two ends agree, count the inner frames and go on at its far end.
      const kb = runs[2 * run + 1];
      const f = probe(k - 1, m);
      if ((standing || (f & FACE_SEEN) !== FACE_SEEN) && probe(kb, m) === f) {
        const inner = kb - k;
        if ((f & F_TRIGGER) !== 0) trigFrames += inner;
        if ((f & F_DETECTED) !== 0) detFrames += inner;
        k = kb;
      }
      run++;
      skipAt = run < nRuns ? runs[2 * run] + 1 : k1 + 1;
    }
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

/**
 * Writes to `runs` the runs (first and last frame) between the windows around the critical
 * frames of the segment in `seg` that are long enough to skip; returns how many.
 */
function planRuns(m: FrameModel, k0: number, k1: number, A: number): number {
  const n = criticalFrames(m, k0, k1, A);
  if (runs.length < 2 * (n + 1)) runs = new Float64Array(4 * (n + 1));
  let nRuns = 0;
  let k = k0; // first frame not yet in a window or run
  for (let i = 0; i <= n; i++) {
    const wa = i < n ? Math.max(crit[i] - AROUND, k0) : k1 + 1;
    const kb = wa - 1;
    if (kb - k - 1 >= MIN_SKIP && (kb - k) * seg[P_DT] < MAX_SKIP_SECONDS) {
      runs[2 * nRuns] = k;
      runs[2 * nRuns + 1] = kb;
      nRuns++;
    }
    if (i < n) k = Math.max(k, crit[i] + AROUND + 1);
  }
  return nRuns;
}

/**
 * Writes the sorted critical frames of the segment in `seg` within k0..k1 to `crit` and
 * returns how many: the frames where the distance crosses the motion, infrared, face,
 * detection and minimum distances, the closest approach, and sunrise and sunset.
 */
function criticalFrames(m: FrameModel, k0: number, k1: number, A: number): number {
  const fps = 1 / seg[P_DT];
  nCrit = 0;
  // Light is all that changes for a subject standing still (A = 0).
  if (A > 0) movingCriticalFrames(m, k0, k1, A);
  // Sunrise, sunset and midnight of the segment's first and next day.
  const dayBase = seg[P_DAY_BASE];
  for (let d = 0; d < 2; d++) {
    addCritical(Math.floor((dayBase + d * DAY + m.sunrise) * fps), k0, k1);
    addCritical(Math.floor((dayBase + d * DAY + m.sunset) * fps), k0, k1);
    addCritical(Math.floor((dayBase + (d + 1) * DAY) * fps), k0, k1);
  }
  // Insertion sort (a handful of frames).
  for (let i = 1; i < nCrit; i++) {
    const v = crit[i];
    let j = i - 1;
    while (j >= 0 && crit[j] > v) {
      crit[j + 1] = crit[j];
      j--;
    }
    crit[j + 1] = v;
  }
  return nCrit;
}

/**
 * Adds the critical frames of a moving subject (|v|^2 = A > 0) to `crit`: the closest
 * approach, the turn from facing the camera to facing away, and the crossings of every
 * radius that changes a frame's outcome.
 */
function movingCriticalFrames(m: FrameModel, k0: number, k1: number, A: number): void {
  const t0 = seg[P_T0];
  const qx = seg[P_X0] - seg[P_CX];
  const qy = seg[P_Y0] - seg[P_CY];
  const B = qx * seg[P_VX] + qy * seg[P_VY];
  const C = qx * qx + qy * qy;
  const fps = 1 / seg[P_DT];
  addCritical(Math.floor((t0 - B / A) * fps), k0, k1);
  // Where the subject turns from facing the camera to facing away (the closest approach when heading along the velocity).
  const hv = seg[P_HX] * seg[P_VX] + seg[P_HY] * seg[P_VY];
  if (hv !== 0) addCritical(Math.floor((t0 - (seg[P_HX] * qx + seg[P_HY] * qy) / hv) * fps), k0, k1);
  // Radii whose crossing changes a frame's outcome.
  let nr = 0;
  radii[nr++] = MIN_DISTANCE;
  radii[nr++] = Math.sqrt(seg[P_MOTION2]);
  radii[nr++] = Math.sqrt(seg[P_IR2]);
  if (seg[P_FACE_ON] === 1) radii[nr++] = seg[P_FACE_K] / m.faceMin;
  // Detection: light x vehicle x h / (h + half) >= threshold, h = heightK / d, at each light level.
  for (let level = 0; level < 3; level++) {
    const L = (level === 0 ? 1 : level === 1 ? m.irLight : m.nightLight) * seg[P_VEH_FACTOR];
    if (L > m.detThreshold) radii[nr++] = (seg[P_HEIGHT_K] * (L - m.detThreshold)) / (m.detThreshold * m.detHalf);
  }
  for (let i = 0; i < nr; i++) {
    const r = radii[i];
    if (!(r > 0 && r < Infinity)) continue;
    const disc = B * B - A * (C - r * r);
    if (disc < 0) continue;
    const sq = Math.sqrt(disc);
    addCritical(Math.floor((t0 + (-B - sq) / A) * fps), k0, k1);
    addCritical(Math.floor((t0 + (-B + sq) / A) * fps), k0, k1);
  }
}

/** Notes critical frame k if its window reaches k0..k1. */
function addCritical(k: number, k0: number, k1: number): void {
  if (k + AROUND < k0 || k - AROUND > k1) return;
  if (nCrit === crit.length) {
    const g = new Float64Array(2 * nCrit);
    g.set(crit);
    crit = g;
  }
  crit[nCrit++] = k;
}

/** The outcome flags of frame k of the segment in `seg`, computed exactly as `evaluateFrames` does. */
function probe(k: number, m: FrameModel): number {
  const t = k * seg[P_DT];
  const s = t - seg[P_T0];
  const qx = seg[P_X0] + seg[P_VX] * s - seg[P_CX];
  const qy = seg[P_Y0] + seg[P_VY] * s - seg[P_CY];
  let d2 = qx * qx + qy * qy;
  if (d2 < MIN_DISTANCE * MIN_DISTANCE) d2 = MIN_DISTANCE * MIN_DISTANCE;
  const invD = 1 / Math.sqrt(d2);
  let f = 0;
  if (d2 <= seg[P_MOTION2]) f |= F_TRIGGER;
  let tod = t - seg[P_DAY_BASE];
  if (tod >= DAY) tod -= DAY;
  const isDay = tod >= m.sunrise && tod < m.sunset;
  if (isDay) f |= F_DAY;
  if (d2 <= seg[P_IR2]) f |= F_IR;
  const light = isDay ? 1 : d2 <= seg[P_IR2] ? m.irLight : m.nightLight;
  const hpx = seg[P_HEIGHT_K] * invD;
  const num = light * seg[P_VEH_FACTOR] * hpx;
  const den = hpx + m.detHalf;
  if (num >= m.detThreshold * den) f |= F_DETECTED;
  if (seg[P_FACE_ON] === 1) {
    if ((seg[P_FACE_K] * invD - m.faceMin) * m.faceInvSpan > 0) f |= F_FACE_SIZE;
    if (-(seg[P_HX] * qx + seg[P_HY] * qy) * invD > 0) f |= F_FRONTAL;
  }
  return f;
}
