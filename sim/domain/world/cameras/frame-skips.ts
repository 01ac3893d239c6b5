/**
 * Which frames of a straight piece may be skipped: the critical frames where a frame's
 * outcome can change (threshold crossings, the closest approach, the turn from facing the
 * camera to facing away, sunrise and sunset), the runs between them long enough to skip,
 * and `probe`, the outcome flags of one frame computed exactly as the frame loop computes
 * them. frame-evaluator.ts checks each run's two ends with `probe` before skipping it.
 * Everything written lives in the frame model's scratch (one per camera system).
 */
import { DAY as DAY_, type FrameModel, type FrameScratch, MIN_DISTANCE as MIN_DISTANCE_ } from "./frame-model.ts";
import {
  F_DAY as F_DAY_,
  F_DETECTED as F_DETECTED_,
  F_FACE_SIZE as F_FACE_SIZE_,
  F_FRONTAL as F_FRONTAL_,
  F_IR as F_IR_,
  F_TRIGGER as F_TRIGGER_,
  P_CX as P_CX_,
  P_CY as P_CY_,
  P_DAY_BASE as P_DAY_BASE_,
  P_DT as P_DT_,
  P_FACE_K as P_FACE_K_,
  P_FACE_ON as P_FACE_ON_,
  P_HEIGHT_K as P_HEIGHT_K_,
  P_HX as P_HX_,
  P_HY as P_HY_,
  P_IR2 as P_IR2_,
  P_MOTION2 as P_MOTION2_,
  P_T0 as P_T0_,
  P_VEH_FACTOR as P_VEH_FACTOR_,
  P_VX as P_VX_,
  P_VY as P_VY_,
  P_X0 as P_X0_,
  P_Y0 as P_Y0_,
} from "./skip-slots.ts";

// Local copies: an imported binding is read through its module cell on every use.
const DAY = DAY_;
const MIN_DISTANCE = MIN_DISTANCE_;
const MIN_D2 = MIN_DISTANCE * MIN_DISTANCE;
const P_T0 = P_T0_;
const P_X0 = P_X0_;
const P_Y0 = P_Y0_;
const P_VX = P_VX_;
const P_VY = P_VY_;
const P_HX = P_HX_;
const P_HY = P_HY_;
const P_CX = P_CX_;
const P_CY = P_CY_;
const P_MOTION2 = P_MOTION2_;
const P_IR2 = P_IR2_;
const P_HEIGHT_K = P_HEIGHT_K_;
const P_FACE_K = P_FACE_K_;
const P_VEH_FACTOR = P_VEH_FACTOR_;
const P_FACE_ON = P_FACE_ON_;
const P_DAY_BASE = P_DAY_BASE_;
const P_DT = P_DT_;
const F_TRIGGER = F_TRIGGER_;
const F_DETECTED = F_DETECTED_;
const F_FACE_SIZE = F_FACE_SIZE_;
const F_FRONTAL = F_FRONTAL_;
const F_DAY = F_DAY_;
const F_IR = F_IR_;

/** Segments of fewer frames are evaluated frame by frame: planning the skips would cost more than it saves. */
export const MIN_FRAMES_TO_PLAN = 24;
/** Frames this close to a threshold crossing, the closest approach or a change of light are always evaluated. */
const AROUND = 1;
/** A run of alike frames is skipped only when it has at least this many between its two evaluated ends. */
const MIN_SKIP = 4;
/**
 * Skipping needs distance to change clearly from frame to frame (far beyond rounding):
 * |v|^2 dt^2 at least this fraction of the range squared; slower subjects are evaluated
 * frame by frame, except those standing still (velocity exactly 0).
 */
export const MIN_STEP2_SHARE = 1e-6;
/** Skipped runs are shorter than this (s), so they cannot hold a whole day or night. */
const MAX_SKIP_SECONDS = 3600;

/**
 * Writes to `runs` the runs (first and last frame) between the windows around the critical
 * frames of the segment in `seg` that are long enough to skip; returns how many.
 */
