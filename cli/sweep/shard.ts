/**
 * `--shard i/n`: which runs of a sweep this process runs. Runs are dealt round-robin:
 * run `r` belongs to shard `(r % n) + 1`. Because runs are numbered cell-major, dealing
 * (rather than cutting contiguous blocks) gives every shard a similar mix of cells, so
 * shards take similar time even when some parameter values make runs slower.
 */
import { CliError } from "../cli-error.ts";
import { EXIT } from "../exit-codes.ts";

/** Most shards a sweep may be cut into (a job array larger than this is a typo). */
export const MAX_SHARDS = 100_000;

/** Shard `index` (1-based) of `count`. */
export interface Shard {
  index: number;
  count: number;
}

/**
 * @example
 * ```ts
 * parseShard("2/8"); // { index: 2, count: 8 }
 * ```
 */
export function parseShard(text: string): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  const index = m ? Number(m[1]) : NaN;
  const count = m ? Number(m[2]) : NaN;
  if (!m || count < 1 || index < 1 || index > count || count > MAX_SHARDS) {
    throw new CliError(`--shard expects i/n with 1 <= i <= n <= ${MAX_SHARDS} (e.g. --shard 2/8), got "${text}"`, EXIT.usage);
  }
  return { index, count };
}

/**
 * The runs of a plan of `total` runs that `shard` holds, as an arithmetic sequence
 * (`from`, `from + step`, ... below `total`) and their count, without listing them.
 *
 * @example
 * ```ts
 * shardRuns(10, { index: 2, count: 4 }); // { from: 1, step: 4, count: 3 }  (runs 1, 5, 9)
 * ```
 */
export function shardRuns(total: number, shard: Shard | null): { from: number; step: number; count: number } {
  if (shard === null) return { from: 0, step: 1, count: total };
  const from = shard.index - 1;
  return { from, step: shard.count, count: Math.max(0, Math.ceil((total - from) / shard.count)) };
}

/** Whether run `runIndex` belongs to `shard` (every run belongs when there is no shard). */
export function inShard(runIndex: number, shard: Shard | null): boolean {
  return shard === null || runIndex % shard.count === shard.index - 1;
}
