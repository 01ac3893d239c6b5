/**
 * Member slots: a few (container, index) field pairs on each agent recording its
 * integer slot in the long-lived containers that hold it (the model's agent sets,
 * grids, spaces), so that membership tests, moves and removals read a field of the
 * agent itself instead of hashing into a `Map`.
 *
 * The pairs are plain fields declared on `Agent` (`_s0o`/`_s0i` ... `_s3o`/`_s3i`), so
 * they sit in the agent object: no extra allocation, no extra pointer to chase. A free
 * pair has owner `null`; an item without the fields (a plain object, a primitive) has
 * `undefined` there. Containers fall back to their own `Map` for such items and when all
 * pairs are taken, so correctness never depends on the pairs. Internal to sim/core.
 */

/** The fields `Agent` declares (owner null and index -1 when free). */
export interface SlotFields {
  _s0o: object | null;
  _s0i: number;
  _s1o: object | null;
  _s1i: number;
  _s2o: object | null;
  _s2i: number;
  _s3o: object | null;
  _s3i: number;
}

/** The index `owner` stored on `item`, or -1 when it stored none there. */
export function getSlot(item: unknown, owner: object): number {
  if (item === null || item === undefined) return -1;
  const a = item as SlotFields;
  if (a._s0o === owner) return a._s0i;
  if (a._s1o === owner) return a._s1i;
  if (a._s2o === owner) return a._s2i;
  if (a._s3o === owner) return a._s3i;
  return -1;
}

/**
 * Records `index` for `owner` on `item` in a free pair (the item must not hold one for
 * `owner` yet). Returns false when the item has no pairs or all are taken.
 */
export function claimSlot(item: unknown, owner: object, index: number): boolean {
  if (item === null || item === undefined) return false;
  const a = item as SlotFields;
  if (a._s0o === null) {
    a._s0o = owner;
    a._s0i = index;
  } else if (a._s1o === null) {
    a._s1o = owner;
    a._s1i = index;
  } else if (a._s2o === null) {
    a._s2o = owner;
    a._s2i = index;
  } else if (a._s3o === null) {
    a._s3o = owner;
    a._s3i = index;
  } else {
    return false; // no pairs (undefined) or all taken
  }
  return true;
}

/** Updates `owner`'s existing pair on `item`; returns false (nothing changed) when it has none. */
export function updateSlot(item: unknown, owner: object, index: number): boolean {
  if (item === null || item === undefined) return false;
  const a = item as SlotFields;
  if (a._s0o === owner) a._s0i = index;
  else if (a._s1o === owner) a._s1i = index;
  else if (a._s2o === owner) a._s2i = index;
  else if (a._s3o === owner) a._s3i = index;
  else return false;
  return true;
}

/** Frees `owner`'s pair on `item`, if any. Returns whether there was one. */
export function clearSlot(item: unknown, owner: object): boolean {
  if (item === null || item === undefined) return false;
  const a = item as SlotFields;
  if (a._s0o === owner) {
    a._s0o = null;
    a._s0i = -1;
  } else if (a._s1o === owner) {
    a._s1o = null;
    a._s1i = -1;
  } else if (a._s2o === owner) {
    a._s2o = null;
    a._s2i = -1;
  } else if (a._s3o === owner) {
    a._s3o = null;
    a._s3i = -1;
  } else {
    return false;
  }
  return true;
}
