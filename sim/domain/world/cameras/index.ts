/** Cameras emulated at the frame-event level: re-exports only (see camera-system.ts for the pipeline). */
export {
  createCameraSystem,
  type CameraSystem,
  type CameraSystemOptions,
  type InstallOptions,
  type ObserveOptions,
} from "./camera-system.ts";
export type { CameraEvent, ClipRecorded, NotificationSent, ClipUploaded, ClipExpired, Clip, ClipSubject, ClipState } from "./camera-events.ts";
export { CameraTable, type CameraKind, type CameraOptics } from "./camera-table.ts";
export { inViewInterval, viewInterval } from "./fov-geometry.ts";
export {
  evaluateFrames,
  frameModel,
  resetAccumulator,
  ACC_SIZE,
  ACC_FRAMES,
  ACC_BEST_FACE,
  ACC_BEST_CONF,
  ACC_DET_FRAMES,
  ACC_TRIG_FRAMES,
  PIECE_T0,
  PIECE_X0,
  PIECE_Y0,
  PIECE_VX,
  PIECE_VY,
  PIECE_HX,
  PIECE_HY,
  PIECE_FACE,
  PIECE_SIZE,
  type FrameModel,
} from "./frame-evaluator.ts";
