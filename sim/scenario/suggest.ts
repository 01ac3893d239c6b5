/**
 * "Did you mean ...?": the closest valid name to a misspelt one, by edit distance.
 */

/** Levenshtein edit distance (insertions, deletions, substitutions), case-insensitive. */
export function editDistance(a: string, b: string): number {
  const s = a.toLowerCase();
  const t = b.toLowerCase();
  let prev = Array.from({ length: t.length + 1 }, (_, j) => j);
  for (let i = 1; i <= s.length; i++) {
    const cur = [i];
    for (let j = 1; j <= t.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (s[i - 1] === t[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[t.length];
}

/**
 * The candidate closest to `name`, or undefined when none is plausibly meant: the
 * shortest candidate that `name` is a prefix of (3+ characters), else the one at the
 * smallest edit distance if that is at most a third of the longer name (2 edits at least),
 * else the candidate whose beginning is within a quarter of `name`'s length in edits.
 *
 * @example
 * closestName("adopton", ["adoption", "seed"]) // "adoption"
 */
export function closestName(name: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates];
  // A clear abbreviation ("portal" for "portal-partnership") beats edit distance.
  const lower = name.toLowerCase();
  const prefixed = list.filter((c) => c.toLowerCase().startsWith(lower) && c.length > name.length);
  if (name.length >= 3 && prefixed.length > 0) return prefixed.sort((a, b) => a.length - b.length)[0];
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of list) {
    const d = editDistance(name, c);
    if (d < bestD) {
      best = c;
      bestD = d;
    }
  }
  if (best === undefined) return undefined;
  const allowed = Math.max(2, Math.floor(Math.max(name.length, best.length) / 3));
  if (bestD <= allowed) return best;
  return closestByPrefix(name, list);
}

/** A misspelt abbreviation ("portl" for "portal-partnership"): the candidate whose start is closest. */
function closestByPrefix(name: string, list: readonly string[]): string | undefined {
  if (name.length < 4) return undefined;
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of list) {
    if (c.length <= name.length) continue;
    const d = Math.min(editDistance(name, c.slice(0, name.length)), editDistance(name, c.slice(0, name.length + 1)));
    if (d < bestD || (d === bestD && best !== undefined && c.length < best.length)) {
      best = c;
      bestD = d;
    }
  }
  return bestD <= Math.max(1, Math.floor(name.length / 4)) ? best : undefined;
}
