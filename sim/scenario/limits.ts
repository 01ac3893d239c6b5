/**
 * Limits that keep hostile or accidental input from exhausting memory or the stack.
 * Real scenario files are a few kilobytes and a few levels deep.
 */

/** Largest accepted file, in bytes of UTF-16 text length (1 MiB). */
export const MAX_FILE_CHARS = 1024 * 1024;

/** Deepest accepted nesting of maps and sequences. */
export const MAX_DEPTH = 32;

/** Most alias expansions while converting a document (guards against alias bombs). */
export const MAX_ALIAS_COUNT = 100;

/** Longest `extends:` chain. */
export const MAX_EXTENDS_DEPTH = 16;

/** Most diagnostics reported for one file; beyond it one `too-many-problems` entry says so. */
export const MAX_DIAGNOSTICS = 100;
