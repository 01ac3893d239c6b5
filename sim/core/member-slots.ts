/**
 * Member slots: a small table on each agent recording its integer slot in up to four
 * of the long-lived containers that hold it (the model's agent sets, grids, spaces), so
 * that membership tests, moves and removals read a field instead of hashing into a `Map`.
 *
 * The table is one `SlotTable` object per agent (`agent._slots`) with four
 * (owner, index) field pairs; a free pair has owner `null`. Every table has the same
 * shape whatever the agent's class, so the reads and writes below stay monomorphic in a
 * process that runs many agent classes (fields on the agents themselves would not).
 * Containers fall back to their own `Map` for items without a table (plain objects,
 * primitives) and when all pairs are taken, so correctness never depends on the table.
 * Internal to sim/core.
 */

/** Four (owner, index) pairs; owner null and index -1 when free. */
export class SlotTable {
  o0: object | null = null;
  i0 = -1;
  o1: object | null = null;
  i1 = -1;
  o2: object | null = null;
  i2 = -1;
  o3: object | null = null;
  i3 = -1;
}

/** An item that may carry a slot table (every `Agent` does). */
interface Slotted {
  _slots?: unknown;
}

function tableOf(item: unknown): SlotTable | undefined {
  if (item === null || item === undefined) return undefined;
  const t = (item as Slotted)._slots;
  return t instanceof SlotTable ? t : undefined;
}

/** The index `owner` stored on `item`, or -1 when it stored none there. */
export function getSlot(item: unknown, owner: object): number {
  const t = tableOf(item);
  if (t === undefined) return -1;
  if (t.o0 === owner) return t.i0;
  if (t.o1 === owner) return t.i1;
  if (t.o2 === owner) return t.i2;
  if (t.o3 === owner) return t.i3;
  return -1;
}

/**
 * Records `index` for `owner` on `item` in a free pair (the item must not hold one for
 * `owner` yet). Returns false when the item has no table or all pairs are taken.
 */
export function claimSlot(item: unknown, owner: object, index: number): boolean {
  const t = tableOf(item);
  if (t === undefined) return false;
  if (t.o0 === null) {
    t.o0 = owner;
    t.i0 = index;
  } else if (t.o1 === null) {
    t.o1 = owner;
    t.i1 = index;
  } else if (t.o2 === null) {
    t.o2 = owner;
    t.i2 = index;
  } else if (t.o3 === null) {
    t.o3 = owner;
    t.i3 = index;
  } else {
    return false;
  }
  return true;
}

/** Updates `owner`'s existing pair on `item`; returns false (nothing changed) when it has none. */
export function updateSlot(item: unknown, owner: object, index: number): boolean {
  const t = tableOf(item);
  if (t === undefined) return false;
  if (t.o0 === owner) t.i0 = index;
  else if (t.o1 === owner) t.i1 = index;
  else if (t.o2 === owner) t.i2 = index;
  else if (t.o3 === owner) t.i3 = index;
  else return false;
  return true;
}

/** Frees `owner`'s pair on `item`, if any. Returns whether there was one. */
export function clearSlot(item: unknown, owner: object): boolean {
  const t = tableOf(item);
  if (t === undefined) return false;
  if (t.o0 === owner) {
    t.o0 = null;
    t.i0 = -1;
  } else if (t.o1 === owner) {
    t.o1 = null;
    t.i1 = -1;
  } else if (t.o2 === owner) {
    t.o2 = null;
    t.i2 = -1;
  } else if (t.o3 === owner) {
    t.o3 = null;
    t.i3 = -1;
  } else {
    return false;
  }
  return true;
}

/**
 * One container's item -> index record: on the item's slot table when it has a free
 * pair (this object is the owner), otherwise in a Map made on first need.
 */
export class SlotIndex<T> {
  private map: Map<T, number> | undefined;

  /** The index recorded for `item`, or -1. */
  get(item: T): number {
    const s = getSlot(item, this);
    if (s >= 0) return s;
    const m = this.map;
    if (m === undefined) return -1;
    const f = m.get(item);
    return f === undefined ? -1 : f;
  }

  /** Records `index` for an item that has no record yet. */
  add(item: T, index: number): void {
    if (!claimSlot(item, this, index)) (this.map ??= new Map()).set(item, index);
  }

  /** Changes the index of an item that has a record. */
  update(item: T, index: number): void {
    if (!updateSlot(item, this, index)) (this.map as Map<T, number>).set(item, index);
  }

  /** Drops an item's record, if any. */
  delete(item: T): void {
    if (!clearSlot(item, this)) this.map?.delete(item);
  }
}
