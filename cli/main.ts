/**
 * Entry of the `doorstep` command (started by bin/doorstep.js, from the sources or
 * compiled into dist/doorstep.js): the CLI wired to the surveillance model. The model is
 * imported only by the commands that simulate, so `doorstep --help` starts fast.
 */
import { nodeWorkerEntry } from "../workers/spawn-node-worker.ts";
import { runCli } from "./program.ts";

const code = await runCli(process.argv, {
  loadFactory: async () => (await import("../workers/domain-factory.ts")).domainFactory,
  poolEntry: nodeWorkerEntry("pool-worker"),
});
process.exitCode = code;
