/**
 * A stable ordering of numeric keys in linear time: how a day's trips are put in order of
 * departure, ties kept in the order they were planned (results depend on that order).
 */

/**
 * Indices 0..n-1 of `key` ordered by key, ties by index: what a stable sort gives, in
 * linear time for spread-out keys. A counting sort into about one bucket per element by a
 * monotone map of the key (order-preserving, so ties stay in index order), then insertion
 * sort within each bucket on the exact key (strict <, so stable). Keys must be finite.
 */
export function stableOrder(key: Float64Array): Int32Array {
  const n = key.length;
  const out = new Int32Array(n);
  if (n === 0) return out;
  let lo = Infinity;
  let hi = -Infinity;
  for (let i = 0; i < n; i++) {
    if (key[i] < lo) lo = key[i];
    if (key[i] > hi) hi = key[i];
  }
  const buckets = n;
  const scale = hi > lo ? (buckets - 1) / (hi - lo) : 0;
  const count = new Int32Array(buckets + 1);
  const bucket = new Int32Array(n);
  for (let i = 0; i < n; i++) {
    const b = Math.floor((key[i] - lo) * scale);
    bucket[i] = b;
    count[b + 1]++;
  }
  for (let b = 0; b < buckets; b++) count[b + 1] += count[b];
  for (let i = 0; i < n; i++) out[count[bucket[i]]++] = i;
  // Buckets are now consecutive runs in index order; sort each run by key, stably.
  for (let s = 1; s < n; s++) {
    const v = out[s];
    const kv = key[v];
    let j = s - 1;
    while (j >= 0 && kv < key[out[j]]) {
      out[j + 1] = out[j];
      j--;
    }
    out[j + 1] = v;
  }
  return out;
}
