/**
 * Where the camera system evaluates frames: a piece seen at once, or the segments a pass
 * kept to be evaluated later (a pass that could not trigger, once a clip overlaps it).
 * Counts every frame settled (`framesEvaluated`, the cost measure).
 */
import type { CameraTable } from "./camera-table.ts";
import { evaluateFrames as evaluateFrames_ } from "./frame-evaluator.ts";
import type { FrameModel } from "./frame-model.ts";
import { type PassPool, SEG_K0 as SEG_K0_, SEG_K1 as SEG_K1_, SEG_VEHICLE as SEG_VEHICLE_ } from "./pass-pool.ts";

// Local copies: module bindings may compile to getters, which hot code should not call.
const SEG_K0 = SEG_K0_;
const SEG_K1 = SEG_K1_;
const SEG_VEHICLE = SEG_VEHICLE_;

// Local copy: module bindings may compile to getters, which hot loops should not call.
const evaluateFrames = evaluateFrames_;

/** Frame evaluation of one camera system. */
export class SegmentEvaluator {
  /** Frames settled so far. */
  framesEvaluated = 0;

  constructor(
    private readonly cams: CameraTable,
    private readonly model: FrameModel,
    private readonly passes: PassPool,
  ) {}

  /** Evaluates frames k0..k1 of the piece record at piece[po ..] seen by camera c into the accumulator at acc[base ..]. */
  piece(c: number, piece: Float64Array, po: number, inVehicle: boolean, k0: number, k1: number, acc: Float64Array, base: number): void {
    evaluateFrames(this.cams, c, this.model, piece, po, inVehicle, k0, k1, acc, base);
    this.framesEvaluated += k1 - k0 + 1;
  }

  /** Evaluates the segment record at g[o ..] (pass-pool.ts SEG_*) seen by camera c into the accumulator at acc[base ..]. */
  segment(c: number, g: Float64Array, o: number, acc: Float64Array, base: number): void {
    const k0 = g[o + SEG_K0];
    const k1 = g[o + SEG_K1];
    evaluateFrames(this.cams, c, this.model, g, o, g[o + SEG_VEHICLE] === 1, k0, k1, acc, base);
    this.framesEvaluated += k1 - k0 + 1;
  }

  /** Evaluates the segments pass `pass` holds, in order, into its accumulator, and drops them. */
  passSegments(pass: number): void {
    const passes = this.passes;
    const c = passes.camera(pass);
    const base = passes.accBase(pass);
    for (let s = passes.firstSegment(pass); s >= 0; s = passes.nextSegment(s))
      this.segment(c, passes.seg, passes.segmentOffset(s), passes.data, base);
    passes.clearSegments(pass);
  }
}
