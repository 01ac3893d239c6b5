/**
 * The per-frame loop: for each frame of an in-view interval, the subject's position,
 * distance, height in pixels, light (day, infrared or street lighting), motion trigger,
 * person-detection confidence and face quality (pixels across the face, frontal angle,
 * motion blur). Results accumulate into a pass accumulator; nothing is allocated per frame.
 * Runs of frames whose outcome provably does not change are counted without being
 * evaluated one by one (frame-skips.ts), with results identical to the bit.
 */
import type { CameraTable } from "./camera-table.ts";
import {
  ACC_BEST_CONF as ACC_BEST_CONF_,
  ACC_BEST_FACE as ACC_BEST_FACE_,
  ACC_BEST_FACE_FRAME as ACC_BEST_FACE_FRAME_,
  ACC_DET_FIRST as ACC_DET_FIRST_,
  ACC_DET_FRAMES as ACC_DET_FRAMES_,
  ACC_DET_LAST as ACC_DET_LAST_,
  ACC_FRAMES as ACC_FRAMES_,
  ACC_TRIG_FIRST as ACC_TRIG_FIRST_,
  ACC_TRIG_FRAMES as ACC_TRIG_FRAMES_,
  ACC_TRIG_LAST as ACC_TRIG_LAST_,
  DAY as DAY_,
  type FrameModel,
  MIN_DISTANCE as MIN_DISTANCE_,
  PIECE_FACE as PIECE_FACE_,
  PIECE_HX as PIECE_HX_,
  PIECE_HY as PIECE_HY_,
  PIECE_T0 as PIECE_T0_,
  PIECE_VX as PIECE_VX_,
  PIECE_VY as PIECE_VY_,
  PIECE_X0 as PIECE_X0_,
  PIECE_Y0 as PIECE_Y0_,
} from "./frame-model.ts";
import {
  MIN_FRAMES_TO_PLAN as MIN_FRAMES_TO_PLAN_,
  MIN_STEP2_SHARE as MIN_STEP2_SHARE_,
  planRuns as planRuns_,
  probe as probe_,
} from "./frame-skips.ts";
import {
  F_DETECTED as F_DETECTED_,
  F_TRIGGER as F_TRIGGER_,
  FACE_SEEN as FACE_SEEN_,
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

// Local copies: module bindings may compile to getters, which hot code should not call.
const ACC_BEST_CONF = ACC_BEST_CONF_;
const ACC_BEST_FACE = ACC_BEST_FACE_;
const ACC_BEST_FACE_FRAME = ACC_BEST_FACE_FRAME_;
const ACC_DET_FIRST = ACC_DET_FIRST_;
const ACC_DET_FRAMES = ACC_DET_FRAMES_;
const ACC_DET_LAST = ACC_DET_LAST_;
const ACC_FRAMES = ACC_FRAMES_;
const ACC_TRIG_FIRST = ACC_TRIG_FIRST_;
const ACC_TRIG_FRAMES = ACC_TRIG_FRAMES_;
const ACC_TRIG_LAST = ACC_TRIG_LAST_;
const PIECE_FACE = PIECE_FACE_;
const PIECE_HX = PIECE_HX_;
const PIECE_HY = PIECE_HY_;
const PIECE_T0 = PIECE_T0_;
const PIECE_VX = PIECE_VX_;
const PIECE_VY = PIECE_VY_;
const PIECE_X0 = PIECE_X0_;
const PIECE_Y0 = PIECE_Y0_;
const F_DETECTED = F_DETECTED_;
const F_TRIGGER = F_TRIGGER_;
const FACE_SEEN = FACE_SEEN_;
const MIN_FRAMES_TO_PLAN = MIN_FRAMES_TO_PLAN_;
const MIN_STEP2_SHARE = MIN_STEP2_SHARE_;
const P_CX = P_CX_;
const P_CY = P_CY_;
const P_DAY_BASE = P_DAY_BASE_;
const P_DT = P_DT_;
const P_FACE_K = P_FACE_K_;
const P_FACE_ON = P_FACE_ON_;
const P_HEIGHT_K = P_HEIGHT_K_;
const P_HX = P_HX_;
const P_HY = P_HY_;
const P_IR2 = P_IR2_;
const P_MOTION2 = P_MOTION2_;
const P_T0 = P_T0_;
const P_VEH_FACTOR = P_VEH_FACTOR_;
const P_VX = P_VX_;
const P_VY = P_VY_;
const P_X0 = P_X0_;
const P_Y0 = P_Y0_;
const planRuns = planRuns_;
const probe = probe_;

export * from "./frame-model.ts";

// Local copies: module bindings may compile to getters, which the frame loop should not call.
const DAY = DAY_;
const MIN_DISTANCE = MIN_DISTANCE_;

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
  const seg = m.scratch.seg;
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
  // Read after planning: planning may have grown the array.
  const runs = m.scratch.runs;
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
      const f = probe(k - 1, m, seg);
      if ((standing || (f & FACE_SEEN) !== FACE_SEEN) && probe(kb, m, seg) === f) {
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
