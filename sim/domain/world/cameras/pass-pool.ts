/**
 * Storage of "passes" — one contiguous run of in-view frames of one person at one camera —
 * in a single growable Float64Array with a free list, so watching a month of traffic
 * allocates no per-pass objects. A pass is referenced by its camera's pending list and,
 * if it triggered motion, by the trigger queue; it is recycled when both let go.
 *
 * Each pass keeps the straight trip pieces ("segments") it was seen on, in a second pool,
 * so its frames can be evaluated later: a pass that never comes within motion range of
 * its camera cannot trigger, and its frames only matter if another trigger's clip overlaps
 * it, so they are evaluated then (clip-assembly.ts). A segment holds exactly the
 * arguments of `evaluateFrames`, so evaluating later gives the same bits as evaluating now.
 */
import { ensureFloat64 } from "../../../core/index.ts";
import {
  ACC_SIZE,
  ACC_TRIG_FIRST as ACC_TRIG_FIRST_,
  ACC_TRIG_LAST as ACC_TRIG_LAST_,
  PIECE_FACE,
  PIECE_HX,
  PIECE_HY,
  PIECE_SIZE,
  PIECE_T0,
  PIECE_VX,
  PIECE_VY,
  PIECE_X0,
  PIECE_Y0,
  resetAccumulator as resetAccumulator_,
} from "./frame-model.ts";

// Local copies: module bindings may compile to getters, which hot code should not call.
const ACC_TRIG_FIRST = ACC_TRIG_FIRST_;
const ACC_TRIG_LAST = ACC_TRIG_LAST_;

/** Local copy (module bindings may compile to getters). */
const resetAccumulator = resetAccumulator_;

/** Field offsets within a pass record. */
const PASS_CAM = 0;
const PASS_PERSON = 1;
const PASS_K_FIRST = 2;
const PASS_K_LAST = 3;
const PASS_REFS = 4;
/** First and last segment of the pass (-1 when none). */
const PASS_SEG_FIRST = 5;
const PASS_SEG_LAST = 6;
/** 1 once some frame of the pass may be within motion range: from then on its frames are evaluated as they come. */
const PASS_HOT = 7;
/** 1 once the accumulator holds every frame of the pass. */
const PASS_EVALUATED = 8;
/** The frame accumulator (see frame-model.ts) starts here. */
const PASS_ACC = 9;
const STRIDE = PASS_ACC + ACC_SIZE;

/**
 * Field offsets within a segment record: the arguments of `evaluateFrames` for one piece —
 * a piece record (PIECE_*) first, then the vehicle flag and the frame range.
 */
export const SEG_T0 = PIECE_T0;
export const SEG_X0 = PIECE_X0;
export const SEG_Y0 = PIECE_Y0;
export const SEG_VX = PIECE_VX;
export const SEG_VY = PIECE_VY;
export const SEG_HX = PIECE_HX;
export const SEG_HY = PIECE_HY;
export const SEG_FACE = PIECE_FACE;
export const SEG_VEHICLE = PIECE_SIZE;
export const SEG_K0 = PIECE_SIZE + 1;
export const SEG_K1 = PIECE_SIZE + 2;
/** Next segment of the same pass, -1 at the end. */
export const SEG_NEXT = PIECE_SIZE + 3;
// Local copy: V8 reads an exported binding through its module cell, checked for initialisation, on every use.
const NEXT = SEG_NEXT;
const SEG_STRIDE = PIECE_SIZE + 4;

/**
 * A pool of pass records, read and written through the named accessors below; `data`
 * is exposed only for the frame accumulators (`accBase`), `seg` for segment records
 * (`segmentOffset`, SEG_* fields).
 */
export class PassPool {
  data = new Float64Array(STRIDE * 256);
  seg = new Float64Array(SEG_STRIDE * 256);
  private free: number[] = [];
  private next = 0;
  private segFree = -1;
  private segNext = 0;

  /** A fresh pass (accumulator reset, no references, no segments). */
  alloc(cam: number, person: number, kFirst: number): number {
    let id: number;
    if (this.free.length > 0) id = this.free.pop() as number;
    else {
      id = this.next++;
      this.data = ensureFloat64(this.data, (id + 1) * STRIDE);
    }
    const b = id * STRIDE;
    const d = this.data;
    d[b + PASS_CAM] = cam;
    d[b + PASS_PERSON] = person;
    d[b + PASS_K_FIRST] = kFirst;
    d[b + PASS_K_LAST] = kFirst - 1;
    d[b + PASS_REFS] = 0;
    d[b + PASS_SEG_FIRST] = -1;
    d[b + PASS_SEG_LAST] = -1;
    d[b + PASS_HOT] = 0;
    d[b + PASS_EVALUATED] = 0;
    resetAccumulator(d, b + PASS_ACC);
    return id;
  }

