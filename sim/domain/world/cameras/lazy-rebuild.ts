/**
 * The lazy rebuild: when a clip closes, the people its camera had in view but could not be
 * triggered by (passers-by, whose trips it was not hot for) are found in the trip log and
 * their passes rebuilt then, with the same piece cursor and frame bounds as the observe
 * pass (piece-cursor.ts), so the segments are the ones `observe` would have built, to the
 * bit. Only the passes that overlap the clip are evaluated and added to its subjects.
 */
import { ensureFloat64 as ensureFloat64_, ensureInt32 as ensureInt32_ } from "../../../core/index.ts";
import type { CameraRegistry } from "./camera-registry.ts";
import type { ClipStore } from "./clip-store.ts";
import { ACC_SIZE, resetAccumulator as resetAccumulator_ } from "./frame-model.ts";
import { SEG_K1 } from "./pass-pool.ts";
import type { PieceCursor } from "./piece-cursor.ts";
import type { SegmentEvaluator } from "./segment-evaluator.ts";
import type { SubjectTally } from "./subject-tally.ts";
import type { TripLog } from "./trip-log.ts";

// Local copies: module bindings may compile to getters, which hot code should not call.
const ensureFloat64 = ensureFloat64_;
const ensureInt32 = ensureInt32_;
const resetAccumulator = resetAccumulator_;

/** Stride of a rebuilt segment: the pass pool's segment record (SEG_*) without its link. */
const LSEG = SEG_K1 + 1;
/** Margin (s) when matching logged pieces against a clip's time window (clip-assembly.ts keeps the log twice this long). */
export const WINDOW_MARGIN = 1;
/** Slots of a rebuilt pass: first and last frame, first and end segment (doubles: frame numbers pass 2^31 in long runs at high frame rates). */
const LP_K_FIRST = 0;
const LP_K_LAST = 1;
const LP_SEG_FIRST = 2;
const LP_SEG_END = 3;
const LPASS = 4;

/** The lazy rebuild of one camera system. */
export class LazyRebuild {
  /** Per trip-log slot: the stamp of the clip that last looked at it (each trip once per clip). */
  private seenAt = new Int32Array(1024);
  private seenStamp = 0;
  /** Trips found for the clip being closed. */
  private lazySeqs = new Int32Array(16);
  private nLazy = 0;
  /** Per street segment: the stamp of the camera being rebuilt when it is a candidate for (edgeMark) or may trigger from (edgeHotMark) it. */
  private readonly edgeMark: Int32Array;
  private readonly edgeHotMark: Int32Array;
  private markStamp = 0;
  /** Rebuilt segments (stride LSEG) and passes (stride LPASS) of one trip, and their accumulator. */
  private lseg = new Float64Array(LSEG * 64);
  private lpass = new Float64Array(LPASS * 16);
  private readonly lacc = new Float64Array(ACC_SIZE);

  constructor(
    private readonly reg: CameraRegistry,
    private readonly log: TripLog,
    private readonly store: ClipStore,
    private readonly cur: PieceCursor,
    private readonly frames: SegmentEvaluator,
    private readonly tally: SubjectTally,
  ) {
    this.edgeMark = new Int32Array(reg.edgeCount);
    this.edgeHotMark = new Int32Array(reg.edgeCount);
  }

  /** Adds to the tally the subjects of clip `clip` (frames csK..ceK) found in the trip log. */
  addSubjects(clip: number, csK: number, ceK: number): void {
    const reg = this.reg;
    const log = this.log;
    const store = this.store;
    const c = store.camera[clip];
    const edges = reg.edges[c];
    const cells = reg.cells[c];
    if (this.seenAt.length < log.capacity) this.seenAt = new Int32Array(log.capacity);
    const seenAt = this.seenAt;
    const seen = ++this.seenStamp;
    const lo = store.start[clip] - WINDOW_MARGIN;
    const hi = store.end[clip] + WINDOW_MARGIN;
    const inst = reg.installStamp[c];
    const rem = reg.removeStamp[c];
    this.nLazy = 0;
    for (let i = 0, nb = edges.length + cells.length; i < nb; i++) {
      const b = i < edges.length ? edges[i] : reg.edgeCount + cells[i - edges.length];
      const a = log.entries(b);
      if (a === null) continue;
      const n = log.length(b);
      for (let j = log.firstLive(b); j < n; j++) {
        const o = 3 * j;
        if (a[o + 1] < lo || a[o] > hi) continue;
        const seq = a[o + 2]; // a live trip: entries from firstLive on are
        const slot = log.slot(seq);
        if (seenAt[slot] === seen) continue;
        seenAt[slot] = seen;
        const st = log.stamp[slot];
        if (st <= inst || st > rem) continue; // shown before the camera was up, or after it came down
        if (log.isHot(seq, c)) continue; // saw it at once: its passes are the camera's own
        this.lazySeqs = ensureInt32(this.lazySeqs, this.nLazy + 1);
        this.lazySeqs[this.nLazy++] = seq;
      }
    }
    if (this.nLazy === 0) return;
    // Rebuilding reads the camera's segments as marks (most clips have no one to rebuild).
    const mark = ++this.markStamp;
    for (let i = 0; i < edges.length; i++) this.edgeMark[edges[i]] = mark;
    const hotEdges = reg.hotEdges[c];
    for (let i = 0; i < hotEdges.length; i++) this.edgeHotMark[hotEdges[i]] = mark;
    for (let i = 0; i < this.nLazy; i++) this.rebuildPasses(c, log.slot(this.lazySeqs[i]), csK, ceK, mark);
  }

