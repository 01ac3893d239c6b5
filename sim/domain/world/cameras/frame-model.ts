/**
 * The image model of a camera frame, pre-computed from the `cameras:` section, and the
 * records the frame loop reads and writes: a piece (where a subject is and where it
 * heads) and a pass accumulator (triggers, detections, best face).
 */
import type { CamerasParams } from "../../../scenario/sections/cameras.ts";
import { P_SIZE } from "./skip-slots.ts";

/** Seconds in a day. */
export const DAY = 86400;
/** Closest distance used in the image model (m), so a subject at the lens stays finite. */
export const MIN_DISTANCE = 0.05;

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
// Local copies for `resetAccumulator`: V8 reads an exported binding through its module cell,
// checked for initialisation, on every use; a local constant is folded into the code.
const A_SIZE = ACC_SIZE;
const A_TRIG_FIRST = ACC_TRIG_FIRST;
const A_TRIG_LAST = ACC_TRIG_LAST;
const A_DET_FIRST = ACC_DET_FIRST;
const A_DET_LAST = ACC_DET_LAST;
const A_BEST_FACE_FRAME = ACC_BEST_FACE_FRAME;

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
  acc.fill(0, base, base + A_SIZE);
  acc[base + A_TRIG_FIRST] = -1;
  acc[base + A_TRIG_LAST] = -1;
  acc[base + A_DET_FIRST] = -1;
  acc[base + A_DET_LAST] = -1;
  acc[base + A_BEST_FACE_FRAME] = -1;
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
  /** Buffers that planning skipped runs writes (see frame-skips.ts): each frame model, so each camera system, has its own. */
  scratch: FrameScratch;
}

/**
 * What planning the skipped runs of one segment writes (frame-skips.ts). Doubles in typed
 * arrays: passed as arguments to a call that is not inlined, each would be boxed.
 */
export interface FrameScratch {
  /** The segment being planned (slots P_*, see frame-skips.ts). */
  readonly seg: Float64Array;
  /** Critical frames of the segment (crossings, closest approach, light changes); frame numbers pass 2^31 in long runs at high frame rates, so doubles. */
  crit: Float64Array;
  nCrit: number;
  /** Runs of the segment that may be skipped: (first, last) frame pairs; at most one per gap between critical frames. */
  runs: Float64Array;
  /** The radii whose crossings are solved for. */
  readonly radii: Float64Array;
}

/** Fresh run-planning buffers. */
export function createFrameScratch(): FrameScratch {
  return { seg: new Float64Array(P_SIZE), crit: new Float64Array(32), nCrit: 0, runs: new Float64Array(64), radii: new Float64Array(8) };
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
    scratch: createFrameScratch(),
  };
}
