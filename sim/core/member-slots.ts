/**
 * Member slots: a small inline table on each agent recording its integer index in the
 * long-lived containers that hold it (the model's agent sets, grids, spaces), so that
 * membership tests, moves and removals read a field instead of hashing into a `Map`.
 *
 * The table is `agent._slots = [owner0, index0, owner1, index1, ...]`, at most
 * `MAX_PAIRS` pairs; a freed pair has owner `null`. Containers fall back to their own
 * `Map` for items without a table (plain objects, primitives) or whose table is full,
 * so correctness never depends on the table. Internal to sim/core.
 */

/** Pairs per item; a container beyond this falls back to its Map. */
const MAX_PAIRS = 6;

/** An item that may carry a slot table (every `Agent` does). */
export interface Slotted {
  _slots?: unknown[];
}

/** The index `owner` stored on `item`, or -1 when it stored none there. */
export function getSlot(item: unknown, owner: object): number {
  if (item === null || item === undefined) return -1;
  const t = (item as Slotted)._slots;
  if (!Array.isArray(t)) return -1;
  for (let i = 0; i < t.length; i += 2) if (t[i] === owner) return t[i + 1] as number;
  return -1;
}

/**
 * Records `index` for `owner` on `item` in a free pair (the item must not hold one for
 * `owner` yet). Returns false when the item has no table or the table is full.
 */
export function claimSlot(item: unknown, owner: object, index: number): boolean {
  if (item === null || item === undefined) return false;
  const t = (item as Slotted)._slots;
  if (!Array.isArray(t)) return false;
  for (let i = 0; i < t.length; i += 2) {
    if (t[i] === null) {
      t[i] = owner;
      t[i + 1] = index;
      return true;
    }
  }
  if (t.length >= MAX_PAIRS * 2) return false;
  t.push(owner, index);
  return true;
}

/** Updates `owner`'s existing pair on `item`; returns false (nothing changed) when it has none. */
export function updateSlot(item: unknown, owner: object, index: number): boolean {
  if (item === null || item === undefined) return false;
  const t = (item as Slotted)._slots;
  if (!Array.isArray(t)) return false;
  for (let i = 0; i < t.length; i += 2) {
    if (t[i] === owner) {
      t[i + 1] = index;
      return true;
    }
  }
  return false;
}

/** Frees `owner`'s pair on `item`, if any. Returns whether there was one. */
export function clearSlot(item: unknown, owner: object): boolean {
  if (item === null || item === undefined) return false;
  const t = (item as Slotted)._slots;
  if (!Array.isArray(t)) return false;
  for (let i = 0; i < t.length; i += 2) {
    if (t[i] === owner) {
      t[i] = null;
      t[i + 1] = -1;
      return true;
    }
  }
  return false;
}
