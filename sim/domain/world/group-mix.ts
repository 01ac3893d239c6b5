/**
 * The demographic mix: group names with normalised shares, and a draw from it. Group
 * names are short keys ("a", "b", "c"); what they stand for is documented in the scenario.
 */
import type { Rng } from "../../core/index.ts";

/** Group names, their normalised shares, and a weighted draw of a group index. */
export interface GroupMix {
  readonly names: string[];
  readonly shares: Float64Array;
  draw(rng: Rng): number;
}

/** Most groups a mix may have (group indices are stored in Uint8Arrays). */
export const MAX_GROUPS = 255;

/**
 * Builds a mix from a name -> weight map (weights need not sum to 1).
 *
 * @example
 * ```ts
 * const mix = createGroupMix({ a: 3, b: 1 }); // shares 0.75, 0.25
 * mix.draw(rng);                              // 0 or 1
 * ```
 */
export function createGroupMix(weights: Record<string, number>): GroupMix {
  const names = Object.keys(weights);
  if (names.length === 0) throw new Error("neighbourhood.groups is empty: give at least one group, e.g. { a: 1 }");
  if (names.length > MAX_GROUPS) throw new Error(`neighbourhood.groups has ${names.length} groups; at most ${MAX_GROUPS}`);
  let total = 0;
  for (const n of names) total += weights[n];
  if (!(total > 0)) throw new Error("neighbourhood.groups: the shares add up to 0; give at least one positive share");
  const shares = new Float64Array(names.map((n) => weights[n] / total));
  return { names, shares, draw: (rng) => rng.weightedIndex(shares) };
}
