/**
 * Camera state in growable typed arrays (struct of arrays): position, heading, the two
 * field-of-view edge rays, squared ranges and the optical constants the frame loop reads.
 * A camera id is its row; removed cameras keep their row with `active = 0`.
 */

/** The kinds of camera: a doorbell on a front door, or a street (pole) camera. */
export type CameraKind = "doorbell" | "street";

/** Optics of one camera, as installed. */
export interface CameraOptics {
  kind: CameraKind;
  house: number;
  x: number;
  y: number;
  /** Radians, 0 = +x. */
  heading: number;
  /** Full horizontal field of view, radians (at most pi). */
  fov: number;
  range: number;
  motionRange: number;
  irRange: number;
  /** Horizontal pixels across the field of view. */
  resolutionPx: number;
  visible: boolean;
  cloud: boolean;
}

const COLUMNS = ["x", "y", "heading", "fov", "range", "rRx", "rRy", "rLx", "rLy", "range2", "motion2", "ir2", "pxPerRad"] as const;
type Column = (typeof COLUMNS)[number];

/** Rows of cameras. */
export class CameraTable {
  count = 0;
  x = new Float64Array(16);
  y = new Float64Array(16);
  heading = new Float64Array(16);
  fov = new Float64Array(16);
  range = new Float64Array(16);
  /** Right (heading - fov/2) and left (heading + fov/2) edge rays. */
  rRx = new Float64Array(16);
  rRy = new Float64Array(16);
  rLx = new Float64Array(16);
  rLy = new Float64Array(16);
  range2 = new Float64Array(16);
  motion2 = new Float64Array(16);
  ir2 = new Float64Array(16);
  pxPerRad = new Float64Array(16);
  house = new Int32Array(16);
  kind = new Uint8Array(16);
  visible = new Uint8Array(16);
  cloud = new Uint8Array(16);
  active = new Uint8Array(16);

  /** Appends a camera; returns its id. */
  add(o: CameraOptics): number {
    if (this.count === this.x.length) this.grow(this.count * 2);
    const c = this.count++;
    const half = o.fov / 2;
    this.x[c] = o.x;
    this.y[c] = o.y;
    this.heading[c] = o.heading;
    this.fov[c] = o.fov;
    this.range[c] = o.range;
    this.rRx[c] = Math.cos(o.heading - half);
    this.rRy[c] = Math.sin(o.heading - half);
    this.rLx[c] = Math.cos(o.heading + half);
    this.rLy[c] = Math.sin(o.heading + half);
    this.range2[c] = o.range * o.range;
    this.motion2[c] = o.motionRange * o.motionRange;
    this.ir2[c] = o.irRange * o.irRange;
    this.pxPerRad[c] = o.resolutionPx / o.fov;
    this.house[c] = o.house;
    this.kind[c] = o.kind === "street" ? 1 : 0;
    this.visible[c] = o.visible ? 1 : 0;
    this.cloud[c] = o.cloud ? 1 : 0;
    this.active[c] = 1;
    return c;
  }

  private grow(n: number): void {
    for (const k of COLUMNS) {
      const a = new Float64Array(n);
      a.set(this[k as Column]);
      this[k as Column] = a;
    }
    const h = new Int32Array(n);
    h.set(this.house);
    this.house = h;
    for (const k of ["kind", "visible", "cloud", "active"] as const) {
      const a = new Uint8Array(n);
      a.set(this[k]);
      this[k] = a;
    }
  }
}
