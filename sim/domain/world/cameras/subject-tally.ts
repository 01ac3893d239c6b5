/**
 * The people in one closing clip, tallied from the passes that overlap it: frames in the
 * clip, best face (if its frame is in the clip), best detection confidence, detected or
 * not. A clip has a handful of subjects, so a small list searched linearly beats a map,
 * and the scratch arrays are reused from clip to clip (nothing is allocated per clip).
 */
import {
  ACC_BEST_CONF as ACC_BEST_CONF_,
  ACC_BEST_FACE as ACC_BEST_FACE_,
  ACC_BEST_FACE_FRAME as ACC_BEST_FACE_FRAME_,
  ACC_DET_FIRST as ACC_DET_FIRST_,
  ACC_DET_LAST as ACC_DET_LAST_,
} from "./frame-model.ts";
import { ensureFloat64, ensureInt32 } from "../../../core/index.ts";
import type { ClipStore } from "./clip-store.ts";

// Local copies: module bindings may compile to getters.
const ACC_BEST_CONF = ACC_BEST_CONF_;
const ACC_BEST_FACE = ACC_BEST_FACE_;
const ACC_BEST_FACE_FRAME = ACC_BEST_FACE_FRAME_;
const ACC_DET_FIRST = ACC_DET_FIRST_;
const ACC_DET_LAST = ACC_DET_LAST_;

/** Slots per subject: frames, best face, best confidence, detected (0/1). */
const S_FRAMES = 0;
const S_FACE = 1;
const S_CONF = 2;
const S_DETECTED = 3;
const STRIDE = 4;

/** Subjects of the clip being closed. */
export class SubjectTally {
  private persons = new Int32Array(8);
  private values = new Float64Array(8 * STRIDE);
  private n = 0;

  /** Starts a new clip. */
  reset(): void {
    this.n = 0;
  }

  /**
   * Adds a pass of `person` with `overlap` frames in the clip's frames csK..ceK, its
   * accumulator at `acc[base ..]`.
   */
  add(person: number, overlap: number, acc: Float64Array, base: number, csK: number, ceK: number): void {
    let i = 0;
    while (i < this.n && this.persons[i] !== person) i++;
    if (i === this.n) {
      this.persons = ensureInt32(this.persons, i + 1);
      this.values = ensureFloat64(this.values, STRIDE * (i + 1));
      this.persons[i] = person;
      this.values.fill(0, STRIDE * i, STRIDE * (i + 1));
      this.n++;
    }
    const v = this.values;
    const o = STRIDE * i;
    v[o + S_FRAMES] += overlap;
    const bf = acc[base + ACC_BEST_FACE_FRAME];
    const face = acc[base + ACC_BEST_FACE];
    if (bf >= csK && bf <= ceK && face > v[o + S_FACE]) v[o + S_FACE] = face;
    const conf = acc[base + ACC_BEST_CONF];
    if (conf > v[o + S_CONF]) v[o + S_CONF] = conf;
    const d0 = acc[base + ACC_DET_FIRST];
    if (d0 >= 0 && d0 <= ceK && acc[base + ACC_DET_LAST] >= csK) v[o + S_DETECTED] = 1;
  }

  /** Writes the subjects to clip `clip` of the store, by person id. */
  writeTo(store: ClipStore, clip: number): void {
    this.sortByPerson();
    const v = this.values;
    for (let i = 0; i < this.n; i++) {
      const o = STRIDE * i;
      store.addSubject(clip, this.persons[i], v[o + S_FRAMES], v[o + S_FACE], v[o + S_CONF], v[o + S_DETECTED] === 1);
    }
  }

  /** Insertion sort of the (few) subjects by person id, values alongside. */
  private sortByPerson(): void {
    const p = this.persons;
    const v = this.values;
    for (let i = 1; i < this.n; i++) {
      const person = p[i];
      const f = v[STRIDE * i];
      const face = v[STRIDE * i + 1];
      const conf = v[STRIDE * i + 2];
      const det = v[STRIDE * i + 3];
      let j = i - 1;
      while (j >= 0 && p[j] > person) {
        p[j + 1] = p[j];
        v.copyWithin(STRIDE * (j + 1), STRIDE * j, STRIDE * (j + 1));
        j--;
      }
      p[j + 1] = person;
      v[STRIDE * (j + 1)] = f;
      v[STRIDE * (j + 1) + 1] = face;
      v[STRIDE * (j + 1) + 2] = conf;
      v[STRIDE * (j + 1) + 3] = det;
    }
  }
}
