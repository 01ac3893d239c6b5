/**
 * Columnar storage of clips and their subjects (growable typed arrays), so a month of
 * footage from thousands of cameras costs tens of bytes per clip. Clips of one camera are
 * appended in time order and never overlap, which makes window queries a binary search.
 */
import type { Clip, ClipState, ClipSubject } from "./camera-events.ts";

/** Numeric clip states, in lifecycle order. */
export const CLIP_RECORDING = 0;
export const CLIP_RECORDED = 1;
export const CLIP_STORED = 2;
export const CLIP_EXPIRED = 3;
const STATE_NAMES: ClipState[] = ["recording", "recorded", "stored", "expired"];

/** All clips, by id 0..count-1. */
export class ClipStore {
  count = 0;
  camera = new Int32Array(64);
  house = new Int32Array(64);
  start = new Float64Array(64);
  end = new Float64Array(64);
  state = new Uint8Array(64);
  shared = new Uint8Array(64);
  subjStart = new Int32Array(64);
  subjCount = new Int32Array(64);
  subjects = 0;
  subjPerson = new Int32Array(256);
  subjFrames = new Int32Array(256);
  subjFace = new Float32Array(256);
  subjConf = new Float32Array(256);
  subjDetected = new Uint8Array(256);
  /** Clip ids per camera, in time order. */
  private byCamera: number[][] = [];

  /** Opens a clip; returns its id. */
  open(camera: number, house: number, start: number, end: number): number {
    if (this.count === this.camera.length) this.growClips();
    const id = this.count++;
    this.camera[id] = camera;
    this.house[id] = house;
    this.start[id] = start;
    this.end[id] = end;
    this.state[id] = CLIP_RECORDING;
    (this.byCamera[camera] ??= []).push(id);
    return id;
  }

  /** Appends one subject of clip `id` (subjects of a clip are appended together, at closing). */
  addSubject(id: number, person: number, frames: number, face: number, conf: number, detected: boolean): void {
    if (this.subjects === this.subjPerson.length) this.growSubjects();
    const j = this.subjects++;
    if (this.subjCount[id] === 0) this.subjStart[id] = j;
    this.subjCount[id]++;
    this.subjPerson[j] = person;
    this.subjFrames[j] = frames;
    this.subjFace[j] = face;
    this.subjConf[j] = conf;
    this.subjDetected[j] = detected ? 1 : 0;
  }

  /** The subjects of clip `id` as objects. */
  subjectsOf(id: number): ClipSubject[] {
    const out: ClipSubject[] = [];
    for (let j = this.subjStart[id], e = j + this.subjCount[id]; j < e; j++) {
      out.push({
        personId: this.subjPerson[j],
        frames: this.subjFrames[j],
        bestFaceQuality: this.subjFace[j],
        bestConfidence: this.subjConf[j],
        detected: this.subjDetected[j] === 1,
      });
    }
    return out;
  }

  /** Clip `id` as an object. */
  get(id: number): Clip {
    if (!(id >= 0 && id < this.count && Number.isInteger(id))) throw new RangeError(`no clip with id ${id} (0..${this.count - 1})`);
    return {
      id,
      cameraId: this.camera[id],
      house: this.house[id],
      start: this.start[id],
      end: this.end[id],
      state: STATE_NAMES[this.state[id]],
      shared: this.shared[id] === 1,
      subjects: this.subjectsOf(id),
    };
  }

  /** Ids of camera `camera`'s clips overlapping [t0, t1] that are in state `state`, in time order. */
  idsInWindow(camera: number, t0: number, t1: number, state: number): number[] {
    const list = this.byCamera[camera];
    const out: number[] = [];
    if (!list) return out;
    let lo = 0;
    let hi = list.length; // first clip with end >= t0
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.end[list[mid]] < t0) lo = mid + 1;
      else hi = mid;
    }
    for (let i = lo; i < list.length && this.start[list[i]] <= t1; i++) if (this.state[list[i]] === state) out.push(list[i]);
    return out;
  }

  private growClips(): void {
    const n = this.camera.length * 2;
    this.camera = copy(this.camera, new Int32Array(n));
    this.house = copy(this.house, new Int32Array(n));
    this.start = copy(this.start, new Float64Array(n));
    this.end = copy(this.end, new Float64Array(n));
    this.state = copy(this.state, new Uint8Array(n));
    this.shared = copy(this.shared, new Uint8Array(n));
    this.subjStart = copy(this.subjStart, new Int32Array(n));
    this.subjCount = copy(this.subjCount, new Int32Array(n));
  }

  private growSubjects(): void {
    const n = this.subjPerson.length * 2;
    this.subjPerson = copy(this.subjPerson, new Int32Array(n));
    this.subjFrames = copy(this.subjFrames, new Int32Array(n));
    this.subjFace = copy(this.subjFace, new Float32Array(n));
    this.subjConf = copy(this.subjConf, new Float32Array(n));
    this.subjDetected = copy(this.subjDetected, new Uint8Array(n));
  }
}

function copy<A extends Int32Array | Float64Array | Float32Array | Uint8Array>(from: A, to: A): A {
  to.set(from as never);
  return to;
}
