/**
 * Growable typed arrays: amortised O(1) appends into a Float64Array / Int32Array,
 * the storage behind data columns, graph node and edge tables, and the slot arrays of the
 * spaces and the scheduler.
 */

/** Returns `a` itself when it has room for `needed` elements, else a copy with doubled capacity. */
export function ensureFloat64(a: Float64Array<ArrayBuffer>, needed: number): Float64Array<ArrayBuffer> {
  if (needed <= a.length) return a;
  const b = new Float64Array(Math.max(needed, a.length * 2, 16));
  b.set(a);
  return b;
}

/** Returns `a` itself when it has room for `needed` elements, else a copy with doubled capacity. */
export function ensureInt32(a: Int32Array<ArrayBuffer>, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= a.length) return a;
  const b = new Int32Array(Math.max(needed, a.length * 2, 16));
  b.set(a);
  return b;
}

/** Returns `a` itself when it has room for `needed` elements, else a copy with doubled capacity. */
export function ensureUint8(a: Uint8Array<ArrayBuffer>, needed: number): Uint8Array<ArrayBuffer> {
  if (needed <= a.length) return a;
  const b = new Uint8Array(Math.max(needed, a.length * 2, 16));
  b.set(a);
  return b;
}
