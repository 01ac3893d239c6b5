/**
 * How many worker threads `sweep` and `compare` start: what was asked (default: the
 * cores), but never more than the cores (more threads than cores only add switching and
 * memory), never more than free memory allows, never more than there are runs. When the
 * count is lowered below what was asked, one line on stderr says why.
 */
import { availableParallelism, freemem } from "node:os";
import { formatBytes } from "./output-check.ts";

/**
 * Memory budgeted for one simulating worker thread (512 MiB). An assumption with headroom:
 * the launcher's V8 flags cost ~150 MB of peak memory per thread (docs/cli.md), on top of
 * the heap of a default-size town.
 */
export const WORKER_MEMORY_BYTES = 512 * 1024 * 1024;

/** What the machine offers (injectable for tests). */
export interface Machine {
  cores: number;
  freeBytes: number;
}

/** The machine this process runs on. */
export function thisMachine(): Machine {
  return { cores: availableParallelism(), freeBytes: freemem() };
}

/**
 * The worker count and, when it is lower than `requested`, the reason in one line.
 *
 * @example
 * ```ts
 * workerCount(27, 100, { cores: 2, freeBytes: 8e9 }); // { count: 2, note: "using 2 workers, not 27: this machine has 2 cores" }
 * ```
 */
export function workerCount(requested: number | undefined, runs: number, machine: Machine = thisMachine()): { count: number; note?: string } {
  const byMemory = Math.max(1, Math.floor(machine.freeBytes / WORKER_MEMORY_BYTES));
  const wanted = requested ?? machine.cores;
  const count = Math.max(1, Math.min(wanted, machine.cores, byMemory, runs));
  if (requested === undefined || count >= requested || count === runs) return { count };
  const why =
    byMemory < machine.cores && byMemory <= wanted
      ? `${formatBytes(machine.freeBytes)} of free memory is enough for ${byMemory} (${formatBytes(WORKER_MEMORY_BYTES)} each)`
      : `this machine has ${machine.cores} core(s)`;
  return { count, note: `using ${count} worker(s), not ${requested}: ${why}` };
}
