/**
 * Node worker_threads entry of the worker pool (pool.ts): runs jobs of the surveillance
 * model to the end and returns their summaries.
 */
import { domainFactory } from "./domain-factory.ts";
import { exposeOnParentPort } from "./expose-on-parent-port.ts";
import { createPoolWorkerApi } from "./pool-worker-api.ts";

exposeOnParentPort(createPoolWorkerApi(domainFactory));
