/**
 * The camera system: installs doorbell and street cameras, watches trips frame by frame,
 * turns motion-triggered frames into clips (pre-roll, post-roll, merging), notifies owners,
 * uploads clips to the cloud and expires them after the retention period.
 *
 * Pipeline:
 *  1. `observe(person, trip)` — every straight piece of the trip is logged (trip-log.ts) under
 *     its street segment, or its grid cells when off the street. Cameras the trip may
 *     trigger ("hot": a candidate piece within motion range + margin — at default
 *     sensitivity its own house's doorbell on a porch leg) see it at once: for each piece,
 *     candidate cameras (street segment lists, else the sector grid), the in-view interval
 *     solved analytically, one "pass" per contiguous run of in-view frames. A pass that comes
 *     within motion range has its frames evaluated as they come (`evaluateFrames`) and, with
 *     a motion trigger, is queued by its first triggered frame; other passes keep their
 *     pieces and are evaluated only if a clip overlaps them.
 *  2. `advanceTo(t)` — in time order, triggers open or extend a camera's clip (a new
 *     trigger within `mergeGap` of the clip end, counting pre-roll, extends it); a clip
 *     closes once no later trigger can join it (end + mergeGap + preRoll), collecting every
 *     pass that overlaps it as a subject: the camera's own passes, plus the passes rebuilt
 *     from the trip log of every logged trip it had in view but could not be triggered by
 *     (people passing on the street), evaluated then. Then every event up to t is emitted.
 *     Same numbers, to the bit, as evaluating every frame of every pass at once; the cost is
 *     the frames of people who may trigger and of those who end up in clips.
 *
 * Randomness: only the mounting angle of doorbells installed on houses (`headingJitterDeg`);
 * given the cameras and the trips, what is recorded is deterministic.
 *
 * Contract: trips given to `observe` start at or after the last `advanceTo` time, so every
 * trigger before that time is already known when it is processed.
 */
import type { CamerasParams } from "../../../scenario/sections/cameras.ts";
import type { CameraView } from "../../simulation-api.ts";
import type { Neighbourhood } from "../neighbourhood.ts";
import type { Trip } from "../movement.ts";
import type { TripArena } from "../trip-arena.ts";
import { ensureFloat64, ensureInt32, type Rng } from "../../../core/index.ts";
import { BucketLists } from "./bucket-lists.ts";
import { CameraGrid } from "./camera-grid.ts";
import { CameraTable, type CameraKind } from "./camera-table.ts";
import type { CameraEvent, Clip } from "./camera-events.ts";
import { CLIP_EXPIRED, CLIP_RECORDED, CLIP_STORED, ClipStore } from "./clip-store.ts";
import { EventHeap, TimedFifo } from "./event-heap.ts";
import {
  ACC_TRIG_FIRST as ACC_TRIG_FIRST_,
  ACC_TRIG_LAST as ACC_TRIG_LAST_,
  ACC_SIZE,
  evaluateFrames as evaluateFrames_,
  frameModel,
  PIECE_SIZE as PIECE_SIZE_,
  resetAccumulator as resetAccumulator_,
} from "./frame-evaluator.ts";
import { SubjectTally } from "./subject-tally.ts";
import { TripLog } from "./trip-log.ts";
import {
  PASS_ACC as PASS_ACC_,
  PASS_CAM as PASS_CAM_,
  PASS_EVALUATED as PASS_EVALUATED_,
  PASS_HOT as PASS_HOT_,
  PASS_K_FIRST as PASS_K_FIRST_,
  PASS_K_LAST as PASS_K_LAST_,
  PASS_PERSON as PASS_PERSON_,
  PASS_SEG_FIRST as PASS_SEG_FIRST_,
  PassPool,
  SEG_FACE as SEG_FACE_,
  SEG_HX as SEG_HX_,
  SEG_HY as SEG_HY_,
  SEG_K0 as SEG_K0_,
  SEG_K1 as SEG_K1_,
  SEG_NEXT as SEG_NEXT_,
  SEG_T0 as SEG_T0_,
  SEG_VEHICLE as SEG_VEHICLE_,
  SEG_VX as SEG_VX_,
  SEG_VY as SEG_VY_,
  SEG_X0 as SEG_X0_,
  SEG_Y0 as SEG_Y0_,
} from "./pass-pool.ts";
import { inViewInterval as inViewInterval_, viewInterval as viewInterval_ } from "./fov-geometry.ts";

// Local copies of imported constants and functions: module bindings may compile to getters, which hot loops should not call.
const ACC_TRIG_FIRST = ACC_TRIG_FIRST_;
const ACC_TRIG_LAST = ACC_TRIG_LAST_;
const PASS_ACC = PASS_ACC_;
const PASS_CAM = PASS_CAM_;
const PASS_EVALUATED = PASS_EVALUATED_;
const PASS_HOT = PASS_HOT_;
const PASS_K_FIRST = PASS_K_FIRST_;
const PASS_K_LAST = PASS_K_LAST_;
const PASS_PERSON = PASS_PERSON_;
const PASS_SEG_FIRST = PASS_SEG_FIRST_;
const SEG_FACE = SEG_FACE_;
const SEG_HX = SEG_HX_;
const SEG_HY = SEG_HY_;
const SEG_K0 = SEG_K0_;
const SEG_K1 = SEG_K1_;
const SEG_NEXT = SEG_NEXT_;
const SEG_T0 = SEG_T0_;
const SEG_VEHICLE = SEG_VEHICLE_;
const SEG_VX = SEG_VX_;
const SEG_VY = SEG_VY_;
const SEG_X0 = SEG_X0_;
const SEG_Y0 = SEG_Y0_;
const viewInterval = viewInterval_;
const evaluateFrames = evaluateFrames_;
const inViewInterval = inViewInterval_;
const resetAccumulator = resetAccumulator_;
/** Stride of a lazily rebuilt segment: the pass pool's segment record (SEG_*) without its link. */
const LSEG = SEG_K1 + 1;
/** Margin (s) when matching logged pieces against a clip's time window. */
const WINDOW_MARGIN = 1;

