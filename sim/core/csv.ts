/**
 * CSV formatting helpers (RFC 4180 quoting) shared by the data exports.
 */

/**
 * Quotes a CSV field when it contains a comma, a double quote or a line break
 * (doubling inner quotes); leaves it as is otherwise.
 *
 * @example
 * ```ts
 * csvField('say "hi", then go'); // '"say ""hi"", then go"'
 * ```
 */
export function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** A number as a CSV field: shortest round-trip form; NaN becomes the empty field. */
export function csvNumber(v: number): string {
  return Number.isNaN(v) ? "" : String(v);
}
