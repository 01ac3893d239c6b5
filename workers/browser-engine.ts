/**
 * Browser module Worker entry: the engine around the surveillance model, exposed with
 * comlink. The dashboard starts it with
 * `Comlink.wrap<EngineApi>(new Worker(new URL("../workers/browser-engine.ts", import.meta.url), { type: "module" }))`.
 */
import * as Comlink from "comlink";
import { domainFactory } from "./domain-factory.ts";
import { createEngine } from "./engine.ts";

Comlink.expose(createEngine(domainFactory));
