/**
 * The worker side of the Node host: exposes an object with comlink on `parentPort`
 * through comlink's Node adapter.
 */
import { parentPort } from "node:worker_threads";
import * as Comlink from "comlink";
import nodeEndpoint from "comlink/dist/esm/node-adapter.mjs";

/**
 * Exposes `api` to the thread that spawned this worker.
 *
 * @example
 * ```ts
 * exposeOnParentPort(createEngine(domainFactory)); // in a worker entry file
 * ```
 */
export function exposeOnParentPort(api: object): void {
  if (!parentPort) throw new Error("exposeOnParentPort: not running inside a worker_threads worker");
  Comlink.expose(api, nodeEndpoint(parentPort));
}
