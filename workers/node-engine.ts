/**
 * Node worker_threads entry: the engine around the surveillance model, exposed with
 * comlink's Node adapter. Start it with `startNodeEngine()` (node-engine-client.ts).
 */
import { domainFactory } from "./domain-factory.ts";
import { createEngine } from "./engine.ts";
import { exposeOnParentPort } from "./expose-on-parent-port.ts";

exposeOnParentPort(createEngine(domainFactory));
