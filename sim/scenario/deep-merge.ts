/**
 * Deep merge for `extends:`: maps merge key by key, everything else (lists, numbers,
 * strings, null) in the child replaces the parent's value.
 */

/** True for plain `{}` objects (not arrays, not null). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}

/**
 * `child` merged over `parent`, deeply; neither input is modified.
 *
 * @example
 * deepMerge({ a: { x: 1, y: 2 } }, { a: { y: 3 } }) // { a: { x: 1, y: 3 } }
 */
export function deepMerge(parent: unknown, child: unknown): unknown {
  if (!isPlainObject(parent) || !isPlainObject(child)) return structuredClone(child);
  const out: Record<string, unknown> = structuredClone(parent);
  for (const [k, v] of Object.entries(child)) {
    const merged = Object.hasOwn(out, k) ? deepMerge(out[k], v) : structuredClone(v);
    // defineProperty, not assignment: a key named "__proto__" must stay a plain key.
    Object.defineProperty(out, k, { value: merged, enumerable: true, writable: true, configurable: true });
  }
  return out;
}
