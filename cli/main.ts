/**
 * Entry of the `doorstep` command (started by bin/doorstep.js): the CLI wired to the
 * surveillance model.
 */
import { domainFactory } from "../workers/domain-factory.ts";
import { runCli } from "./program.ts";

const code = await runCli(process.argv, {
  factory: domainFactory,
  poolEntry: new URL("../workers/pool-worker.ts", import.meta.url),
});
process.exitCode = code;
