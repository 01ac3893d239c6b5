/**
 * The sweep journal `runs.jsonl`: one JSON line per finished run, appended and fsync'd
 * before the run counts as done, so a sweep killed at any moment (SIGINT, SIGKILL, power
 * loss) loses at most the runs in flight. On resume the journal is read back, lines are
 * checked against the plan, a torn or corrupt line is dropped, duplicates keep the first,
 * and the file is rewritten clean before appending continues.
 */
import { closeSync, existsSync, fsyncSync, openSync, writeSync } from "node:fs";
import { dirname } from "node:path";
import type { BatchRow } from "../../sim/node.ts";
import { fsyncDir, writeFileDurably } from "../durable-write.ts";
import { readUserFile } from "../read-user-file.ts";
import { decodeRow, encodeRow, type PlanLookup } from "./run-row.ts";

/** Largest journal read back (512 MiB, near V8's longest string; a sweep of the 200,000 runs allowed takes ~400 MB). */
export const MAX_JOURNAL_BYTES = 512 * 1024 * 1024;

export interface JournalContents {
  /** Valid rows by runIndex. */
  rows: Map<number, BatchRow>;
  /** Lines dropped: torn, corrupt, not in the plan, or repeated. */
  dropped: number;
}

/**
 * Reads a journal (an absent file is an empty journal).
 *
 * @example
 * ```ts
 * const { rows, dropped } = readJournal("results/sweeps/x/runs.jsonl", planByIndex);
 * ```
 */
export function readJournal(path: string, plan: PlanLookup, sweep?: string): JournalContents {
  const rows = new Map<number, BatchRow>();
  let dropped = 0;
  if (!existsSync(path)) return { rows, dropped };
  const text = readUserFile(path, "sweep journal", MAX_JOURNAL_BYTES);
  const lines = text.split("\n");
  // The part after the last newline is a line whose write never finished.
  const tail = lines.pop();
  if (tail) dropped++;
  for (const line of lines) {
    if (line === "") continue;
    const row = decodeRow(line, plan, sweep);
    if (!row || rows.has(row.runIndex)) dropped++;
    else rows.set(row.runIndex, row);
  }
  return { rows, dropped };
}

/** Rewrites the journal with exactly `rows` (atomically), in runIndex order. */
export function rewriteJournal(path: string, rows: Iterable<BatchRow>, sweep?: string): void {
  const sorted = [...rows].sort((a, b) => a.runIndex - b.runIndex);
  writeFileDurably(path, sorted.map((r) => encodeRow(r, sweep) + "\n").join(""));
}

/** An open journal: `append` returns once the line is on disk. */
export interface JournalWriter {
  append(row: BatchRow): void;
  close(): void;
}

/** Opens `path` for appending (creating it, and fsyncing its folder when new). */
export function openJournal(path: string, sweep?: string): JournalWriter {
  const isNew = !existsSync(path);
  const fd = openSync(path, "a");
  if (isNew) fsyncDir(dirname(path));
  let open = true;
  return {
    append(row) {
      const bytes = Buffer.from(encodeRow(row, sweep) + "\n", "utf8");
      let off = 0;
      while (off < bytes.length) off += writeSync(fd, bytes, off, bytes.length - off);
      fsyncSync(fd);
    },
    close() {
      if (open) closeSync(fd);
      open = false;
    },
  };
}
