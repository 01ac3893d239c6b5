/**
 * Per-camera marks the observe passes share: the stamp of the trip being observed (which
 * cameras it may trigger) and of the piece being walked (so a camera listed in several grid
 * cells of one piece is seen once). Counting stamps instead of clearing flags keeps each
 * trip's cost to the cameras it meets.
 */
import { ensureInt32 } from "../../../core/index.ts";

/** Stamps per camera and the running stamp counters. */
export class CameraMarks {
  /** Stamp of the piece that last met each camera. */
  piece = new Int32Array(16);
  /** Stamp of the trip that last found each camera hot (it may trigger it). */
  hot = new Int32Array(16);
  /** Last piece stamp handed out. */
  pieceStamp = 0;
  /** Last observe stamp handed out (one per trip shown). */
  observeStamp = 0;

  /** Makes room for camera ids below n. */
  ensure(n: number): void {
    if (n <= this.piece.length) return;
    this.piece = ensureInt32(this.piece, n);
    this.hot = ensureInt32(this.hot, n);
  }
}
