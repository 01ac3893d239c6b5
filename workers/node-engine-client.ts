/**
 * The main-thread side of the Node host: starts an engine in a worker_threads worker and
 * returns its comlink proxy. Callbacks passed to the proxy must be wrapped with
 * `Comlink.proxy(fn)`.
 */
import * as Comlink from "comlink";
import nodeEndpoint from "comlink/dist/esm/node-adapter.mjs";
import type { EngineApi } from "./engine-api.ts";
import { nodeWorkerEntry, spawnNodeWorker } from "./spawn-node-worker.ts";

/** An engine living in a worker thread. */
export interface NodeEngineHandle {
  engine: Comlink.Remote<EngineApi>;
  /** Stops the worker thread. */
  close(): Promise<void>;
}

/**
 * Starts `entry` (default: `node-engine`, the surveillance model; see `nodeWorkerEntry`) in
 * a worker thread.
 *
 * @example
 * ```ts
 * const { engine, close } = startNodeEngine();
 * await engine.create({ yaml, fileName: "town.yaml" });
 * await engine.run(Comlink.proxy((p) => console.log(p.day)));
 * await close();
 * ```
 */
export function startNodeEngine(entry: URL = nodeWorkerEntry("node-engine")): NodeEngineHandle {
  const worker = spawnNodeWorker(entry);
  const engine = Comlink.wrap<EngineApi>(nodeEndpoint(worker));
  return {
    engine,
    async close() {
      engine[Comlink.releaseProxy]();
      await worker.terminate();
    },
  };
}