const DAY = 86400;
const DEG = Math.PI / 180;
/** Tolerance (in frames) for rounding interval bounds to the frame grid. */
const FRAME_EPS = 1e-6;
/**
 * Margins of the "can this pass trigger?" test (s of time, m of distance): far wider than
 * the rounding of frame times and positions, so a pass that could put a frame within
 * motion range is always evaluated at once, exactly as every pass used to be.
 */
const HOT_TIME_MARGIN = 1e-4;
const HOT_DISTANCE_MARGIN = 1e-4;
/** Pieces along a street segment lie on it up to rounding; this much slack (m) covers that. */
const EDGE_SLACK = 1e-3;
/** The piece `observe` hands to `seePiece`: a piece record (slots SEG_T0 .. SEG_FACE, which open a segment record too), then its duration. */
const PIECE_DURATION = PIECE_SIZE_;
/** Prune a camera's list of finished passes once it is this long. */
const PRUNE_AT = 16;

const EV_NOTIFY = 0;
const EV_RECORDED = 1;
const EV_UPLOADED = 2;
const EV_EXPIRED = 3;

/** How the camera system is wired into the model. */
export interface CameraSystemOptions {
  /** Days a stored clip is kept (policy), unless shared. */
  retentionDays: number;
  /** Receives every event, in time order, during `advanceTo`. */
  onEvent(e: CameraEvent): void;
}

