/**
 * Clip assembly: in time order, motion triggers open or extend a camera's clip (a trigger
 * within `mergeGap` of the clip's end, counting pre-roll, extends it); a clip closes once no
 * later trigger can join it (end + mergeGap + preRoll), collecting as subjects every pass
 * that overlaps it: the camera's own passes (evaluated then if they were kept as segments),
 * plus those the lazy rebuild finds in the trip log. Then the clip's events go out in time
 * order: notification, recording, upload (cloud cameras) and expiry after the retention
 * period, unless the clip was shared.
 */
import type { CamerasParams } from "../../../scenario/sections/cameras.ts";
import type { CameraEvent } from "./camera-events.ts";
import type { CameraTable } from "./camera-table.ts";
import { CLIP_EXPIRED as CLIP_EXPIRED_, CLIP_RECORDED as CLIP_RECORDED_, CLIP_STORED as CLIP_STORED_, type ClipStore } from "./clip-store.ts";
import { EventHeap, TimedFifo } from "./event-heap.ts";
import { type LazyRebuild, WINDOW_MARGIN as WINDOW_MARGIN_ } from "./lazy-rebuild.ts";
import type { PassPool } from "./pass-pool.ts";
import { FRAME_EPS as FRAME_EPS_ } from "./piece-cursor.ts";
import type { SegmentEvaluator } from "./segment-evaluator.ts";
import type { SubjectTally } from "./subject-tally.ts";
import type { TripLog } from "./trip-log.ts";

// Local copies: module bindings may compile to getters, which hot code should not call.
const CLIP_EXPIRED = CLIP_EXPIRED_;
const CLIP_RECORDED = CLIP_RECORDED_;
const CLIP_STORED = CLIP_STORED_;
const WINDOW_MARGIN = WINDOW_MARGIN_;
const FRAME_EPS = FRAME_EPS_;

const DAY = 86400;
/** Prune a camera's list of finished passes once it is this long. */
const PRUNE_AT = 16;

const EV_NOTIFY = 0;
const EV_RECORDED = 1;
const EV_UPLOADED = 2;
const EV_EXPIRED = 3;

/** Clip assembly of one camera system. */
export class ClipAssembly {
  /** Time of the last `advance`. */
  now = Number.NEGATIVE_INFINITY;
  private readonly triggers = new EventHeap();
  private readonly closings = new EventHeap();
  private readonly outbox = new EventHeap();
  /**
   * Clip expiries, apart from the outbox: they are due a whole retention period ahead and
   * come in time order, so a FIFO holds them; merged with the outbox by (time, sequence),
   * exactly as if they were in it (where every pop would sink one through all of them).
   */
  private readonly expiries = new TimedFifo();
  /** Per camera: its open clip (-1 when none), its finished passes a current or future clip may still include, when to prune them. */
  private openClip = new Int32Array(16).fill(-1);
  private readonly camPasses: number[][] = [];
  private readonly pruneAt: number[] = [];
  /** Clips currently open (their starts bound what the trip log must keep). */
  private readonly openClips: number[] = [];
  private readonly retention: number;
  private readonly fps: number;

  constructor(
    private readonly p: CamerasParams,
    retentionDays: number,
    private readonly cams: CameraTable,
    private readonly store: ClipStore,
    private readonly passes: PassPool,
    private readonly frames: SegmentEvaluator,
    private readonly tally: SubjectTally,
    private readonly log: TripLog,
    private readonly rebuild: LazyRebuild,
    private readonly onEvent: (e: CameraEvent) => void,
  ) {
    this.retention = retentionDays * DAY;
    this.fps = p.fps;
  }

  /** Starts the books of a newly installed camera. */
  addCamera(id: number): void {
    if (id >= this.openClip.length) {
      const g = new Int32Array(Math.max(id + 1, 2 * this.openClip.length)).fill(-1);
      g.set(this.openClip);
      this.openClip = g;
    }
    this.camPasses[id] = [];
    this.pruneAt[id] = PRUNE_AT;
  }

  /** Takes a pass a trip has finished: keeps it for the clips of its camera and queues its first trigger. */
  finishPass(pass: number): void {
    const passes = this.passes;
    const c = passes.camera(pass);
    if (passes.isHot(pass)) passes.markEvaluated(pass); // evaluated as it came
    const list = this.camPasses[c];
    list.push(pass);
    passes.retain(pass);
    if (list.length > this.pruneAt[c]) {
      const open = this.openClip[c];
      let keepFrom = this.now - this.p.preRoll;
      if (open >= 0 && this.store.start[open] < keepFrom) keepFrom = this.store.start[open];
      const keepK = Math.floor(keepFrom * this.fps - FRAME_EPS);
      let n = 0;
      for (let i = 0; i < list.length; i++) {
        const q = list[i];
        if (passes.kLast(q) >= keepK) list[n++] = q;
        else passes.release(q);
      }
      list.length = n;
      this.pruneAt[c] = Math.max(PRUNE_AT, 2 * n);
    }
    const trig = passes.trigFirst(pass);
    if (trig >= 0) {
      passes.retain(pass);
      this.triggers.push(trig / this.fps, 0, pass);
    }
  }

