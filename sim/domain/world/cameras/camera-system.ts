/**
 * The camera system: installs doorbell and street cameras, watches trips frame by frame,
 * turns motion-triggered frames into clips (pre-roll, post-roll, merging), notifies owners,
 * uploads clips to the cloud and expires them after the retention period.
 *
 * Pipeline, one module per pass, all sharing the same typed-array stores (the pass pool,
 * the trip log, the clip store) owned by this system:
 *  1. plan (observe-plan.ts) — `observe(person, trip)` logs every straight piece of the
 *     trip under its street segment, or its grid cells when off the street, and finds the
 *     cameras the trip may trigger ("hot": a candidate piece within motion range + margin;
 *     at default sensitivity, its own house's doorbell on a porch leg).
 *  2. observe (observe-pass.ts) — hot cameras see the trip at once, piece by piece
 *     (piece-cursor.ts): the in-view interval solved analytically, one "pass" per
 *     contiguous run of in-view frames, frames evaluated as they come (segment-evaluator.ts,
 *     frame-evaluator.ts) when the pass comes within motion range, else kept as segments.
 *  3. assemble clips (clip-assembly.ts) — `advanceTo(t)`: in time order, triggers open or
 *     extend a camera's clip; a clip closes once no later trigger can join it, collecting
 *     every pass that overlaps it as a subject; then every event up to t is emitted.
 *  4. lazy rebuild (lazy-rebuild.ts) — when a clip closes, trips its camera had in view but
 *     could not be triggered by (people passing on the street) are found in the trip log
 *     and their passes rebuilt with the same piece cursor, evaluated then.
 * Same numbers, to the bit, as evaluating every frame of every pass at once; the cost is
 * the frames of people who may trigger and of those who end up in clips.
 *
 * Randomness: only the mounting angle of doorbells installed on houses (`headingJitterDeg`);
 * given the cameras and the trips, what is recorded is deterministic.
 *
 * Contract: trips given to `observe` start at or after the last `advanceTo` time, so every
 * trigger before that time is already known when it is processed.
 */
import type { Rng } from "../../../core/index.ts";
import type { CamerasParams } from "../../../scenario/sections/cameras.ts";
import type { CameraView } from "../../simulation-api.ts";
import type { Neighbourhood } from "../neighbourhood.ts";
import type { TripArena } from "../trip-arena.ts";
import type { Trip } from "../trip.ts";
import type { CameraEvent, Clip } from "./camera-events.ts";
import { CameraMarks } from "./camera-marks.ts";
import { CameraRegistry, type InstallOptions } from "./camera-registry.ts";
import { ClipAssembly } from "./clip-assembly.ts";
import { CLIP_EXPIRED, CLIP_STORED, ClipStore } from "./clip-store.ts";
import { frameModel } from "./frame-model.ts";
import { LazyRebuild } from "./lazy-rebuild.ts";
import { ObservePass } from "./observe-pass.ts";
import { ObservePlan } from "./observe-plan.ts";
import { PassPool } from "./pass-pool.ts";
import { PieceCursor } from "./piece-cursor.ts";
import { SegmentEvaluator } from "./segment-evaluator.ts";
import { SubjectTally } from "./subject-tally.ts";
import { TripLog } from "./trip-log.ts";

export type { InstallOptions } from "./camera-registry.ts";

/** How the camera system is wired into the model. */
export interface CameraSystemOptions {
  /** Days a stored clip is kept (policy), unless shared. */
  retentionDays: number;
  /** Receives every event, in time order, during `advanceTo`. */
  onEvent(e: CameraEvent): void;
}

/** How a person shows themselves to cameras on a trip. */
export interface ObserveOptions {
  /** Hood, mask: face quality is multiplied by `cameras.concealedFaceFactor`. */
  concealedFace: boolean;
  /**
   * Whether `observe` counts every frame in view (default true). With false it returns only
   * the frames in view of cameras the trip may trigger and skips the other cameras entirely
   * (they are found from the trip log when a clip closes): what background traffic uses.
   */
  countInView?: boolean;
}

/** All cameras of the neighbourhood and their footage. */
export interface CameraSystem {
  /** Active cameras. */
  readonly count: number;
  /**
   * Frames settled so far (the cost measure): frames of passes that could trigger, and of the
   * others a clip overlapped. Runs of frames whose outcome cannot change are settled without
   * computing each frame (frame-skips.ts), so this counts more frames than were computed.
   */
  readonly framesEvaluated: number;
  /** Clips opened so far (ids are 0..clipCount-1). */
  readonly clipCount: number;
  /** Time of the last `advanceTo`. */
  readonly now: number;
  readonly fps: number;
  /** Face quality from which a face is usable (`cameras.usableFaceQuality`). */
  readonly usableFaceQuality: number;
  /** Installs a camera on a house (doorbell at the door, or a street camera at the front of the lot). */
  install(house: number, opts?: InstallOptions): number;
  /** Installs a pole camera at (x, y) looking along `heading` (radians); it belongs to no house. */
  installAt(x: number, y: number, heading: number, opts?: InstallOptions): number;
  /** Takes a camera down; its clips stay in the cloud until they expire. */
  remove(cameraId: number): void;
  /** The doorbell camera of a house, or -1. */
  cameraAt(house: number): number;
  isActive(cameraId: number): boolean;
  isVisible(cameraId: number): boolean;
  cameraHouse(cameraId: number): number;
  /** Every active camera, for the map. */
  views(): CameraView[];
  /**
   * Shows a trip to the cameras; returns its frames in view. Frames that could trigger are
   * evaluated now, the others when a clip of their camera that overlaps them closes.
   */
  observe(personId: number, trip: Trip, opts?: ObserveOptions): number;
  /** `observe` of trip i of a trip arena (as `observe(personId, arena.trip(i), opts)`, without making the Trip). */
  observePlanned(personId: number, arena: TripArena, i: number, opts?: ObserveOptions): number;
  /** Processes triggers and clip closings up to t and emits every event up to t, in time order. */
  advanceTo(t: number): void;
  /** Time of the next thing `advanceTo` would do (Infinity when idle). */
  nextEventTime(): number;
  /** Clips of a camera overlapping [t0, t1] that are stored in the cloud now. */
  clipsInWindow(cameraId: number, t0: number, t1: number): Clip[];
  /** Marks a clip shared (handed over, posted): it never expires. Returns false if it already expired. */
  markShared(clipId: number): boolean;
  getClip(clipId: number): Clip;
}

