/**
 * The installed cameras and the indexes that find them: per street segment the cameras
 * within range of it (and those whose motion range reaches it), per grid cell the cameras
 * whose range covers it, per house its doorbell. Installing and removing a camera keeps
 * every index in step; the passes of the camera system only read them.
 */
import type { CamerasParams } from "../../../scenario/sections/cameras.ts";
import type { Rng } from "../../../core/index.ts";
import type { CameraView } from "../../simulation-api.ts";
import type { Neighbourhood } from "../neighbourhood.ts";
import { BucketLists } from "./bucket-lists.ts";
import { CameraGrid } from "./camera-grid.ts";
import { type CameraKind, CameraTable } from "./camera-table.ts";

const DEG = Math.PI / 180;
/**
 * Margin (m) of the "can this pass trigger?" test: far wider than the rounding of
 * positions, so a pass that could put a frame within motion range is always seen at once.
 */
export const HOT_DISTANCE_MARGIN = 1e-4;
/** Pieces along a street segment lie on it up to rounding; this much slack (m) covers that. */
const EDGE_SLACK = 1e-3;

/** Options of one installation (defaults from the scenario). */
export interface InstallOptions {
  kind?: CameraKind;
  visible?: boolean;
  /** Cloud upload (a paid plan); default `cameras.cloudUpload`. */
  cloud?: boolean;
}

/** Cameras, their optics (`table`) and the indexes from street segments, cells and houses to them. */
export class CameraRegistry {
  readonly table = new CameraTable();
  readonly grid: CameraGrid;
  /** Cameras within range of each street segment: candidates for pieces that run along it. */
  readonly edgeCams: BucketLists;
  /** Cameras of edgeCams[e] whose motion range (+ margin and EDGE_SLACK) reaches segment e. */
  readonly edgeHotCams: BucketLists;
  readonly edgeCount: number;
  /** Active cameras. */
  active = 0;
  /** (motion range + margin)^2 per camera: the hot test (`segNear`). */
  hot2 = new Float64Array(16);
  /** Per camera: segments it is a candidate for, those it may trigger from, its grid cell rectangle. */
  readonly edges: number[][] = [];
  readonly hotEdges: number[][] = [];
  readonly cells: number[][] = [];
  /** Per camera: the observe stamps it was installed and removed at (trips shown in between are its own). */
  readonly installStamp: number[] = [];
  readonly removeStamp: number[] = [];
  private readonly houseCamera: Int32Array;

  constructor(
    private readonly p: CamerasParams,
    private readonly nb: Neighbourhood,
  ) {
    this.grid = new CameraGrid(nb.width, nb.height, Math.max(p.range, 1));
    this.edgeCount = nb.edgeA.length;
    this.edgeCams = new BucketLists(this.edgeCount);
    this.edgeHotCams = new BucketLists(this.edgeCount);
    this.houseCamera = new Int32Array(nb.householdCount).fill(-1);
  }

  /** Installs a doorbell (at the door, mounting angle jittered by `rng`) or a street camera (front of the lot) on a house. */
  install(house: number, o: InstallOptions, rng: Rng, stamp: number): number {
    const nb = this.nb;
    const p = this.p;
    if (!(house >= 0 && house < nb.householdCount && Number.isInteger(house)))
      throw new RangeError(`cameras.install: ${house} is not a household (0..${nb.householdCount - 1})`);
    const f = nb.houseFacing[house];
    const ux = Math.cos(f);
    const uy = Math.sin(f);
    if ((o.kind ?? "doorbell") === "street") {
      const x = nb.houseStreetX[house] - ux * p.street.setback;
      const y = nb.houseStreetY[house] - uy * p.street.setback;
      return this.add("street", house, x, y, f, o, stamp);
    }
    if (this.houseCamera[house] >= 0)
      throw new Error(`cameras.install: house ${house} already has doorbell camera ${this.houseCamera[house]}; remove it first`);
    const heading = f + rng.uniform(-p.headingJitterDeg, p.headingJitterDeg) * DEG;
    const id = this.add("doorbell", house, nb.houseX[house] - ux * p.doorOffset, nb.houseY[house] - uy * p.doorOffset, heading, o, stamp);
    this.houseCamera[house] = id;
    return id;
  }