  /** Processes triggers and clip closings up to t, emits every event up to t in time order, and prunes the trip log. */
  advance(t: number): void {
    const closings = this.closings;
    const triggers = this.triggers;
    const outbox = this.outbox;
    const expiries = this.expiries;
    const store = this.store;
    for (;;) {
      const tc = closings.peekTime();
      const tt = triggers.peekTime();
      if (tc <= t && tc <= tt) {
        closings.pop();
        const clip = closings.id;
        if (this.openClip[store.camera[clip]] === clip && this.closingTime(clip) === closings.time) this.closeClip(clip, closings.time);
      } else if (tt <= t) {
        triggers.pop();
        this.onTrigger(triggers.id);
        this.passes.release(triggers.id);
      } else break;
    }
    for (;;) {
      const to = outbox.peekTime();
      const te = expiries.peekTime();
      if (to <= t && (to < te || (to === te && outbox.peekSeq() < expiries.peekSeq()))) {
        outbox.pop();
        this.emit(outbox.code, outbox.id, outbox.time);
      } else if (te <= t) {
        const clip = expiries.peekId();
        expiries.shift();
        this.emit(EV_EXPIRED, clip, te);
      } else break;
    }
    this.now = t;
    // Clips closing from now on start no earlier than this (open clips, or new ones: trigger - pre-roll > now - pre-roll).
    let keepFrom = t - this.p.preRoll;
    const open = this.openClips;
    for (let i = 0; i < open.length; i++) if (store.start[open[i]] < keepFrom) keepFrom = store.start[open[i]];
    this.log.prune(keepFrom - 2 * WINDOW_MARGIN);
  }

  /** Time of the next thing `advance` would do (Infinity when idle). */
  nextEventTime(): number {
    return Math.min(this.closings.peekTime(), this.triggers.peekTime(), this.outbox.peekTime(), this.expiries.peekTime());
  }

  private closingTime(clip: number): number {
    return this.store.end[clip] + this.p.mergeGap + this.p.preRoll;
  }

  private onTrigger(pass: number): void {
    const p = this.p;
    const passes = this.passes;
    const store = this.store;
    const c = passes.camera(pass);
    const a = passes.trigFirst(pass) / this.fps;
    const b = passes.trigLast(pass) / this.fps;
    let open = this.openClip[c];
    if (open >= 0 && a - p.preRoll - store.end[open] < p.mergeGap) {
      if (b + p.postRoll > store.end[open]) {
        store.end[open] = b + p.postRoll;
        this.closings.push(this.closingTime(open), 0, open);
      }
      return;
    }
    if (open >= 0) this.closeClip(open, this.closingTime(open)); // only on inconsistent input; keeps clips disjoint
    open = store.open(c, this.cams.house[c], a - p.preRoll, b + p.postRoll);
    this.openClip[c] = open;
    this.openClips.push(open);
    this.closings.push(this.closingTime(open), 0, open);
    this.outbox.push(a + p.notificationLatency, EV_NOTIFY, open);
  }

  private closeClip(clip: number, time: number): void {
    const store = this.store;
    const passes = this.passes;
    const tally = this.tally;
    const c = store.camera[clip];
    const csK = Math.ceil(store.start[clip] * this.fps - FRAME_EPS);
    const ceK = Math.floor(store.end[clip] * this.fps + FRAME_EPS);
    const list = this.camPasses[c];
    tally.reset();
    let kept = 0;
    for (let i = 0; i < list.length; i++) {
      const q = list[i];
      const kFirst = passes.kFirst(q);
      const kLast = passes.kLast(q);
      const overlap = Math.min(kLast, ceK) - Math.max(kFirst, csK) + 1;
      if (overlap > 0) {
        if (!passes.isEvaluated(q)) {
          this.frames.passSegments(q);
          passes.markEvaluated(q);
        }
        tally.add(passes.person(q), overlap, passes.data, passes.accBase(q), csK, ceK);
      }
      if (kLast > ceK) list[kept++] = q;
      else passes.release(q);
    }
    list.length = kept;
    this.rebuild.addSubjects(clip, csK, ceK);
    const oi = this.openClips.indexOf(clip);
    if (oi >= 0) this.openClips.splice(oi, 1);
    tally.writeTo(store, clip);
    this.openClip[c] = -1;
    this.outbox.push(time, EV_RECORDED, clip);
    if (this.cams.cloud[c]) this.outbox.push(Math.max(time, store.end[clip] + this.p.uploadDelay), EV_UPLOADED, clip);
  }

  private emit(code: number, clip: number, time: number): void {
    const store = this.store;
    const cameraId = store.camera[clip];
    const house = store.house[clip];
    switch (code) {
      case EV_NOTIFY:
        this.onEvent({ type: "notification-sent", time, clipId: clip, cameraId, house });
        break;
      case EV_RECORDED:
        store.state[clip] = CLIP_RECORDED;
        this.onEvent({
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
        this.expiries.push(time + this.retention, this.outbox.takeSeq(), clip);
        this.onEvent({ type: "clip-uploaded", time, clipId: clip, cameraId, house });
        break;
      case EV_EXPIRED:
        if (store.shared[clip]) break;
        store.state[clip] = CLIP_EXPIRED;
        this.onEvent({ type: "clip-expired", time, clipId: clip, cameraId, house });
        break;
    }
  }
}
