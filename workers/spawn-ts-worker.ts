/**
 * Starts a Node worker_threads worker whose entry is a TypeScript module, through
 * `ts-worker-bootstrap.mjs` (which registers tsx inside the new thread).
 */
import { Worker } from "node:worker_threads";

const BOOTSTRAP = new URL("./ts-worker-bootstrap.mjs", import.meta.url);

/**
 * Spawns a worker running `entry` (a `.ts` file URL).
 *
 * @example
 * ```ts
 * const w = spawnTsWorker(new URL("./node-engine.ts", import.meta.url));
 * ```
 */
export function spawnTsWorker(entry: URL): Worker {
  return new Worker(BOOTSTRAP, { workerData: { entry: entry.href } });
}
