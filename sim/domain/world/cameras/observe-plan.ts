/**
 * Pass 1 of `observe`, the plan: logs every piece of a trip that some camera has among its
 * candidates (under its street segment, or under the grid cells it crosses off the street)
 * and finds the cameras the trip may trigger ("hot": some candidate piece comes within
 * motion range + margin). Hot cameras see the trip at once (observe-pass.ts); every other
 * camera that has it in view finds it in the trip log when one of its clips closes
 * (lazy-rebuild.ts). A trip over camera-free streets is not logged at all, and a camera
 * installed later ignores trips shown before it.
 */
import type { CameraMarks } from "./camera-marks.ts";
import type { CameraRegistry } from "./camera-registry.ts";
import type { TripLog } from "./trip-log.ts";

/** The plan pass of one camera system. */
export class ObservePlan {
  /** Trip-log sequence number of the trip last planned, -1 when it was not logged. */
  seq = -1;

  constructor(
    private readonly reg: CameraRegistry,
    private readonly log: TripLog,
    private readonly marks: CameraMarks,
  ) {}

  /**
   * Logs the trip whose n vertices start at vertex `first` of its arrays and marks, with
   * observe stamp `stamp`, the cameras it may trigger; returns how many it may trigger.
   */
  run(
    personId: number,
    path: Float64Array,
    pieceEdge: Int32Array | null,
    vehicle: Uint8Array,
    first: number,
    n: number,
    faceFactor: number,
    stamp: number,
  ): number {
    const reg = this.reg;
    const log = this.log;
    const marks = this.marks;
    const grid = reg.grid;
    reg.edgeCams.pack();
    reg.edgeHotCams.pack();
    grid.cells.pack();
    const edgeStart = reg.edgeCams.start;
    const hotStart = reg.edgeHotCams.start;
    const hotIds = reg.edgeHotCams.ids;
    const cellStart = grid.cells.start;
    const cellIds = grid.cells.ids;
    const edgeCount = reg.edgeCount;
    const hotMark = marks.hot;
    const pieceMark = marks.piece;
    const b = 3 * first;
    const pieces = n - 1;
    let seq = -1;
    let nHot = 0;
    for (let i = 0; i < pieces; i++) {
      const e = pieceEdge ? pieceEdge[first + i] : -1;
      if (e >= 0 && edgeStart[e + 1] === edgeStart[e]) continue; // a street no camera covers: not even read
      if (!(path[b + 3 * i + 3] - path[b + 3 * i] > 0)) continue;
      if (e >= 0) {
        if (seq < 0) seq = log.add(path, pieceEdge, vehicle, first, n, personId, faceFactor, stamp);
        log.logPiece(e, path, b + 3 * i, seq);
        for (let j = hotStart[e], end = hotStart[e + 1]; j < end; j++) {
          const c = hotIds[j];
          if (hotMark[c] !== stamp && reg.segNear(c, path, b + 3 * i)) {
            hotMark[c] = stamp;
            log.addHot(seq, c);
            nHot++;
          }
        }
        continue;
      }
      const x0 = path[b + 3 * i + 1];
      const y0 = path[b + 3 * i + 2];
      const x1 = path[b + 3 * i + 4];
      const y1 = path[b + 3 * i + 5];
      const ps = ++marks.pieceStamp;
      const c0 = grid.col(Math.min(x0, x1));
      const c1 = grid.col(Math.max(x0, x1));
      const r0 = grid.row(Math.min(y0, y1));
      const r1 = grid.row(Math.max(y0, y1));
      for (let r = r0; r <= r1; r++) {
        for (let cc = c0; cc <= c1; cc++) {
          const cell = r * grid.nx + cc;
          if (cellStart[cell + 1] === cellStart[cell]) continue;
          if (seq < 0) seq = log.add(path, pieceEdge, vehicle, first, n, personId, faceFactor, stamp);
          log.logPiece(edgeCount + cell, path, b + 3 * i, seq);
          for (let j = cellStart[cell], end = cellStart[cell + 1]; j < end; j++) {
            const c = cellIds[j];
            if (pieceMark[c] === ps) continue;
            pieceMark[c] = ps;
            if (hotMark[c] !== stamp && reg.segNear(c, path, b + 3 * i)) {
              hotMark[c] = stamp;
              log.addHot(seq, c);
              nHot++;
            }
          }
        }
      }
    }
    this.seq = seq;
    return nHot;
  }
}
