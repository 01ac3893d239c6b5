/**
 * The one walk over a trip's straight pieces that both the observe pass and the lazy
 * rebuild use: which pieces count (those that take time), each piece's start, velocity,
 * heading (the last heading of a moving piece carries over to standing ones) and vehicle
 * flag, and the frames of a piece in a camera's view. The rebuild finds a camera's passes
 * from the trip log long after `observe`; because both read pieces and frame bounds from
 * here, the rebuilt segments are the observed ones to the bit.
 */
import {
  GEO_Q0X as GEO_Q0X_,
  GEO_Q0Y as GEO_Q0Y_,
  GEO_R2 as GEO_R2_,
  GEO_RLX as GEO_RLX_,
  GEO_RLY as GEO_RLY_,
  GEO_RRX as GEO_RRX_,
  GEO_RRY as GEO_RRY_,
  GEO_SIZE,
  GEO_T as GEO_T_,
  GEO_VX as GEO_VX_,
  GEO_VY as GEO_VY_,
  sectorInterval as sectorInterval_,
} from "./fov-geometry.ts";
import type { CameraTable } from "./camera-table.ts";
import { PIECE_SIZE } from "./frame-model.ts";
import {
  SEG_FACE as SEG_FACE_,
  SEG_HX as SEG_HX_,
  SEG_HY as SEG_HY_,
  SEG_K0 as SEG_K0_,
  SEG_K1 as SEG_K1_,
  SEG_T0 as SEG_T0_,
  SEG_VEHICLE as SEG_VEHICLE_,
  SEG_VX as SEG_VX_,
  SEG_VY as SEG_VY_,
  SEG_X0 as SEG_X0_,
  SEG_Y0 as SEG_Y0_,
} from "./pass-pool.ts";

// Local copies: module bindings may compile to getters, which hot code should not call.
const GEO_Q0X = GEO_Q0X_;
const GEO_Q0Y = GEO_Q0Y_;
const GEO_R2 = GEO_R2_;
const GEO_RLX = GEO_RLX_;
const GEO_RLY = GEO_RLY_;
const GEO_RRX = GEO_RRX_;
const GEO_RRY = GEO_RRY_;
const GEO_T = GEO_T_;
const GEO_VX = GEO_VX_;
const GEO_VY = GEO_VY_;
const SEG_FACE = SEG_FACE_;
const SEG_HX = SEG_HX_;
const SEG_HY = SEG_HY_;
const SEG_K0 = SEG_K0_;
const SEG_K1 = SEG_K1_;
const SEG_T0 = SEG_T0_;
const SEG_VEHICLE = SEG_VEHICLE_;
const SEG_VX = SEG_VX_;
const SEG_VY = SEG_VY_;
const SEG_X0 = SEG_X0_;
const SEG_Y0 = SEG_Y0_;

const sectorInterval = sectorInterval_;

/** Tolerance (in frames) for rounding interval bounds to the frame grid. */
export const FRAME_EPS = 1e-6;
// Local copy: V8 reads an exported binding through its module cell, checked for initialisation, on every use.
const EPS = FRAME_EPS;

/** Slots of the cursor's record after the piece record (SEG_T0 .. SEG_FACE): duration, last frame, frames in view. */
const CUR_DURATION = PIECE_SIZE;
const CUR_K_MAX = PIECE_SIZE + 1;
const CUR_K0 = PIECE_SIZE + 2;
const CUR_K1 = PIECE_SIZE + 3;
/** In-view interval of the piece at the camera last tested (offsets from its start, s). */
const CUR_VIEW_LO = PIECE_SIZE + 4;
const CUR_VIEW_HI = PIECE_SIZE + 5;
const CUR_SIZE = PIECE_SIZE + 6;

/**
 * A cursor over the pieces of one trip (n vertices from vertex `first` of its arrays).
 *
 * @example
 * ```ts
 * cur.start(path, edges, vehicles, first, n, faceFactor);
 * while (cur.next()) if (cur.inView(cams, c)) use(cur.k0, cur.k1);
 * ```
 */
export class PieceCursor {
  /**
   * The current piece: a piece record (slots SEG_T0 .. SEG_FACE, as `evaluateFrames` reads
   * it), then the CUR_* slots. Doubles live here, not in fields or arguments, so none is boxed.
   */
  readonly rec = new Float64Array(CUR_SIZE);
  /** Index of the current piece within the trip. */
  i = -1;
  /** Street segment the current piece runs along, -1 off the street. */
  edge = -1;
  /** Whether the current piece is driven. */
  inVehicle = false;
  private path: Float64Array = this.rec;
  private edges: Int32Array | null = null;
  private vehicles: Uint8Array = new Uint8Array(0);
  private first = 0;
  private pieces = 0;
  private readonly interval = new Float64Array(2);
  /** The sector problem of the current piece at the camera being tested (fov-geometry.ts GEO_*). */
  private readonly geo = new Float64Array(GEO_SIZE);

  constructor(private readonly fps: number) {}

