/**
 * A tiny page for the browser-host test: `window.runHostCheck(yaml, opts)` drives the
 * engine inside a module Worker (browser-engine.ts, through comlink) and the same engine
 * on this page's main thread, and returns both sessions as canonical JSON text.
 */
import * as Comlink from "comlink";
import { canonicalJson } from "./canonical-json.ts";
import { driveEngine } from "./drive-engine.ts";
import { domainFactory } from "../domain-factory.ts";
import type { EngineApi } from "../engine-api.ts";
import { createEngine } from "../engine.ts";

declare global {
  interface Window {
    runHostCheck(yaml: string, opts: { seed: number; days: number }): Promise<{ worker: string; main: string }>;
  }
}

window.runHostCheck = async (yaml, opts) => {
  const worker = new Worker(new URL("../browser-engine.ts", import.meta.url), { type: "module" });
  try {
    const remote = Comlink.wrap<EngineApi>(worker);
    const inWorker = await driveEngine(remote, yaml, opts, (fn) => Comlink.proxy(fn));
    const onMain = await driveEngine(createEngine(domainFactory), yaml, opts);
    return { worker: canonicalJson(inWorker), main: canonicalJson(onMain) };
  } finally {
    worker.terminate();
  }
};
document.body.dataset.ready = "true";
