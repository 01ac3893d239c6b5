/**
 * What the camera system tells the rest of the model: a discriminated union of past-tense
 * events, plus the clip record they refer to. Every clip keeps who appears in it, so
 * metrics can count innocent people in footage handed to police.
 */

/** Someone seen in a clip. */
export interface ClipSubject {
  personId: number;
  /** Frames of the clip in which the person is in view. */
  frames: number;
  /** Best face quality (0..1) within the clip; compare with `cameras.usableFaceQuality`. */
  bestFaceQuality: number;
  /** Best person-detection confidence over the person's pass in view. */
  bestConfidence: number;
  /** Whether person detection fired on the person within the clip. */
  detected: boolean;
}

/** Where a clip is in its life. */
export type ClipState = "recording" | "recorded" | "stored" | "expired";

/** A clip: a motion event with pre- and post-roll, merged with close neighbours. */
export interface Clip {
  id: number;
  cameraId: number;
  /** House the camera belongs to (-1 for a pole camera not on a house). */
  house: number;
  start: number;
  end: number;
  state: ClipState;
  /** Shared clips (handed to police, posted) never expire. */
  shared: boolean;
  /** People in the clip (empty while recording). */
  subjects: ClipSubject[];
}

/** A clip was closed (no motion for long enough); `time` is when it became final. */
export interface ClipRecorded {
  type: "clip-recorded";
  time: number;
  clipId: number;
  cameraId: number;
  house: number;
  start: number;
  end: number;
  subjects: ClipSubject[];
}

/** The owner's phone was notified of the motion that opened a clip. */
export interface NotificationSent {
  type: "notification-sent";
  time: number;
  clipId: number;
  cameraId: number;
  house: number;
}

/** A clip reached the company's cloud (only with cloud upload). */
export interface ClipUploaded {
  type: "clip-uploaded";
  time: number;
  clipId: number;
  cameraId: number;
  house: number;
}

/** A stored clip was deleted at the end of the retention period (never for shared clips). */
export interface ClipExpired {
  type: "clip-expired";
  time: number;
  clipId: number;
  cameraId: number;
  house: number;
}

/** Everything the camera system emits, in time order. */
export type CameraEvent = ClipRecorded | NotificationSent | ClipUploaded | ClipExpired;
