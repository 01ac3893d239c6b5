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

/**
 * How many engine workers to run side by side: one per core the browser reports (the page
 * itself only draws while they run), never more than there are jobs; at most 16, since each
 * holds a whole town in memory.
 */
export function parallelWorkers(jobs: number): number {
  const cores = navigator.hardwareConcurrency || 2;
  return Math.max(1, Math.min(jobs, 16, cores));
}

/**
 * Replications [first, total) of each of `policies` cut into about two chunks per worker,
 * so that every worker has work even with two policies on eight cores, and the last
 * chunks are small enough that no worker idles long at the end.
 */
export function replicationChunks(
  policies: readonly string[],
  first: number,
  total: number,
  workers: number,
): { policy: string; from: number; to: number }[] {
  const n = total - first;
  if (n <= 0) return [];
  const perPolicy = Math.max(1, Math.min(n, Math.ceil((2 * workers) / policies.length)));
  const size = Math.ceil(n / perPolicy);
  const out: { policy: string; from: number; to: number }[] = [];
  for (let from = first; from < total; from += size) for (const policy of policies) out.push({ policy, from, to: Math.min(total, from + size) });
  return out;
}