  /**
   * Rebuilds the passes of one logged trip at camera c as `observe` would have built them
   * (same candidates, cursor, frame bounds and segments) and adds those overlapping frames
   * csK..ceK to the tally. Does nothing when the trip may trigger c (then c saw it at once).
   */
  private rebuildPasses(c: number, slot: number, csK: number, ceK: number, mark: number): void {
    const reg = this.reg;
    const grid = reg.grid;
    const log = this.log;
    const cur = this.cur;
    const edgeMark = this.edgeMark;
    const edgeHotMark = this.edgeHotMark;
    const cells = reg.cells[c];
    const cc0 = cells[0] % grid.nx;
    const cr0 = (cells[0] - cc0) / grid.nx;
    const cc1 = cells[cells.length - 1] % grid.nx;
    const cr1 = (cells[cells.length - 1] - cc1) / grid.nx;
    const path = log.paths[slot] as Float64Array;
    cur.start(path, log.edges[slot], log.vehicles[slot] as Uint8Array, log.first[slot], log.verts[slot], log.face[slot]);
    let nSeg = 0;
    let nPass = 0;
    while (cur.next()) {
      // Candidates as in observe: the cameras listed for the piece's street segment, or for the grid cells it crosses.
      const e = cur.edge;
      const o = cur.offset;
      if (e >= 0) {
        if (edgeMark[e] !== mark) continue;
        if (edgeHotMark[e] === mark && reg.segNear(c, path, o)) return;
      } else {
        const x0 = path[o + 1];
        const y0 = path[o + 2];
        const x1 = path[o + 4];
        const y1 = path[o + 5];
        if (grid.col(Math.max(x0, x1)) < cc0 || grid.col(Math.min(x0, x1)) > cc1) continue;
        if (grid.row(Math.max(y0, y1)) < cr0 || grid.row(Math.min(y0, y1)) > cr1) continue;
        if (reg.segNear(c, path, o)) return;
      }
      if (!cur.inView(reg.table, c)) continue;
      const k0 = cur.k0;
      const k1 = cur.k1;
      // A pass runs on while each piece's frames continue the last one's (as in observe).
      if (nPass === 0 || this.lpass[LPASS * (nPass - 1) + LP_K_LAST] !== k0 - 1) {
        this.lpass = ensureFloat64(this.lpass, LPASS * (nPass + 1));
        this.lpass[LPASS * nPass + LP_K_FIRST] = k0;
        this.lpass[LPASS * nPass + LP_SEG_FIRST] = nSeg;
        nPass++;
      }
      this.lseg = ensureFloat64(this.lseg, LSEG * (nSeg + 1));
      cur.writeSegment(this.lseg, LSEG * nSeg++);
      this.lpass[LPASS * (nPass - 1) + LP_K_LAST] = k1;
      this.lpass[LPASS * (nPass - 1) + LP_SEG_END] = nSeg;
    }
    const person = log.person[slot];
    const lpass = this.lpass;
    const lseg = this.lseg;
    const lacc = this.lacc;
    for (let q = 0; q < nPass; q++) {
      const kFirst = lpass[LPASS * q + LP_K_FIRST];
      const kLast = lpass[LPASS * q + LP_K_LAST];
      const overlap = Math.min(kLast, ceK) - Math.max(kFirst, csK) + 1;
      if (overlap <= 0) continue;
      resetAccumulator(lacc, 0);
      for (let j = lpass[LPASS * q + LP_SEG_FIRST]; j < lpass[LPASS * q + LP_SEG_END]; j++) this.frames.segment(c, lseg, LSEG * j, lacc, 0);
      this.tally.add(person, overlap, lacc, 0, csK, ceK);
    }
  }
}