export function planRuns(m: FrameModel, k0: number, k1: number, A: number): number {
  const sc = m.scratch;
  const seg = sc.seg;
  const n = criticalFrames(m, sc, seg, k0, k1, A);
  if (sc.runs.length < 2 * (n + 1)) sc.runs = new Float64Array(4 * (n + 1));
  const runs = sc.runs;
  const crit = sc.crit;
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
function criticalFrames(m: FrameModel, sc: FrameScratch, seg: Float64Array, k0: number, k1: number, A: number): number {
  const fps = 1 / seg[P_DT];
  sc.nCrit = 0;
  // Light is all that changes for a subject standing still (A = 0).
  if (A > 0) movingCriticalFrames(m, sc, seg, k0, k1, A);
  // Sunrise, sunset and midnight of the segment's first and next day.
  const dayBase = seg[P_DAY_BASE];
  for (let d = 0; d < 2; d++) {
    addCritical(sc, Math.floor((dayBase + d * DAY + m.sunrise) * fps), k0, k1);
    addCritical(sc, Math.floor((dayBase + d * DAY + m.sunset) * fps), k0, k1);
    addCritical(sc, Math.floor((dayBase + (d + 1) * DAY) * fps), k0, k1);
  }
  // Insertion sort (a handful of frames).
  const crit = sc.crit;
  const nCrit = sc.nCrit;
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
function movingCriticalFrames(m: FrameModel, sc: FrameScratch, seg: Float64Array, k0: number, k1: number, A: number): void {
  const radii = sc.radii;
  const t0 = seg[P_T0];
  const qx = seg[P_X0] - seg[P_CX];
  const qy = seg[P_Y0] - seg[P_CY];
  const B = qx * seg[P_VX] + qy * seg[P_VY];
  const C = qx * qx + qy * qy;
  const fps = 1 / seg[P_DT];
  addCritical(sc, Math.floor((t0 - B / A) * fps), k0, k1);
  // Where the subject turns from facing the camera to facing away (the closest approach when heading along the velocity).
  const hv = seg[P_HX] * seg[P_VX] + seg[P_HY] * seg[P_VY];
  if (hv !== 0) addCritical(sc, Math.floor((t0 - (seg[P_HX] * qx + seg[P_HY] * qy) / hv) * fps), k0, k1);
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
    addCritical(sc, Math.floor((t0 + (-B - sq) / A) * fps), k0, k1);
    addCritical(sc, Math.floor((t0 + (-B + sq) / A) * fps), k0, k1);
  }
}

/** Notes critical frame k if its window reaches k0..k1. */
function addCritical(sc: FrameScratch, k: number, k0: number, k1: number): void {
  if (k + AROUND < k0 || k - AROUND > k1) return;
  if (sc.nCrit === sc.crit.length) {
    const g = new Float64Array(2 * sc.nCrit);
    g.set(sc.crit);
    sc.crit = g;
  }
  sc.crit[sc.nCrit++] = k;
}

/**
 * The outcome flags of frame k of the segment in `seg` (the frame model's `scratch.seg`),
 * computed exactly as `evaluateFrames` does. Kept within V8's inlining limit (460 bytes of
 * bytecode; `node --print-bytecode --print-bytecode-filter=probe` shows its size), so that
 * the frame loop inlines both its calls: a larger body is called, not inlined.
 */
export function probe(k: number, m: FrameModel, seg: Float64Array): number {
  const t = k * seg[P_DT];
  const s = t - seg[P_T0];
  const qx = seg[P_X0] + seg[P_VX] * s - seg[P_CX];
  const qy = seg[P_Y0] + seg[P_VY] * s - seg[P_CY];
  let d2 = qx * qx + qy * qy;
  if (d2 < MIN_D2) d2 = MIN_D2;
  const invD = 1 / Math.sqrt(d2);
  let tod = t - seg[P_DAY_BASE];
  if (tod >= DAY) tod -= DAY;
  const isDay = tod >= m.sunrise && tod < m.sunset;
  const ir = d2 <= seg[P_IR2];
  const light = isDay ? 1 : ir ? m.irLight : m.nightLight;
  const hpx = seg[P_HEIGHT_K] * invD;
  let f = (d2 <= seg[P_MOTION2] ? F_TRIGGER : 0) | (isDay ? F_DAY : 0) | (ir ? F_IR : 0);
  if (light * seg[P_VEH_FACTOR] * hpx >= m.detThreshold * (hpx + m.detHalf)) f |= F_DETECTED;
  if (seg[P_FACE_ON] === 1) {
    if ((seg[P_FACE_K] * invD - m.faceMin) * m.faceInvSpan > 0) f |= F_FACE_SIZE;
    if (-(seg[P_HX] * qx + seg[P_HY] * qy) * invD > 0) f |= F_FRONTAL;
  }
  return f;
}
