/**
 * Replications until precise: how far the next batch of replications should go. Each
 * open question (an interval still too wide) says how many replications its observed
 * variance calls for; the next batch goes to the largest of them, but at least a quarter
 * more than now (so a batch is worth starting) and at most twice as many (a variance from
 * few runs is itself uncertain), never above the maximum. The rule depends only on the
 * runs' results, so the same comparison ends at the same count on any number of workers.
 */

/**
 * Replications for an interval of half-width `halfWidth` from `n` runs to shrink to
 * `wanted`: n x (halfWidth / wanted)^2, rounded up (the half-width falls as 1/sqrt(n)).
 * Infinity when it cannot tell (no spread measured, or nothing wanted).
 *
 * @example
 * ```ts
 * replicationsFor(10, 2, 1); // 40
 * ```
 */
export function replicationsFor(n: number, halfWidth: number, wanted: number): number {
  if (!(n >= 2 && halfWidth >= 0 && wanted > 0 && Number.isFinite(halfWidth))) return Infinity;
  return Math.max(2, Math.ceil(n * (halfWidth / wanted) ** 2));
}

/**
 * The replications the next batch should reach; `current` when nothing is open or the
 * maximum is reached.
 *
 * @example
 * ```ts
 * nextReplications(10, [55], 100); // 20 (at most twice as many)
 * nextReplications(10, [], 100);   // 10 (nothing open: stop)
 * ```
 */
export function nextReplications(current: number, needed: readonly number[], max: number): number {
  if (needed.length === 0 || current >= max) return current;
  const want = Math.max(...needed);
  return Math.min(max, Math.max(current + Math.ceil(current / 4), Math.min(2 * current, want)));
}