  /** Adds a camera at (x, y) looking along `heading` to the table and every index; returns its id. */
  add(kind: CameraKind, house: number, x: number, y: number, heading: number, o: InstallOptions, stamp: number): number {
    const p = this.p;
    const street = kind === "street";
    const cams = this.table;
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
    if (id >= this.hot2.length) {
      const h = new Float64Array(2 * this.hot2.length);
      h.set(this.hot2);
      this.hot2 = h;
    }
    const hotR = Math.sqrt(cams.motion2[id]) + HOT_DISTANCE_MARGIN;
    this.hot2[id] = hotR * hotR;
    const range = cams.range[id];
    this.grid.insert(id, x, y, range);
    const edges: number[] = [];
    const hotEdges: number[] = [];
    for (let e = 0; e < this.edgeCount; e++) {
      const d = this.edgeDistance(e, x, y);
      if (d <= range) {
        this.edgeCams.add(e, id);
        edges.push(e);
        if (d <= hotR + EDGE_SLACK) {
          this.edgeHotCams.add(e, id);
          hotEdges.push(e);
        }
      }
    }
    this.edges[id] = edges;
    this.hotEdges[id] = hotEdges;
    const cells: number[] = [];
    const grid = this.grid;
    for (let r = grid.row(y - range); r <= grid.row(y + range); r++)
      for (let cc = grid.col(x - range); cc <= grid.col(x + range); cc++) cells.push(r * grid.nx + cc);
    this.cells[id] = cells;
    this.installStamp[id] = stamp;
    this.removeStamp[id] = Number.POSITIVE_INFINITY;
    this.active++;
    return id;
  }

  /** Takes camera `id` down (at observe stamp `stamp`): no index lists it any more. */
  remove(id: number, stamp: number): void {
    this.check(id, "remove");
    const cams = this.table;
    if (!cams.active[id]) return;
    cams.active[id] = 0;
    this.grid.remove(id, cams.x[id], cams.y[id], cams.range[id]);
    // Only the segments it was added to list it.
    for (const e of this.edges[id]) this.edgeCams.remove(e, id);
    for (const e of this.hotEdges[id]) this.edgeHotCams.remove(e, id);
    this.removeStamp[id] = stamp;
    const h = cams.house[id];
    if (h >= 0 && this.houseCamera[h] === id) this.houseCamera[h] = -1;
    this.active--;
  }

  /** The doorbell camera of a house, or -1. */
  cameraAt(house: number): number {
    return this.houseCamera[house] ?? -1;
  }

  /** Throws unless `id` is a camera id. */
  check(id: number, where: string): void {
    const n = this.table.count;
    if (!(id >= 0 && id < n && Number.isInteger(id))) throw new RangeError(`cameras.${where}: no camera with id ${id} (0..${n - 1})`);
  }

  /**
   * Whether the piece path[o..o+5] ((t, x, y) to (t, x, y)) comes within camera c's motion
   * range (+ margin). Pieces come as (array, index): doubles passed as arguments to a call
   * that is not inlined are boxed, one heap number each.
   */
  segNear(c: number, path: Float64Array, o: number): boolean {
    const cams = this.table;
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
    return ex * ex + ey * ey <= this.hot2[c];
  }

  /** Every active camera, for the map. */
  views(): CameraView[] {
    const cams = this.table;
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
  }

  /** Distance from (x, y) to street segment e. */
  private edgeDistance(e: number, x: number, y: number): number {
    const nb = this.nb;
    const ax = nb.graph.nodeX(nb.edgeA[e]);
    const ay = nb.graph.nodeY(nb.edgeA[e]);
    const dx = nb.graph.nodeX(nb.edgeB[e]) - ax;
    const dy = nb.graph.nodeY(nb.edgeB[e]) - ay;
    const l2 = dx * dx + dy * dy;
    let f = l2 > 0 ? ((x - ax) * dx + (y - ay) * dy) / l2 : 0;
    f = f < 0 ? 0 : f > 1 ? 1 : f;
    return Math.hypot(ax + f * dx - x, ay + f * dy - y);
  }
}