  /** Appends a segment to pass `id`; returns the segment's offset in `seg` (fill its fields there). */
  addSegment(id: number): number {
    let s = this.segFree;
    if (s >= 0) this.segFree = this.seg[s * SEG_STRIDE + NEXT];
    else {
      s = this.segNext++;
      this.seg = ensureFloat64(this.seg, (s + 1) * SEG_STRIDE);
    }
    const o = s * SEG_STRIDE;
    this.seg[o + NEXT] = -1;
    const b = id * STRIDE;
    const last = this.data[b + PASS_SEG_LAST];
    if (last < 0) this.data[b + PASS_SEG_FIRST] = s;
    else this.seg[last * SEG_STRIDE + NEXT] = s;
    this.data[b + PASS_SEG_LAST] = s;
    return o;
  }

  /** Adds a reference. */
  retain(id: number): void {
    this.data[id * STRIDE + PASS_REFS]++;
  }

  /** Drops a reference; the pass and its segments are recycled at zero. */
  release(id: number): void {
    if (--this.data[id * STRIDE + PASS_REFS] <= 0) {
      this.free.push(id);
      this.clearSegments(id);
    }
  }

  /** Recycles the segments of pass `id` (it then has none). */
  clearSegments(id: number): void {
    const b = id * STRIDE;
    const first = this.data[b + PASS_SEG_FIRST];
    if (first >= 0) {
      const last = this.data[b + PASS_SEG_LAST];
      this.seg[last * SEG_STRIDE + NEXT] = this.segFree;
      this.segFree = first;
      this.data[b + PASS_SEG_FIRST] = -1;
      this.data[b + PASS_SEG_LAST] = -1;
    }
  }

  /** Camera that sees pass `id`. */
  camera(id: number): number {
    return this.data[id * STRIDE + PASS_CAM];
  }

  /** Person seen in pass `id`. */
  person(id: number): number {
    return this.data[id * STRIDE + PASS_PERSON];
  }

  /** First frame of pass `id`. */
  kFirst(id: number): number {
    return this.data[id * STRIDE + PASS_K_FIRST];
  }

  /** Last frame of pass `id` so far (kFirst - 1 while it has none). */
  kLast(id: number): number {
    return this.data[id * STRIDE + PASS_K_LAST];
  }

  /** Extends pass `id` to frame k. */
  setKLast(id: number, k: number): void {
    this.data[id * STRIDE + PASS_K_LAST] = k;
  }

  /** Whether some frame of pass `id` may be within motion range (its frames are then evaluated as they come). */
  isHot(id: number): boolean {
    return this.data[id * STRIDE + PASS_HOT] === 1;
  }

  markHot(id: number): void {
    this.data[id * STRIDE + PASS_HOT] = 1;
  }

  /** Whether the accumulator of pass `id` holds every frame of it. */
  isEvaluated(id: number): boolean {
    return this.data[id * STRIDE + PASS_EVALUATED] === 1;
  }

  markEvaluated(id: number): void {
    this.data[id * STRIDE + PASS_EVALUATED] = 1;
  }

  /** First segment of pass `id` (an index for `segmentOffset`), -1 when it holds none. */
  firstSegment(id: number): number {
    return this.data[id * STRIDE + PASS_SEG_FIRST];
  }

  /** Offset of segment s in `seg` (its SEG_* fields from there). */
  segmentOffset(s: number): number {
    return s * SEG_STRIDE;
  }

  /** Segment after s in its pass, -1 at the end. */
  nextSegment(s: number): number {
    return this.seg[s * SEG_STRIDE + NEXT];
  }

  /** Offset of pass `id`'s frame accumulator in `data` (ACC_* fields from there). */
  accBase(id: number): number {
    return id * STRIDE + PASS_ACC;
  }

  /** First frame of pass `id` that triggers motion, -1 when none. */
  trigFirst(id: number): number {
    return this.data[id * STRIDE + PASS_ACC + ACC_TRIG_FIRST];
  }

  /** Last frame of pass `id` that triggers motion, -1 when none. */
  trigLast(id: number): number {
    return this.data[id * STRIDE + PASS_ACC + ACC_TRIG_LAST];
  }
}
