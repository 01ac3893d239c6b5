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
  type FrameModel,
} from "./frame-evaluator.ts";
