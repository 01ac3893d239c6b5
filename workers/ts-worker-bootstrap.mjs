/**
 * Entry of every Node worker_threads worker that runs the TypeScript sources (in a
 * checkout; the compiled entries in dist/ start without it, see spawn-node-worker.ts).
 * Module hooks are per thread, and on Node 20 `execArgv: ["--import", "tsx"]` loads the
 * entry before the hook is active ("Unknown file extension .ts"), so this plain-JS file
 * registers tsx first and then imports the real entry, named in `workerData.entry` (a
 * file: URL).
 */
import { workerData } from "node:worker_threads";
import { register } from "tsx/esm/api";

register();
await import(workerData.entry);