/**
 * Creates the camera system of a neighbourhood.
 *
 * @example
 * ```ts
 * const cams = createCameraSystem(scenario.cameras, nb, rng.stream("cameras"), {
 *   retentionDays: scenario.policy.retentionDays, onEvent: (e) => log.push(e) });
 * const id = cams.install(12);
 * cams.observe(person, planTrip(nb, { from: { node: 0 }, to: { house: 12 }, mode: "walk", depart: t }));
 * cams.advanceTo(t + 3600);  // clip-recorded, notification-sent, clip-uploaded events
 * ```
 */
export function createCameraSystem(p: CamerasParams, nb: Neighbourhood, rng: Rng, opts: CameraSystemOptions): CameraSystem {
  if (!(opts.retentionDays >= 0)) throw new RangeError(`createCameraSystem: retentionDays must be >= 0, got ${opts.retentionDays}`);
  const fps = p.fps;
  const reg = new CameraRegistry(p, nb);
  const cams = reg.table;
  const marks = new CameraMarks();
  const store = new ClipStore();
  const passes = new PassPool();
  const tripLog = new TripLog(reg.edgeCount + reg.grid.nx * reg.grid.ny);
  const frames = new SegmentEvaluator(cams, frameModel(p), passes);
  const tally = new SubjectTally();
  const plan = new ObservePlan(reg, tripLog, marks);
  const rebuild = new LazyRebuild(reg, tripLog, store, new PieceCursor(fps), frames, tally);
  const assembly = new ClipAssembly(p, opts.retentionDays, cams, store, passes, frames, tally, tripLog, rebuild, opts.onEvent);
  const observeCursor = new PieceCursor(fps);
  const observer = new ObservePass(reg, marks, observeCursor, passes, frames, assembly);

  /** Books a camera just added to the registry in every pass that keeps per-camera state. */
  function booked(id: number): number {
    marks.ensure(cams.count);
    observer.ensure(cams.count);
    assembly.addCamera(id);
    return id;
  }

  /** `observe` of a trip whose n vertices start at vertex `first` of its arrays (a Trip's own, or a day's trip arena). */
  function observePath(
    personId: number,
    path: Float64Array,
    pieceEdge: Int32Array | null,
    vehicle: Uint8Array,
    first: number,
    n: number,
    o: ObserveOptions | undefined,
  ): number {
    const faceFactor = o?.concealedFace ? p.concealedFaceFactor : 1;
    const countAll = o?.countInView ?? true;
    const stamp = ++marks.observeStamp;
    const nHot = plan.run(personId, path, pieceEdge, vehicle, first, n, faceFactor, stamp);
    if (nHot === 0 && !countAll) return 0;
    observeCursor.start(path, pieceEdge, vehicle, first, n, faceFactor);
    return observer.run(personId, stamp, countAll);
  }

  return {
    get count() {
      return reg.active;
    },
    get framesEvaluated() {
      return frames.framesEvaluated;
    },
    get clipCount() {
      return store.count;
    },
    get now() {
      return assembly.now;
    },
    fps,
    usableFaceQuality: p.usableFaceQuality,
    install: (house, o = {}) => booked(reg.install(house, o, rng, marks.observeStamp)),
    installAt: (x, y, heading, o = {}) => booked(reg.add(o.kind ?? "street", -1, x, y, heading, o, marks.observeStamp)),
    remove: (id) => reg.remove(id, marks.observeStamp),
    cameraAt: (house) => reg.cameraAt(house),
    isActive(id) {
      reg.check(id, "isActive");
      return cams.active[id] === 1;
    },
    isVisible(id) {
      reg.check(id, "isVisible");
      return cams.visible[id] === 1;
    },
    cameraHouse(id) {
      reg.check(id, "cameraHouse");
      return cams.house[id];
    },
    views: () => reg.views(),
    observe: (personId, trip, o) => observePath(personId, trip.path, trip.edge ?? null, trip.vehicle, 0, trip.path.length / 3, o),
    observePlanned: (personId, arena, i, o) =>
      observePath(personId, arena.pathBuffer, arena.edgeBuffer, arena.vehicleBuffer, arena.firstVertex(i), arena.vertexCount(i), o),
    advanceTo(t) {
      if (t < assembly.now) throw new RangeError(`cameras.advanceTo: time ${t} is before the last advance (${assembly.now})`);
      assembly.advance(t);
    },
    nextEventTime: () => assembly.nextEventTime(),
    clipsInWindow(id, t0, t1) {
      reg.check(id, "clipsInWindow");
      return store.idsInWindow(id, t0, t1, CLIP_STORED).map((c) => store.get(c));
    },
    markShared(clip) {
      store.get(clip); // validates the id
      if (store.state[clip] === CLIP_EXPIRED) return false;
      store.shared[clip] = 1;
      return true;
    },
    getClip: (clip) => store.get(clip),
  };
}
