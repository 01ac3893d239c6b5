/**
 * The one way the dashboard runs a simulation: the engine API of workers/ in a module
 * Worker, reached through comlink. The main thread only draws; it never simulates.
 */
import * as Comlink from "comlink";
import type { EngineApi } from "../workers/engine-api.ts";

export type { EngineApi };
export type Engine = Comlink.Remote<EngineApi>;

export interface EngineHandle {
  api: Engine;
  /** Stops the worker (any run in it ends) and releases the proxy. */
  dispose(): void;
}

/** Starts a fresh engine Worker. */
export function startEngine(): EngineHandle {
  const worker = new Worker(new URL("../workers/browser-engine.ts", import.meta.url), { type: "module" });
  const api = Comlink.wrap<EngineApi>(worker);
  let disposed = false;
  return {
    api,
    dispose() {
      if (disposed) return;
      disposed = true;
      api[Comlink.releaseProxy]();
      worker.terminate();
    },
  };
}

/** Wraps a callback so the worker can call it across the boundary. */
export function remoteCallback<F extends (...args: never[]) => unknown>(fn: F): F & Comlink.ProxyMarked {
  return Comlink.proxy(fn);
}

/** How many engine workers to run side by side: leave a core for the page, at most four. */
export function parallelWorkers(jobs: number): number {
  const cores = navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(jobs, 4, Math.max(2, cores - 1)));
}
