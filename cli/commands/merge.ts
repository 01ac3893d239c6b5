/**
 * `doorstep merge <dir...> --out DIR`: joins the folders of a sharded sweep into one
 * folder, as if the sweep had run in one piece. Refuses folders of different sweeps,
 * runs found twice, runs in the wrong shard, and missing runs — naming them.
 */
import { existsSync, readdirSync } from "node:fs";
import { prepareOutputFolder } from "../output-check.ts";
import { SWEEP_BYTES_PER_RUN } from "../sweep/sweep-folder.ts";
import { join } from "node:path";
import type { BatchRow, RunSpec } from "../../sim/node.ts";
import { CliError } from "../cli-error.ts";
import { writeFileDurably } from "../durable-write.ts";
import { EXIT } from "../exit-codes.ts";
import { rewriteJournal } from "../sweep/journal.ts";
import { decodeRow } from "../sweep/run-row.ts";
import { inShard } from "../sweep/shard.ts";
import { MANIFEST_FILE, definitionKey, manifestText, readSweepManifest, sweepDigest, type SweepManifest } from "../sweep/sweep-manifest.ts";
import { JOURNAL_FILE, writeTables } from "../sweep/write-tables.ts";
import { readUserFile } from "../read-user-file.ts";
import { MAX_JOURNAL_BYTES } from "../sweep/journal.ts";

/** `0-4, 9, 12-13` for a sorted list of integers (at most `max` groups, then "…"). */
export function compactRanges(xs: readonly number[], max = 8): string {
  const groups: string[] = [];
  for (let i = 0; i < xs.length; ) {
    let j = i;
    while (j + 1 < xs.length && xs[j + 1] === xs[j] + 1) j++;
    groups.push(i === j ? `${xs[i]}` : `${xs[i]}-${xs[j]}`);
    i = j + 1;
  }
  return groups.length > max ? `${groups.slice(0, max).join(", ")}, …` : groups.join(", ");
}

/** Runs `doorstep merge <dirs...> --out <out>`. */
export function mergeCommand(dirs: string[], out: string): void {
  if (existsSync(out) && readdirSync(out).length > 0) {
    throw new CliError(`output folder "${out}" is not empty; choose another --out`, EXIT.invalid);
  }
  const manifests: SweepManifest[] = dirs.map((dir) => {
    if (!existsSync(dir)) throw new CliError(`cannot read sweep folder "${dir}": no such folder`, EXIT.invalid);
    const m = readSweepManifest(dir);
    if (!m) throw new CliError(`"${dir}" is not a sweep folder (no ${MANIFEST_FILE})`, EXIT.invalid);
    return m;
  });
  const whole = (m: SweepManifest) => definitionKey({ ...m.definition, shard: null });
  const first = manifests[0];
  manifests.forEach((m, i) => {
    if (whole(m) !== whole(first)) throw new CliError(`"${dirs[i]}" holds a different sweep than "${dirs[0]}"`, EXIT.invalid);
  });

  const total = first.definition.totalRuns;
  const digest = sweepDigest(first.definition);
  const owner = new Map<number, string>();
  const rows: BatchRow[] = [];
  const doubled: number[] = [];
  const misplaced: string[] = [];
  manifests.forEach((m, i) => {
    const dir = dirs[i];
    // A shard with no runs (more shards than runs) never opened a journal: it holds nothing.
    const journalPath = join(dir, JOURNAL_FILE);
    const text = existsSync(journalPath) ? readUserFile(journalPath, "sweep journal", MAX_JOURNAL_BYTES) : "";
    const lines = text.split("\n");
    if (lines.pop()) throw new CliError(`"${dir}" has an unfinished run in its journal; finish it with doorstep sweep --resume`, EXIT.invalid);
    for (const line of lines) {
      if (line === "") continue;
      // The plan entry is rebuilt from the row itself; the definition check above ties rows to the sweep.
      let probe: RunSpec;
      try {
        probe = JSON.parse(line) as RunSpec;
      } catch {
        throw new CliError(`"${dir}/${JOURNAL_FILE}" holds a corrupt line; rerun that shard with --resume`, EXIT.invalid);
      }
      const spec: RunSpec = {
        runIndex: probe.runIndex,
        cellIndex: probe.cellIndex,
        replication: probe.replication,
        seed: probe.seed,
        params: probe.params,
      };
      const row =
        Number.isInteger(spec.runIndex) && spec.runIndex >= 0 && spec.runIndex < total
          ? decodeRow(line, new Map([[spec.runIndex, spec]]), digest)
          : null;
      if (!row) {
        throw new CliError(
          `"${dir}/${JOURNAL_FILE}" holds a line that is not a run of this sweep (another sweep's, or corrupt); rerun that shard with --resume`,
          EXIT.invalid,
        );
      }
      if (!inShard(row.runIndex, m.definition.shard)) misplaced.push(`run ${row.runIndex} in "${dir}"`);
      if (owner.has(row.runIndex)) doubled.push(row.runIndex);
      else {
        owner.set(row.runIndex, dir);
        rows.push(row);
      }
    }
  });
  if (misplaced.length) throw new CliError(`runs outside their folder's shard: ${misplaced.slice(0, 5).join(", ")}`, EXIT.invalid);
  if (doubled.length) {
    const xs = [...new Set(doubled)].sort((a, b) => a - b);
    throw new CliError(`${xs.length} run(s) appear in more than one folder: runIndex ${compactRanges(xs)}`, EXIT.invalid);
  }
  const missing: number[] = [];
  for (let r = 0; r < total; r++) if (!owner.has(r)) missing.push(r);
  if (missing.length) {
    throw new CliError(
      `${missing.length} of ${total} run(s) are missing: runIndex ${compactRanges(missing)} (is a shard unfinished or left out?)`,
      EXIT.invalid,
    );
  }

  prepareOutputFolder(out, rows.length * SWEEP_BYTES_PER_RUN, "merged sweep folder");
  const merged: SweepManifest = { ...first, created: new Date().toISOString(), mergedFrom: dirs, definition: { ...first.definition, shard: null } };
  writeFileDurably(join(out, MANIFEST_FILE), manifestText(merged));
  rewriteJournal(join(out, JOURNAL_FILE), rows, digest);
  writeTables(out, rows, first.definition.parameters);
  process.stdout.write(`merged ${rows.length} runs from ${dirs.length} folder(s)\nwrote ${out}\n`);
}
