/**
 * Text from users and files made safe for a terminal. A `--set` value, a scenario name or
 * a path can hold control characters: an ANSI escape (`ESC[2J`) would clear the screen or
 * recolour later output, a carriage return would overwrite the line before it. Every
 * message the CLI prints goes through `terminalSafe` once, at the edge (program.ts).
 */

// C0 controls except tab and newline, DEL, and the C1 controls (U+0080–U+009F, where
// U+009B is a one-character CSI); also the bidirectional overrides that reorder text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching control characters is the point.
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Replaces control characters with visible escapes (`\x1b`, `\r`, `\u202e`); tabs and
 * newlines are kept.
 *
 * @example
 * ```ts
 * terminalSafe("a\u001b[31mb"); // "a\\x1b[31mb"
 * ```
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, (c) => {
    const code = c.charCodeAt(0);
    if (c === "\r") return "\\r";
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

/** `terminalSafe`, newlines escaped too: for a value that must stay on one line. */
export function oneLineSafe(text: string): string {
  return terminalSafe(text).replace(/\n/g, "\\n").replace(/\t/g, "\\t");
}