/** Options of one installation (defaults from the scenario). */
export interface InstallOptions {
  kind?: CameraKind;
  visible?: boolean;
  /** Cloud upload (a paid plan); default `cameras.cloudUpload`. */
  cloud?: boolean;
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
   * computing each frame (frame-evaluator.ts), so this counts more frames than were computed.
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
export function createCameraSystem(
  p: CamerasParams,
  nb: Neighbourhood,
  rng: Rng,
  opts: CameraSystemOptions,
): CameraSystem {
  if (!(opts.retentionDays >= 0)) throw new RangeError(`createCameraSystem: retentionDays must be >= 0, got ${opts.retentionDays}`);
  const fps = p.fps;
  const model = frameModel(p);
  const cams = new CameraTable();
  const grid = new CameraGrid(nb.width, nb.height, Math.max(p.range, 1));
  /** Cameras within range of each street segment: candidates for pieces that run along it. */
  const edgeCams = new BucketLists(nb.edgeA.length);
  const store = new ClipStore();
  const passes = new PassPool();
  const triggers = new EventHeap();
  const closings = new EventHeap();
  const outbox = new EventHeap();
  /**
   * Clip expiries, apart from the outbox: they are due a whole retention period ahead and
   * come in time order, so a FIFO holds them; merged with the outbox by (time, sequence),
   * exactly as if they were in it (where every pop would sink one through all of them).
   */
  const expiries = new TimedFifo();
  const houseCamera = new Int32Array(nb.householdCount).fill(-1);
  let camStamp = new Int32Array(16);
  let camPassStamp = new Int32Array(16);
  let camPassRef = new Int32Array(16);
  let camOpenClip = new Int32Array(16).fill(-1);
  /** Finished passes per camera that a current or future clip may still include. */
  const camPasses: number[][] = [];
  /** (motion range + margin)^2 per camera: the hot test. */
  let camHot2 = new Float64Array(16);
  const camPruneAt: number[] = [];
  /** Passes the trip being observed opened (typed, with a count: resetting a JS array's length is a runtime call). */
  let opened = new Int32Array(16);
  let nOpened = 0;
  const piece = new Float64Array(PIECE_SIZE_ + 1);
  // Trip-level laziness: cameras a trip may trigger ("hot": some candidate piece within
  // motion range + margin) see it at once, as above; every other camera that has it in view
  // finds it in the trip log when one of its clips closes, and rebuilds its passes then.
  const edgeCount = nb.edgeA.length;
  const tripLog = new TripLog(edgeCount + grid.nx * grid.ny);
  /** Cameras of edgeCams[e] whose motion range (+ margin and EDGE_SLACK) reaches segment e. */
  const edgeHotCams = new BucketLists(edgeCount);
  /** Per camera: segments it is a candidate for, those it may trigger from, grid cell rectangle, active observe stamps. */
  const camEdges: number[][] = [];
  const camHotEdges: number[][] = [];
  const camCells: number[][] = [];
  const camInstallStamp: number[] = [];
  const camRemoveStamp: number[] = [];
  let hotStamp = new Int32Array(16);
  const edgeMark = new Int32Array(edgeCount);
  const edgeHotMark = new Int32Array(edgeCount);
  let markStamp = 0;
  let seenAt = new Int32Array(1024);
  let seenStamp = 0;
  let lazySeqs = new Int32Array(16);
  let nLazy = 0;
  let lseg = new Float64Array(LSEG * 64);
  /** Per rebuilt pass: kFirst, kLast, first segment, end segment (doubles: frame numbers pass 2^31 in long runs at high frame rates). */
  let lpass = new Float64Array(4 * 16);
  const lacc = new Float64Array(ACC_SIZE);
  /** Subjects of the clip being closed. */
  const tally = new SubjectTally();
  /** Clips currently open (their starts bound what the trip log must keep). */
  const openClips: number[] = [];
  let pieceStamp = 0;
  let observeStamp = 0;
  let active = 0;
  let framesEvaluated = 0;
  let now = -Infinity;
  const retention = opts.retentionDays * DAY;

  function ensureCapacity(): void {
    if (cams.count <= camStamp.length) return;
    const n = camStamp.length * 2;
    const grow = (a: Int32Array, fill: number) => {
      const b = new Int32Array(n).fill(fill);
      b.set(a);
      return b;
    };
    camStamp = grow(camStamp, 0);
    camPassStamp = grow(camPassStamp, 0);
    camPassRef = grow(camPassRef, -1);
    camOpenClip = grow(camOpenClip, -1);
    const h = new Float64Array(n);
    h.set(camHot2);
    camHot2 = h;
    hotStamp = grow(hotStamp, 0);
  }

  /** Whether the segment (x0, y0)-(x1, y1) comes within camera c's motion range (+ margin). */
  // Pieces are passed as (vertex array, index of the piece's first t): doubles passed as
  // arguments to a call that is not inlined are boxed, one heap number each.
  function segNear(c: number, path: Float64Array, o: number): boolean {
    const x0 = path[o + 1];
    const y0 = path[o + 2];
    const x1 = path[o + 4];
    const y1 = path[o + 5];
    const qx = x0 - cams.x[c];
    const qy = y0 - cams.y[c];
    const dx = x1 - x0;
    const dy = y1 - y0;
    const L = dx * dx + dy * dy;
    let f = L > 0 ? -(qx * dx + qy * dy) / L : 0;
    if (f < 0) f = 0;
    else if (f > 1) f = 1;
    const ex = qx + f * dx;
    const ey = qy + f * dy;
    return ex * ex + ey * ey <= camHot2[c];
  }

  /** Distance from (x, y) to street segment e. */
  function edgeDistance(e: number, x: number, y: number): number {
    const ax = nb.graph.nodeX(nb.edgeA[e]);
    const ay = nb.graph.nodeY(nb.edgeA[e]);
    const dx = nb.graph.nodeX(nb.edgeB[e]) - ax;
    const dy = nb.graph.nodeY(nb.edgeB[e]) - ay;
    const l2 = dx * dx + dy * dy;
    let f = l2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / l2 : 0;
    f = f < 0 ? 0 : f > 1 ? 1 : f;
    return Math.hypot(ax + f * dx - x, ay + f * dy - y);
  }

  function add(kind: CameraKind, house: number, x: number, y: number, heading: number, o: InstallOptions): number {
    const street = kind === "street";
    const id = cams.add({
      kind,
      house,
      x,
      y,
      heading,
      fov: (street ? p.street.fovDeg : p.fovDeg) * DEG,
      range: street ? p.street.range : p.range,
      motionRange: (street ? p.street.motionRange : p.motionRange) * p.motionSensitivity,
      irRange: street ? p.street.irRange : p.irRange,
      resolutionPx: street ? p.street.resolutionPx : p.resolutionPx,
      visible: o.visible ?? p.visible,
      cloud: o.cloud ?? p.cloudUpload,
    });
    ensureCapacity();
    camPassRef[id] = -1;
    const hotR = Math.sqrt(cams.motion2[id]) + HOT_DISTANCE_MARGIN;
    camHot2[id] = hotR * hotR;
    camPasses[id] = [];
    camPruneAt[id] = PRUNE_AT;
    grid.insert(id, x, y, cams.range[id]);
    const edges: number[] = [];
    const hotEdges: number[] = [];
    for (let e = 0; e < edgeCount; e++) {
      const d = edgeDistance(e, x, y);
      if (d <= cams.range[id]) {
        edgeCams.add(e, id);
        edges.push(e);
        if (d <= hotR + EDGE_SLACK) {
          edgeHotCams.add(e, id);
          hotEdges.push(e);
        }
      }
    }
    camEdges[id] = edges;
    camHotEdges[id] = hotEdges;
    const cells: number[] = [];
    const range = cams.range[id];
    for (let r = grid.row(y - range); r <= grid.row(y + range); r++)
      for (let cc = grid.col(x - range); cc <= grid.col(x + range); cc++) cells.push(r * grid.nx + cc);
    camCells[id] = cells;
    camInstallStamp[id] = observeStamp;
    camRemoveStamp[id] = Infinity;
    active++;
    return id;
  }

  /** Evaluates the frames of the segments pass `pass` holds, in order, and drops them. */
  function flushSegments(pass: number): void {
    const c = passes.get(pass, PASS_CAM);
    const base = pass * passes.stride + PASS_ACC;
    let s = passes.get(pass, PASS_SEG_FIRST);
    while (s >= 0) {
      const g = passes.seg;
      const o = s * passes.segStride;
      evaluateFrames(cams, c, model, g, o, g[o + SEG_VEHICLE] === 1, g[o + SEG_K0], g[o + SEG_K1], passes.data, base);
      framesEvaluated += g[o + SEG_K1] - g[o + SEG_K0] + 1;
      s = g[o + SEG_NEXT];
    }
    passes.clearSegments(pass);
  }

  /** Evaluates every frame of a (cold) pass from its segments (once). */
  function evaluatePass(pass: number): void {
    flushSegments(pass);
    passes.data[pass * passes.stride + PASS_EVALUATED] = 1;
  }

  function finishPass(pass: number): void {
    const c = passes.get(pass, PASS_CAM);
    if (passes.get(pass, PASS_HOT) === 1) passes.data[pass * passes.stride + PASS_EVALUATED] = 1; // evaluated as it came
    const list = camPasses[c];
    list.push(pass);
    passes.retain(pass);
    if (list.length > camPruneAt[c]) {
      const open = camOpenClip[c];
      let keepFrom = now - p.preRoll;
      if (open >= 0 && store.start[open] < keepFrom) keepFrom = store.start[open];
      const keepK = Math.floor(keepFrom * fps - FRAME_EPS);
      let n = 0;
      for (let i = 0; i < list.length; i++) {
        const q = list[i];
        if (passes.get(q, PASS_K_LAST) >= keepK) list[n++] = q;
        else passes.release(q);
      }
      list.length = n;
      camPruneAt[c] = Math.max(PRUNE_AT, 2 * n);
    }
    const trig = passes.get(pass, PASS_ACC + ACC_TRIG_FIRST);
    if (trig >= 0) {
      passes.retain(pass);
      triggers.push(trig / fps, 0, pass);
    }
  }

  function closingTime(clip: number): number {
    return store.end[clip] + p.mergeGap + p.preRoll;
  }

  function onTrigger(pass: number): void {
    const c = passes.get(pass, PASS_CAM);
    const a = passes.get(pass, PASS_ACC + ACC_TRIG_FIRST) / fps;
    const b = passes.get(pass, PASS_ACC + ACC_TRIG_LAST) / fps;
    let open = camOpenClip[c];
    if (open >= 0 && a - p.preRoll - store.end[open] < p.mergeGap) {
      if (b + p.postRoll > store.end[open]) {
        store.end[open] = b + p.postRoll;
        closings.push(closingTime(open), 0, open);
      }
      return;
    }
    if (open >= 0) closeClip(open, closingTime(open)); // only on inconsistent input; keeps clips disjoint
    open = store.open(c, cams.house[c], a - p.preRoll, b + p.postRoll);
    camOpenClip[c] = open;
    openClips.push(open);
    closings.push(closingTime(open), 0, open);
    outbox.push(a + p.notificationLatency, EV_NOTIFY, open);
  }

  function closeClip(clip: number, time: number): void {
    const c = store.camera[clip];
    const csK = Math.ceil(store.start[clip] * fps - FRAME_EPS);
    const ceK = Math.floor(store.end[clip] * fps + FRAME_EPS);
    const list = camPasses[c];
    tally.reset();
    let kept = 0;
    for (let i = 0; i < list.length; i++) {
      const q = list[i];
      const kFirst = passes.get(q, PASS_K_FIRST);
      const kLast = passes.get(q, PASS_K_LAST);
      const overlap = Math.min(kLast, ceK) - Math.max(kFirst, csK) + 1;
      if (overlap > 0) {
        if (passes.get(q, PASS_EVALUATED) === 0) evaluatePass(q);
        tally.add(passes.get(q, PASS_PERSON), overlap, passes.data, q * passes.stride + PASS_ACC, csK, ceK);
      }
      if (kLast > ceK) list[kept++] = q;
      else passes.release(q);
    }
    list.length = kept;
    lazySubjects(clip, csK, ceK);
    const oi = openClips.indexOf(clip);
    if (oi >= 0) openClips.splice(oi, 1);
    tally.writeTo(store, clip);
    camOpenClip[c] = -1;
    outbox.push(time, EV_RECORDED, clip);
    if (cams.cloud[c]) outbox.push(Math.max(time, store.end[clip] + p.uploadDelay), EV_UPLOADED, clip);
  }

  /**
   * Finds the frames of piece (t0..t1) seen by camera c and records them as a segment of
   * this trip's pass at c (extended, or opened); marks the pass hot when the piece comes
   * within motion range in view. Returns the frames in view.
   */
  function seePiece(c: number, stamp: number, person: number, inVehicle: boolean, kMax: number): number {
    // The piece comes in `piece` (doubles passed as arguments would each be boxed).
    const t0 = piece[SEG_T0];
    const x0 = piece[SEG_X0];
    const y0 = piece[SEG_Y0];
    const vx = piece[SEG_VX];
    const vy = piece[SEG_VY];
    const T = piece[PIECE_DURATION];
    const hx = piece[SEG_HX];
    const hy = piece[SEG_HY];
    const faceFactor = piece[SEG_FACE];
    const cx = cams.x[c];
    const cy = cams.y[c];
    if (!inViewInterval(x0 - cx, y0 - cy, vx, vy, T, cams.range2[c], cams.rRx[c], cams.rRy[c], cams.rLx[c], cams.rLy[c]))
      return 0;
    const k0 = Math.ceil((t0 + viewInterval[0]) * fps - FRAME_EPS);
    let k1 = Math.floor((t0 + viewInterval[1]) * fps + FRAME_EPS);
    if (k1 > kMax) k1 = kMax;
    if (k1 < k0) return 0;
    let pass = camPassStamp[c] === stamp ? camPassRef[c] : -1;
    if (pass < 0 || passes.get(pass, PASS_K_LAST) !== k0 - 1) {
      pass = passes.alloc(c, person, k0);
      camPassRef[c] = pass;
      camPassStamp[c] = stamp;
      opened = ensureInt32(opened, nOpened + 1);
      opened[nOpened++] = pass;
    }
    const b = pass * passes.stride;
    if (passes.data[b + PASS_HOT] === 0) {
      // Closest approach within the in-view interval (widened by a margin) against the motion range.
      const qx = x0 - cx;
      const qy = y0 - cy;
      const A = vx * vx + vy * vy;
      const lo = viewInterval[0] - HOT_TIME_MARGIN;
      const hi = viewInterval[1] + HOT_TIME_MARGIN;
      let s = A > 0 ? -(qx * vx + qy * vy) / A : lo;
      if (s < lo) s = lo;
      else if (s > hi) s = hi;
      const dx = qx + vx * s;
      const dy = qy + vy * s;
      if (dx * dx + dy * dy <= camHot2[c]) passes.data[b + PASS_HOT] = 1;
    }
    if (passes.data[b + PASS_HOT] === 1) {
      // May trigger: evaluate now, after any earlier (cold) segments of the pass, in order.
      if (passes.data[b + PASS_SEG_FIRST] >= 0) flushSegments(pass);
      evaluateFrames(cams, c, model, piece, 0, inVehicle, k0, k1, passes.data, b + PASS_ACC);
      framesEvaluated += k1 - k0 + 1;
      passes.data[b + PASS_K_LAST] = k1;
      return k1 - k0 + 1;
    }
    const o = passes.addSegment(pass);
    const g = passes.seg;
    g[o + SEG_T0] = t0;
    g[o + SEG_X0] = x0;
    g[o + SEG_Y0] = y0;
    g[o + SEG_VX] = vx;
    g[o + SEG_VY] = vy;
    g[o + SEG_HX] = hx;
    g[o + SEG_HY] = hy;
    g[o + SEG_VEHICLE] = inVehicle ? 1 : 0;
    g[o + SEG_FACE] = faceFactor;
    g[o + SEG_K0] = k0;
    g[o + SEG_K1] = k1;
    passes.data[b + PASS_K_LAST] = k1;
    return k1 - k0 + 1;
  }

  /** Adds to the tally the subjects of clip `clip` found in the trip log (trips that could not trigger its camera). */
  function lazySubjects(clip: number, csK: number, ceK: number): void {
    const c = store.camera[clip];
    const edges = camEdges[c];
    if (seenAt.length < tripLog.capacity) seenAt = new Int32Array(tripLog.capacity);
    const seen = ++seenStamp;
    const lo = store.start[clip] - WINDOW_MARGIN;
    const hi = store.end[clip] + WINDOW_MARGIN;
    const inst = camInstallStamp[c];
    const rem = camRemoveStamp[c];
    nLazy = 0;
    const cells = camCells[c];
    for (let i = 0, nb = edges.length + cells.length; i < nb; i++) {
      const b = i < edges.length ? edges[i] : edgeCount + cells[i - edges.length];
      const a = tripLog.entries(b);
      if (a === null) continue;
      const n = tripLog.length(b);
      for (let j = tripLog.firstLive(b); j < n; j++) {
        const o = 3 * j;
        if (a[o + 1] < lo || a[o] > hi) continue;
        const seq = a[o + 2]; // a live trip: entries from firstLive on are
        const slot = tripLog.slot(seq);
        if (seenAt[slot] === seen) continue;
        seenAt[slot] = seen;
        const st = tripLog.stamp[slot];
        if (st <= inst || st > rem) continue; // shown before the camera was up, or after it came down
        if (tripLog.isHot(seq, c)) continue; // saw it at once: its passes are in camPasses
        lazySeqs = ensureInt32(lazySeqs, nLazy + 1);
        lazySeqs[nLazy++] = seq;
      }
    }
    if (nLazy === 0) return;
    // Rebuilding reads the camera's segments as marks (most clips have no one to rebuild).
    const mark = ++markStamp;
    for (let i = 0; i < edges.length; i++) edgeMark[edges[i]] = mark;
    const hotEdges = camHotEdges[c];
    for (let i = 0; i < hotEdges.length; i++) edgeHotMark[hotEdges[i]] = mark;
    for (let i = 0; i < nLazy; i++) rebuildPasses(c, tripLog.slot(lazySeqs[i]), csK, ceK, mark);
  }

  /**
   * Rebuilds the passes of one logged trip at camera c exactly as `observe` would have built
   * them (same candidates, intervals, frame bounds and segments) and adds those overlapping
   * frames csK..ceK to the tally. Does nothing when the trip may trigger c (then c saw it
   * at once and its passes are in camPasses).
   */
  function rebuildPasses(c: number, slot: number, csK: number, ceK: number, mark: number): void {
    const person = tripLog.person[slot];
    const faceFactor = tripLog.face[slot];
    const first = tripLog.first[slot];
    const pieces = tripLog.verts[slot] - 1;
    // The trip's arrays from its first vertex on (subarrays would allocate).
    const path = tripLog.paths[slot] as Float64Array;
    const pieceEdge = tripLog.edges[slot];
    const vehicle = tripLog.vehicles[slot] as Uint8Array;
    const b = 3 * first;
    const cx = cams.x[c];
    const cy = cams.y[c];
    const cells = camCells[c];
    const cc0 = cells[0] % grid.nx;
    const cr0 = (cells[0] - cc0) / grid.nx;
    const cc1 = cells[cells.length - 1] % grid.nx;
    const cr1 = (cells[cells.length - 1] - cc1) / grid.nx;
    let hx = 0;
    let hy = 0;
    let nSeg = 0;
    let nPass = 0;
    for (let i = 0; i < pieces; i++) {
      const t0 = path[b + 3 * i];
      const x0 = path[b + 3 * i + 1];
      const y0 = path[b + 3 * i + 2];
      const t1 = path[b + 3 * i + 3];
      const x1 = path[b + 3 * i + 4];
      const y1 = path[b + 3 * i + 5];
      const T = t1 - t0;
      if (!(T > 0)) continue;
      const vx = (x1 - x0) / T;
      const vy = (y1 - y0) / T;
      const sp = Math.sqrt(vx * vx + vy * vy);
      if (sp > 0) {
        hx = vx / sp;
        hy = vy / sp;
      }
      const e = pieceEdge ? pieceEdge[first + i] : -1;
      if (e >= 0) {
        if (edgeMark[e] !== mark) continue;
        if (edgeHotMark[e] === mark && segNear(c, path, b + 3 * i)) return;
      } else {
        if (grid.col(Math.max(x0, x1)) < cc0 || grid.col(Math.min(x0, x1)) > cc1) continue;
        if (grid.row(Math.max(y0, y1)) < cr0 || grid.row(Math.min(y0, y1)) > cr1) continue;
        if (segNear(c, path, b + 3 * i)) return;
      }
      if (!inViewInterval(x0 - cx, y0 - cy, vx, vy, T, cams.range2[c], cams.rRx[c], cams.rRy[c], cams.rLx[c], cams.rLy[c])) continue;
      const kMax = Math.ceil(t1 * fps - FRAME_EPS) - 1;
      const k0 = Math.ceil((t0 + viewInterval[0]) * fps - FRAME_EPS);
      let k1 = Math.floor((t0 + viewInterval[1]) * fps + FRAME_EPS);
      if (k1 > kMax) k1 = kMax;
      if (k1 < k0) continue;
      if (nPass === 0 || lpass[4 * (nPass - 1) + 1] !== k0 - 1) {
        lpass = ensureFloat64(lpass, 4 * (nPass + 1));
        lpass[4 * nPass] = k0;
        lpass[4 * nPass + 2] = nSeg;
        nPass++;
      }
      lseg = ensureFloat64(lseg, LSEG * (nSeg + 1));
      const o = LSEG * nSeg++;
      lseg[o + SEG_T0] = t0;
      lseg[o + SEG_X0] = x0;
      lseg[o + SEG_Y0] = y0;
      lseg[o + SEG_VX] = vx;
      lseg[o + SEG_VY] = vy;
      lseg[o + SEG_HX] = hx;
      lseg[o + SEG_HY] = hy;
      lseg[o + SEG_FACE] = faceFactor;
      lseg[o + SEG_VEHICLE] = vehicle[first + i];
      lseg[o + SEG_K0] = k0;
      lseg[o + SEG_K1] = k1;
      lpass[4 * (nPass - 1) + 1] = k1;
      lpass[4 * (nPass - 1) + 3] = nSeg;
    }
    for (let q = 0; q < nPass; q++) {
      const kFirst = lpass[4 * q];
      const kLast = lpass[4 * q + 1];
      const overlap = Math.min(kLast, ceK) - Math.max(kFirst, csK) + 1;
      if (overlap <= 0) continue;
      resetAccumulator(lacc, 0);
      for (let j = lpass[4 * q + 2]; j < lpass[4 * q + 3]; j++) {
        const o = LSEG * j;
        evaluateFrames(cams, c, model, lseg, o, lseg[o + SEG_VEHICLE] === 1, lseg[o + SEG_K0], lseg[o + SEG_K1], lacc, 0);
        framesEvaluated += lseg[o + SEG_K1] - lseg[o + SEG_K0] + 1;
      }
      tally.add(person, overlap, lacc, 0, csK, ceK);
    }
  }

  /** Frames of piece (t0..t1) in camera c's view (counting only). */
  function framesInView(c: number, t0: number, x0: number, y0: number, vx: number, vy: number, T: number, kMax: number): number {
    if (!inViewInterval(x0 - cams.x[c], y0 - cams.y[c], vx, vy, T, cams.range2[c], cams.rRx[c], cams.rRy[c], cams.rLx[c], cams.rLy[c]))
      return 0;
    const k0 = Math.ceil((t0 + viewInterval[0]) * fps - FRAME_EPS);
    let k1 = Math.floor((t0 + viewInterval[1]) * fps + FRAME_EPS);
    if (k1 > kMax) k1 = kMax;
    return k1 < k0 ? 0 : k1 - k0 + 1;
  }

  /**
   * `observe` of a trip whose n vertices start at vertex `first` of its arrays (a Trip's own
   * arrays, or a day's trip arena).
   */
  function observePath(
    personId: number,
    path: Float64Array,
    pieceEdge: Int32Array | null,
    vehicle: Uint8Array,
    first: number,
    n: number,
    o: ObserveOptions | undefined,
  ): number {
    const b = 3 * first;
    const pieces = n - 1;
    const faceFactor = o?.concealedFace ? p.concealedFaceFactor : 1;
    const countAll = o?.countInView ?? true;
    const stamp = ++observeStamp;
    edgeCams.pack();
    edgeHotCams.pack();
    grid.cells.pack();
    const edgeStart = edgeCams.start;
    const edgeIds = edgeCams.ids;
    const hotStart = edgeHotCams.start;
    const hotIds = edgeHotCams.ids;
    const cellStart = grid.cells.start;
    const cellIds = grid.cells.ids;
    // 1. Log every piece that some camera has in its candidates (no other bucket is ever
    //    read: a camera installed later ignores trips shown before it), and find the cameras
    //    the trip may trigger. A trip over camera-free streets is not logged at all.
    let seq = -1;
    let nHot = 0;
    for (let i = 0; i < pieces; i++) {
      const e = pieceEdge ? pieceEdge[first + i] : -1;
      if (e >= 0 && edgeStart[e + 1] === edgeStart[e]) continue; // a street no camera covers: not even read
      if (!(path[b + 3 * i + 3] - path[b + 3 * i] > 0)) continue;
      if (e >= 0) {
        if (seq < 0) seq = tripLog.add(path, pieceEdge, vehicle, first, n, personId, faceFactor, stamp);
        tripLog.logPiece(e, path, b + 3 * i, seq);
        for (let j = hotStart[e], end = hotStart[e + 1]; j < end; j++) {
          const c = hotIds[j];
          if (hotStamp[c] !== stamp && segNear(c, path, b + 3 * i)) {
            hotStamp[c] = stamp;
            tripLog.addHot(seq, c);
            nHot++;
          }
        }
        continue;
      }
      const x0 = path[b + 3 * i + 1];
      const y0 = path[b + 3 * i + 2];
      const x1 = path[b + 3 * i + 4];
      const y1 = path[b + 3 * i + 5];
      const ps = ++pieceStamp;
      const c0 = grid.col(Math.min(x0, x1));
      const c1 = grid.col(Math.max(x0, x1));
      const r0 = grid.row(Math.min(y0, y1));
      const r1 = grid.row(Math.max(y0, y1));
      for (let r = r0; r <= r1; r++) {
        for (let cc = c0; cc <= c1; cc++) {
          const cell = r * grid.nx + cc;
          if (cellStart[cell + 1] === cellStart[cell]) continue;
          if (seq < 0) seq = tripLog.add(path, pieceEdge, vehicle, first, n, personId, faceFactor, stamp);
          tripLog.logPiece(edgeCount + cell, path, b + 3 * i, seq);
          for (let j = cellStart[cell], end = cellStart[cell + 1]; j < end; j++) {
            const c = cellIds[j];
            if (camStamp[c] === ps) continue;
            camStamp[c] = ps;
            if (hotStamp[c] !== stamp && segNear(c, path, b + 3 * i)) {
              hotStamp[c] = stamp;
              tripLog.addHot(seq, c);
              nHot++;
            }
          }
        }
      }
    }
    if (nHot === 0 && !countAll) return 0;
    // 2. Cameras it may trigger see it now, frame by frame; the others are only counted (if asked).
    let hx = 0;
    let hy = 0;
    let frames = 0;
    nOpened = 0;
    for (let i = 0; i < pieces; i++) {
      const t0 = path[b + 3 * i];
      const x0 = path[b + 3 * i + 1];
      const y0 = path[b + 3 * i + 2];
      const t1 = path[b + 3 * i + 3];
      const x1 = path[b + 3 * i + 4];
      const y1 = path[b + 3 * i + 5];
      const T = t1 - t0;
      if (!(T > 0)) continue;
      const vx = (x1 - x0) / T;
      const vy = (y1 - y0) / T;
      const sp = Math.sqrt(vx * vx + vy * vy);
      if (sp > 0) {
        hx = vx / sp;
        hy = vy / sp;
      }
      const inVehicle = vehicle[first + i] === 1;
      const kMax = Math.ceil(t1 * fps - FRAME_EPS) - 1; // frames at t < t1 (t1 belongs to the next piece)
      piece[SEG_T0] = t0;
      piece[SEG_X0] = x0;
      piece[SEG_Y0] = y0;
      piece[SEG_VX] = vx;
      piece[SEG_VY] = vy;
      piece[PIECE_DURATION] = T;
      piece[SEG_HX] = hx;
      piece[SEG_HY] = hy;
      piece[SEG_FACE] = faceFactor;
      const e = pieceEdge ? pieceEdge[first + i] : -1;
      if (e >= 0) {
        // Along a street segment: exactly the cameras within range of it.
        for (let j = edgeStart[e], end = edgeStart[e + 1]; j < end; j++) {
          const c = edgeIds[j];
          if (hotStamp[c] === stamp) frames += seePiece(c, stamp, personId, inVehicle, kMax);
          else if (countAll) frames += framesInView(c, t0, x0, y0, vx, vy, T, kMax);
        }
        continue;
      }
      const ps = ++pieceStamp;
      const c0 = grid.col(Math.min(x0, x1));
      const c1 = grid.col(Math.max(x0, x1));
      const r0 = grid.row(Math.min(y0, y1));
      const r1 = grid.row(Math.max(y0, y1));
      for (let r = r0; r <= r1; r++) {
        for (let cc = c0; cc <= c1; cc++) {
          const cell = r * grid.nx + cc;
          for (let j = cellStart[cell], end = cellStart[cell + 1]; j < end; j++) {
            const c = cellIds[j];
            if (camStamp[c] === ps) continue;
            camStamp[c] = ps;
            if (hotStamp[c] === stamp) frames += seePiece(c, stamp, personId, inVehicle, kMax);
            else if (countAll) frames += framesInView(c, t0, x0, y0, vx, vy, T, kMax);
          }
        }
      }
    }
    for (let i = 0; i < nOpened; i++) finishPass(opened[i]);
    nOpened = 0;
    return frames;
  }

  function emit(code: number, clip: number, time: number): void {
    const cameraId = store.camera[clip];
    const house = store.house[clip];
    switch (code) {
      case EV_NOTIFY:
        opts.onEvent({ type: "notification-sent", time, clipId: clip, cameraId, house });
        break;
      case EV_RECORDED:
        store.state[clip] = CLIP_RECORDED;
        opts.onEvent({
          type: "clip-recorded",
          time,
          clipId: clip,
          cameraId,
          house,
          start: store.start[clip],
          end: store.end[clip],
          subjects: store.subjectsOf(clip),
        });
        break;
      case EV_UPLOADED:
        store.state[clip] = CLIP_STORED;
        expiries.push(time + retention, outbox.takeSeq(), clip);
        opts.onEvent({ type: "clip-uploaded", time, clipId: clip, cameraId, house });
        break;
      case EV_EXPIRED:
        if (store.shared[clip]) break;
        store.state[clip] = CLIP_EXPIRED;
        opts.onEvent({ type: "clip-expired", time, clipId: clip, cameraId, house });
        break;
    }
  }

  const checkCamera = (id: number, where: string) => {
    if (!(id >= 0 && id < cams.count && Number.isInteger(id)))
      throw new RangeError(`cameras.${where}: no camera with id ${id} (0..${cams.count - 1})`);
  };

  const system: CameraSystem = {
    get count() {
      return active;
    },
    get framesEvaluated() {
      return framesEvaluated;
    },
    get clipCount() {
      return store.count;
    },
    get now() {
      return now;
    },
    fps,
    usableFaceQuality: p.usableFaceQuality,

    install(house, o = {}) {
      if (!(house >= 0 && house < nb.householdCount && Number.isInteger(house)))
        throw new RangeError(`cameras.install: ${house} is not a household (0..${nb.householdCount - 1})`);
      const f = nb.houseFacing[house];
      const ux = Math.cos(f);
      const uy = Math.sin(f);
      if ((o.kind ?? "doorbell") === "street") {
        const x = nb.houseStreetX[house] - ux * p.street.setback;
        const y = nb.houseStreetY[house] - uy * p.street.setback;
        return add("street", house, x, y, f, o);
      }
      if (houseCamera[house] >= 0)
        throw new Error(`cameras.install: house ${house} already has doorbell camera ${houseCamera[house]}; remove it first`);
      const heading = f + rng.uniform(-p.headingJitterDeg, p.headingJitterDeg) * DEG;
      const id = add("doorbell", house, nb.houseX[house] - ux * p.doorOffset, nb.houseY[house] - uy * p.doorOffset, heading, o);
      houseCamera[house] = id;
      return id;
    },
    installAt(x, y, heading, o = {}) {
      return add(o.kind ?? "street", -1, x, y, heading, o);
    },
    remove(id) {
      checkCamera(id, "remove");
      if (!cams.active[id]) return;
      cams.active[id] = 0;
      grid.remove(id, cams.x[id], cams.y[id], cams.range[id]);
      // Only the segments it was added to (camEdges, camHotEdges) list it.
      for (const e of camEdges[id]) edgeCams.remove(e, id);
      for (const e of camHotEdges[id]) edgeHotCams.remove(e, id);
      camRemoveStamp[id] = observeStamp;
      const h = cams.house[id];
      if (h >= 0 && houseCamera[h] === id) houseCamera[h] = -1;
      active--;
    },
    cameraAt(house) {
      return houseCamera[house] ?? -1;
    },
    isActive(id) {
      checkCamera(id, "isActive");
      return cams.active[id] === 1;
    },
    isVisible(id) {
      checkCamera(id, "isVisible");
      return cams.visible[id] === 1;
    },
    cameraHouse(id) {
      checkCamera(id, "cameraHouse");
      return cams.house[id];
    },
    views() {
      const out: CameraView[] = [];
      for (let c = 0; c < cams.count; c++) {
        if (!cams.active[c]) continue;
        out.push({
          x: cams.x[c],
          y: cams.y[c],
          heading: cams.heading[c],
          fov: cams.fov[c],
          range: cams.range[c],
          kind: cams.kind[c] === 1 ? "street" : "doorbell",
          visible: cams.visible[c] === 1,
        });
      }
      return out;
    },

    observe(personId, trip, o) {
      return observePath(personId, trip.path, trip.edge ?? null, trip.vehicle, 0, trip.path.length / 3, o);
    },

    observePlanned(personId, arena, i, o) {
      return observePath(personId, arena.pathBuffer, arena.edgeBuffer, arena.vehicleBuffer, arena.firstVertex(i), arena.vertexCount(i), o);
    },

    advanceTo(t) {
      if (t < now) throw new RangeError(`cameras.advanceTo: time ${t} is before the last advance (${now})`);
      for (;;) {
        const tc = closings.peekTime();
        const tt = triggers.peekTime();
        if (tc <= t && tc <= tt) {
          closings.pop();
          const clip = closings.id;
          if (camOpenClip[store.camera[clip]] === clip && closingTime(clip) === closings.time) closeClip(clip, closings.time);
        } else if (tt <= t) {
          triggers.pop();
          onTrigger(triggers.id);
          passes.release(triggers.id);
        } else break;
      }
      for (;;) {
        const to = outbox.peekTime();
        const te = expiries.peekTime();
        if (to <= t && (to < te || (to === te && outbox.peekSeq() < expiries.peekSeq()))) {
          outbox.pop();
          emit(outbox.code, outbox.id, outbox.time);
        } else if (te <= t) {
          const clip = expiries.peekId();
          expiries.shift();
          emit(EV_EXPIRED, clip, te);
        } else break;
      }
      now = t;
      // Clips closing from now on start no earlier than this (open clips, or new ones: trigger - pre-roll > now - pre-roll).
      let keepFrom = now - p.preRoll;
      for (let i = 0; i < openClips.length; i++) if (store.start[openClips[i]] < keepFrom) keepFrom = store.start[openClips[i]];
      tripLog.prune(keepFrom - 2 * WINDOW_MARGIN);
    },

    nextEventTime() {
      return Math.min(closings.peekTime(), triggers.peekTime(), outbox.peekTime(), expiries.peekTime());
    },

    clipsInWindow(id, t0, t1) {
      checkCamera(id, "clipsInWindow");
      return store.idsInWindow(id, t0, t1, CLIP_STORED).map((c) => store.get(c));
    },
    markShared(clip) {
      store.get(clip); // validates the id
      if (store.state[clip] === CLIP_EXPIRED) return false;
      store.shared[clip] = 1;
      return true;
    },
    getClip(clip) {
      return store.get(clip);
    },
  };
  return system;
}
