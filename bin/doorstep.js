#!/usr/bin/env -S node --max-semi-space-size=64 --initial-old-space-size=128 --single-threaded-gc
/**
 * The `doorstep` launcher (package.json "bin"): registers tsx so the TypeScript sources
 * run as they are, then starts the CLI. Works after `npm ci`, no build step. The V8 flags
 * on the first line are the CLI's runtime configuration (see cli/runtime-flags.ts);
 * `node bin/doorstep.js` without them works too, only slower.
 */
import { register } from "tsx/esm/api";

register();
await import("../cli/main.ts");
