/**
 * Starts Node worker_threads workers from either form of the code. In a checkout the
 * entries are the TypeScript sources (`workers/<name>.ts`), started through
 * `ts-worker-bootstrap.mjs`, which registers tsx inside the new thread. In the installed
 * package they are compiled JavaScript (`dist/<name>.js`, built by
 * `scripts/build-cli.mjs`), started as they are: nothing loads tsx.
 */
import { Worker } from "node:worker_threads";

/** The Node worker entries of the surveillance model (scripts/build-cli.mjs compiles the same list). */
export type NodeWorkerName = "pool-worker" | "node-engine";

/**
 * The URL of a worker entry of the surveillance model, in the form of the code that is
 * running: `workers/<name>.ts` when this module runs from the sources, `dist/<name>.js`
 * when it runs compiled (the build writes entries and shared chunks flat into `dist/`, so
 * the entry sits beside whichever file this code was bundled into).
 *
 * @example
 * ```ts
 * const pool = createWorkerPool({ entry: nodeWorkerEntry("pool-worker") });
 * ```
 */
export function nodeWorkerEntry(name: NodeWorkerName): URL {
  const extension = import.meta.url.endsWith(".ts") ? ".ts" : ".js";
  return new URL(`./${name}${extension}`, import.meta.url);
}

/**
 * Spawns a worker running `entry`: a `.ts` file URL through the tsx bootstrap, any other
 * (compiled JavaScript) directly.
 *
 * @example
 * ```ts
 * const w = spawnNodeWorker(nodeWorkerEntry("node-engine"));
 * ```
 */
export function spawnNodeWorker(entry: URL): Worker {
  if (!entry.pathname.endsWith(".ts")) return new Worker(entry);
  return new Worker(new URL("./ts-worker-bootstrap.mjs", import.meta.url), { workerData: { entry: entry.href } });
}