  /** Starts at the trip whose n vertices begin at vertex `first` of its arrays; `face` is its face factor. */
  start(path: Float64Array, edges: Int32Array | null, vehicles: Uint8Array, first: number, n: number, face: number): void {
    this.path = path;
    this.edges = edges;
    this.vehicles = vehicles;
    this.first = first;
    this.pieces = n - 1;
    this.i = -1;
    const r = this.rec;
    r[SEG_HX] = 0;
    r[SEG_HY] = 0;
    r[SEG_FACE] = face;
  }

  /** Moves to the next piece that takes time (pieces of zero duration are passed over); false at the end. */
  next(): boolean {
    const path = this.path;
    const r = this.rec;
    const b = 3 * this.first;
    for (let i = this.i + 1; i < this.pieces; i++) {
      const o = b + 3 * i;
      const t0 = path[o];
      const t1 = path[o + 3];
      const T = t1 - t0;
      if (!(T > 0)) continue;
      const x0 = path[o + 1];
      const y0 = path[o + 2];
      const vx = (path[o + 4] - x0) / T;
      const vy = (path[o + 5] - y0) / T;
      const sp = Math.sqrt(vx * vx + vy * vy);
      if (sp > 0) {
        r[SEG_HX] = vx / sp;
        r[SEG_HY] = vy / sp;
      }
      r[SEG_T0] = t0;
      r[SEG_X0] = x0;
      r[SEG_Y0] = y0;
      r[SEG_VX] = vx;
      r[SEG_VY] = vy;
      r[CUR_DURATION] = T;
      r[CUR_K_MAX] = Math.ceil(t1 * this.fps - EPS) - 1; // frames at t < t1 (t1 belongs to the next piece)
      this.i = i;
      this.edge = this.edges !== null ? this.edges[this.first + i] : -1;
      this.inVehicle = this.vehicles[this.first + i] === 1;
      return true;
    }
    this.i = this.pieces;
    return false;
  }

  /** First frame in view (after a true `inView`). */
  get k0(): number {
    return this.rec[CUR_K0];
  }

  /** Last frame in view (after a true `inView`). */
  get k1(): number {
    return this.rec[CUR_K1];
  }

  /** Start of the in-view interval, offset from the piece's start (s; after a true `inView`). */
  get viewLo(): number {
    return this.rec[CUR_VIEW_LO];
  }

  /** End of the in-view interval (see `viewLo`). */
  get viewHi(): number {
    return this.rec[CUR_VIEW_HI];
  }

  /** Offset in the trip's path array of the current piece's first t (its (t, x, y) to (t, x, y) from there). */
  get offset(): number {
    return 3 * (this.first + this.i);
  }

  /** The trip's vertex array (read with `offset`). */
  get pathArray(): Float64Array {
    return this.path;
  }

  /**
   * Whether the current piece has frames in camera c's view; if so, writes them (CUR_K0 ..
   * CUR_K1, at most CUR_K_MAX) and the in-view interval (CUR_VIEW_LO, CUR_VIEW_HI).
   */
  inView(cams: CameraTable, c: number): boolean {
    const r = this.rec;
    const iv = this.interval;
    const g = this.geo;
    const t0 = r[SEG_T0];
    g[GEO_Q0X] = r[SEG_X0] - cams.x[c];
    g[GEO_Q0Y] = r[SEG_Y0] - cams.y[c];
    g[GEO_VX] = r[SEG_VX];
    g[GEO_VY] = r[SEG_VY];
    g[GEO_T] = r[CUR_DURATION];
    g[GEO_R2] = cams.range2[c];
    g[GEO_RRX] = cams.rRx[c];
    g[GEO_RRY] = cams.rRy[c];
    g[GEO_RLX] = cams.rLx[c];
    g[GEO_RLY] = cams.rLy[c];
    if (!sectorInterval(g, iv)) return false;
    const fps = this.fps;
    const k0 = Math.ceil((t0 + iv[0]) * fps - EPS);
    let k1 = Math.floor((t0 + iv[1]) * fps + EPS);
    const kMax = r[CUR_K_MAX];
    if (k1 > kMax) k1 = kMax;
    if (k1 < k0) return false;
    r[CUR_K0] = k0;
    r[CUR_K1] = k1;
    r[CUR_VIEW_LO] = iv[0];
    r[CUR_VIEW_HI] = iv[1];
    return true;
  }

  /** Writes the current piece's frames in view (after a true `inView`) as a segment record at g[o ..]. */
  writeSegment(g: Float64Array, o: number): void {
    const r = this.rec;
    g[o + SEG_T0] = r[SEG_T0];
    g[o + SEG_X0] = r[SEG_X0];
    g[o + SEG_Y0] = r[SEG_Y0];
    g[o + SEG_VX] = r[SEG_VX];
    g[o + SEG_VY] = r[SEG_VY];
    g[o + SEG_HX] = r[SEG_HX];
    g[o + SEG_HY] = r[SEG_HY];
    g[o + SEG_FACE] = r[SEG_FACE];
    g[o + SEG_VEHICLE] = this.inVehicle ? 1 : 0;
    g[o + SEG_K0] = r[CUR_K0];
    g[o + SEG_K1] = r[CUR_K1];
  }
}
