/**
 * The narrow interfaces through which the mechanisms see the rest of the domain: the
 * physical world (neighbourhood, routines, people, cameras), face recognition,
 * perception and the metrics recorder. The mechanisms depend only on these, so each can
 * be unit-tested against a small stand-in, and `world-adapter.ts` maps the world
 * engineer's objects onto `WorldView`.
 */
import type { MetricSink } from "../../core/index.ts";
import type { DomainMetric } from "../parts.ts";
import type { PersonKind } from "../simulation-api.ts";
import type { FaceRecognition } from "../submodels/face-recognition.ts";

/** Where a clip is now. Shared clips are kept by police whatever the retention. */
export type ClipState = "camera" | "cloud" | "expired" | "shared";

/** A person seen in a clip (the camera system's own subject records fit as they are). */
export interface ClipSubject {
  personId: number;
  frames: number;
  /** Best face-capture quality over the clip's frames, 0-1 (0: no usable face). */
  bestFaceQuality: number;
  /** Best person-detection confidence over the clip's frames, 0-1 (larger and better lit: closer to the camera). */
  bestConfidence: number;
  /** Whether person detection fired on the person in the clip. */
  detected: boolean;
}

/** A recorded clip as the model reads it. */
export interface ClipView {
  id: number;
  /** Household owning the camera, or -1 for a street camera. */
  house: number;
  start: number;
  end: number;
  subjects: readonly ClipSubject[];
  state: ClipState;
}

/** When a visitor stood on a porch. */
export interface PorchVisit {
  arrive: number;
  leave: number;
}

/** The physical world as the mechanisms need it. */
export interface WorldView {
  readonly households: number;
  readonly groups: readonly string[];
  houseGroup(house: number): number;
  porchX(house: number): number;
  porchY(house: number): number;
  /** Is anyone of the household at home at time t? */
  isHome(house: number, t: number): boolean;
  /** First time >= t at which someone is home. */
  nextHomeAt(house: number, t: number): number;
  hasCamera(house: number): boolean;
  /** Is the doorbell camera visible from the street (hidden cameras still record)? */
  cameraVisible(house: number): boolean;
  /** Puts a doorbell camera on the house (adoption, giveaway). */
  installCamera(house: number, t: number): void;
  /** Registers a person; returns the id. */
  addPerson(kind: PersonKind, group: number, home: number): number;
  personGroup(person: number): number;
  /** Whether the person is a woman (what an officer sees in the footage; face recognition errs more on women). */
  personFemale(person: number): boolean;
  personKind(person: number): PersonKind;
  /** Household a person belongs to, or -1 (visitors, couriers, thieves, outsiders). */
  personHome(person: number): number;
  /**
   * The person goes from the street in front of `from` (or their last position) along the
   * streets to the porch of `house`, arriving at `t`, dwells `dwellS` seconds on the porch and
   * leaves. Cameras on the way and at the porch record what they see (asynchronously).
   * `concealedFace`: hood or mask, the cameras capture a poorer face.
   */
  visitPorch(person: number, house: number, t: number, dwellS: number, from: number, concealedFace?: boolean): PorchVisit;
  /**
   * The person walks along the streets from the street in front of `from` to the street in
   * front of `to`, setting off at `t` (or now, if later) at `speedMps`, `lateralM` metres to
   * the left of the centre line (negative: right; a crowd fills the roadway and sidewalks);
   * cameras on the way record what they see (asynchronously). Returns the arrival time.
   */
  walkBetween(person: number, from: number, to: number, t: number, speedMps: number, lateralM?: number): number;
  /** Houses along the street route from `from` to `to`, one every `spacingM` metres of the route (both ends included). */
  housesAlongRoute(from: number, to: number, spacingM: number): number[];
  /**
   * Subscribes to clips as the camera system closes them; the handler is called at (or
   * after) the clip's end time, in simulated-time order.
   */
  onClip(handler: (clip: ClipView) => void): void;
  /** Clips of cameras within `radiusM` of the porch of `house` overlapping [t0, t1] that still exist. */
  clipsInWindow(house: number, radiusM: number, t0: number, t1: number): ClipView[];
  /** Clips of the camera of `house` overlapping [t0, t1] that still exist. */
  clipsOfHouse(house: number, t0: number, t1: number): ClipView[];
  /** Hands a clip to police: it is kept whatever the retention. */
  markShared(clip: number, t: number): void;
  /** Households whose porches lie within `radius` m of (x, y), ascending ids. */
  housesNear(x: number, y: number, radius: number): ArrayLike<number>;
  /** Advances the world's own processes (routines, traffic, cameras, expiry) to time t. */
  advanceTo(t: number): void;
}

/** Face recognition (sim/domain/submodels/face-recognition.ts). */
export type FaceRecognitionPort = Pick<FaceRecognition, "isUsable" | "search" | "drawInGallery" | "outcomeProbabilities">;

/** Residents' beliefs about crime (sim/domain/submodels/perception.ts, model/perception-part.ts). */
export type { PerceptionPort } from "../submodels/perception.ts";

/** Where mechanisms record the daily metrics: the core's sink, typed by every metric the registered parts declare. */
export type MetricsPort = MetricSink<DomainMetric>;
