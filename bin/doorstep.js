#!/usr/bin/env node
/**
 * The `doorstep` launcher (package.json "bin"): registers tsx so the TypeScript sources
 * run as they are, then starts the CLI. Works after `npm ci`, no build step.
 */
import { register } from "tsx/esm/api";

register();
await import("../sim/cli/main.ts");
