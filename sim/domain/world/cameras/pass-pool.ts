/**
 * Storage of "passes" — one contiguous run of in-view frames of one person at one camera —
 * in a single growable Float64Array with a free list, so watching a month of traffic
 * allocates no per-pass objects. A pass is referenced by its camera's pending list and,
 * if it triggered motion, by the trigger queue; it is recycled when both let go.
 */
import { ACC_SIZE, resetAccumulator } from "./frame-evaluator.ts";

/** Field offsets within a pass record. */
export const PASS_CAM = 0;
export const PASS_PERSON = 1;
export const PASS_K_FIRST = 2;
export const PASS_K_LAST = 3;
export const PASS_REFS = 4;
/** The frame accumulator (see frame-evaluator.ts) starts here. */
export const PASS_ACC = 5;
const STRIDE = PASS_ACC + ACC_SIZE;

/** A pool of pass records; a pass id times `stride` is its offset in `data`. */
export class PassPool {
  readonly stride = STRIDE;
  data = new Float64Array(STRIDE * 256);
  private free: number[] = [];
  private next = 0;

  /** A fresh pass (accumulator reset, no references). */
  alloc(cam: number, person: number, kFirst: number): number {
    let id: number;
    if (this.free.length > 0) id = this.free.pop() as number;
    else {
      id = this.next++;
      if ((id + 1) * STRIDE > this.data.length) {
        const d = new Float64Array(this.data.length * 2);
        d.set(this.data);
        this.data = d;
      }
    }
    const b = id * STRIDE;
    const d = this.data;
    d[b + PASS_CAM] = cam;
    d[b + PASS_PERSON] = person;
    d[b + PASS_K_FIRST] = kFirst;
    d[b + PASS_K_LAST] = kFirst - 1;
    d[b + PASS_REFS] = 0;
    resetAccumulator(d, b + PASS_ACC);
    return id;
  }

  /** Adds a reference. */
  retain(id: number): void {
    this.data[id * STRIDE + PASS_REFS]++;
  }

  /** Drops a reference; the pass is recycled at zero. */
  release(id: number): void {
    if (--this.data[id * STRIDE + PASS_REFS] <= 0) this.free.push(id);
  }

  /** Value of field `f` (a PASS_* or PASS_ACC + ACC_* offset) of pass `id`. */
  get(id: number, f: number): number {
    return this.data[id * STRIDE + f];
  }
}
