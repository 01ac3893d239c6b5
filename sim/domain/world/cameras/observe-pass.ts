/**
 * Pass 2 of `observe`: the cameras a trip may trigger (marked hot by the plan pass) see it
 * now, piece by piece (piece-cursor.ts), one "pass" per contiguous run of in-view frames.
 * A pass that comes within motion range has its frames evaluated as they come and, with
 * a motion trigger, is queued by its first triggered frame (clip-assembly.ts); a pass that
 * does not keeps its pieces as segments, evaluated only if a clip overlaps it. Cameras
 * that are not hot are only counted, when asked.
 */
import { ensureInt32 as ensureInt32_ } from "../../../core/index.ts";
import type { CameraMarks } from "./camera-marks.ts";
import type { CameraRegistry } from "./camera-registry.ts";
import type { ClipAssembly } from "./clip-assembly.ts";
import type { PieceCursor } from "./piece-cursor.ts";
import { type PassPool, SEG_T0 as SEG_T0_, SEG_VX as SEG_VX_, SEG_VY as SEG_VY_, SEG_X0 as SEG_X0_, SEG_Y0 as SEG_Y0_ } from "./pass-pool.ts";
import type { SegmentEvaluator } from "./segment-evaluator.ts";

// Local copies: module bindings may compile to getters, which hot code should not call.
const ensureInt32 = ensureInt32_;
const SEG_T0 = SEG_T0_;
const SEG_VX = SEG_VX_;
const SEG_VY = SEG_VY_;
const SEG_X0 = SEG_X0_;
const SEG_Y0 = SEG_Y0_;

/** Margin (s) of the "can this pass trigger?" test: far wider than the rounding of frame times. */
const HOT_TIME_MARGIN = 1e-4;

/** The observe pass of one camera system. */
export class ObservePass {
  /** Per camera: the observe stamp of its current pass, and that pass. */
  private passStamp = new Int32Array(16);
  private passRef = new Int32Array(16).fill(-1);
  /** Passes the trip being observed opened (typed, with a count: resetting a JS array's length is a runtime call). */
  private opened = new Int32Array(16);
  private nOpened = 0;

  constructor(
    private readonly reg: CameraRegistry,
    private readonly marks: CameraMarks,
    private readonly cur: PieceCursor,
    private readonly passes: PassPool,
    private readonly frames: SegmentEvaluator,
    private readonly assembly: ClipAssembly,
  ) {}

  /** Makes room for camera ids below n. */
  ensure(n: number): void {
    if (n <= this.passStamp.length) return;
    const m = Math.max(n, 2 * this.passStamp.length);
    this.passStamp = ensureInt32(this.passStamp, m);
    const ref = new Int32Array(m).fill(-1);
    ref.set(this.passRef);
    this.passRef = ref;
  }

  /**
   * Walks the trip the cursor was started on: hot cameras (stamp `stamp`) see each piece,
   * the others are counted when `countAll`. Returns the frames in view; hands every pass
   * opened to the clip assembly once the trip is done.
   */
  run(personId: number, stamp: number, countAll: boolean): number {
    const reg = this.reg;
    const cams = reg.table;
    const grid = reg.grid;
    const cur = this.cur;
    const marks = this.marks;
    const hotMark = marks.hot;
    const pieceMark = marks.piece;
    const edgeStart = reg.edgeCams.start;
    const edgeIds = reg.edgeCams.ids;
    const cellStart = grid.cells.start;
    const cellIds = grid.cells.ids;
    const path = cur.pathArray;
    let frames = 0;
    this.nOpened = 0;
    while (cur.next()) {
      const e = cur.edge;
      if (e >= 0) {
        // Along a street segment: exactly the cameras within range of it.
        for (let j = edgeStart[e], end = edgeStart[e + 1]; j < end; j++) {
          const c = edgeIds[j];
          if (hotMark[c] === stamp) frames += this.seePiece(c, stamp, personId);
          else if (countAll && cur.inView(cams, c)) frames += cur.k1 - cur.k0 + 1;
        }
        continue;
      }
      const o = cur.offset;
      const x0 = path[o + 1];
      const y0 = path[o + 2];
      const x1 = path[o + 4];
      const y1 = path[o + 5];
      const ps = ++marks.pieceStamp;
      const c0 = grid.col(Math.min(x0, x1));
      const c1 = grid.col(Math.max(x0, x1));
      const r0 = grid.row(Math.min(y0, y1));
      const r1 = grid.row(Math.max(y0, y1));
      for (let r = r0; r <= r1; r++) {
        for (let cc = c0; cc <= c1; cc++) {
          const cell = r * grid.nx + cc;
          for (let j = cellStart[cell], end = cellStart[cell + 1]; j < end; j++) {
            const c = cellIds[j];
            if (pieceMark[c] === ps) continue;
            pieceMark[c] = ps;
            if (hotMark[c] === stamp) frames += this.seePiece(c, stamp, personId);
            else if (countAll && cur.inView(cams, c)) frames += cur.k1 - cur.k0 + 1;
          }
        }
      }
    }
    for (let i = 0; i < this.nOpened; i++) this.assembly.finishPass(this.opened[i]);
    this.nOpened = 0;
    return frames;
  }

  /**
   * Records the frames of the current piece seen by hot camera c as a segment of this
   * trip's pass at c (extended, or opened); marks the pass hot when the piece comes within
   * motion range in view. Returns the frames in view.
   */
  private seePiece(c: number, stamp: number, person: number): number {
    const cur = this.cur;
    if (!cur.inView(this.reg.table, c)) return 0;
    const r = cur.rec;
    const k0 = cur.k0;
    const k1 = cur.k1;
    const passes = this.passes;
    let pass = this.passStamp[c] === stamp ? this.passRef[c] : -1;
    if (pass < 0 || passes.kLast(pass) !== k0 - 1) {
      pass = passes.alloc(c, person, k0);
      this.passRef[c] = pass;
      this.passStamp[c] = stamp;
      this.opened = ensureInt32(this.opened, this.nOpened + 1);
      this.opened[this.nOpened++] = pass;
    }
    if (!passes.isHot(pass)) {
      // Closest approach within the in-view interval (widened by a margin) against the motion range.
      const cams = this.reg.table;
      const qx = r[SEG_X0] - cams.x[c];
      const qy = r[SEG_Y0] - cams.y[c];
      const vx = r[SEG_VX];
      const vy = r[SEG_VY];
      const A = vx * vx + vy * vy;
      const lo = cur.viewLo - HOT_TIME_MARGIN;
      const hi = cur.viewHi + HOT_TIME_MARGIN;
      let s = A > 0 ? -(qx * vx + qy * vy) / A : lo;
      if (s < lo) s = lo;
      else if (s > hi) s = hi;
      const dx = qx + vx * s;
      const dy = qy + vy * s;
      if (dx * dx + dy * dy <= this.reg.hot2[c]) passes.markHot(pass);
    }
    if (passes.isHot(pass)) {
      // May trigger: evaluate now, after any earlier (cold) segments of the pass, in order.
      if (passes.firstSegment(pass) >= 0) this.frames.passSegments(pass);
      this.frames.piece(c, r, SEG_T0, cur.inVehicle, k0, k1, passes.data, passes.accBase(pass));
      passes.setKLast(pass, k1);
      return k1 - k0 + 1;
    }
    const o = passes.addSegment(pass); // may grow passes.seg: read it after
    cur.writeSegment(passes.seg, o);
    passes.setKLast(pass, k1);
    return k1 - k0 + 1;
  }
}
