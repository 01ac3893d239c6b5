#!/usr/bin/env -S node --max-semi-space-size=64 --initial-old-space-size=128 --single-threaded-gc
/**
 * The `doorstep` launcher (package.json "bin"). The V8 flags on the first line are the
 * CLI's runtime configuration (see cli/runtime-flags.ts); `node bin/doorstep.js` without
 * them works too, only slower.
 *
 * Which code it runs:
 * - installed package (no cli/ sources beside it): the compiled CLI, dist/doorstep.js;
 * - checkout, dist/ current (built after the last change to any source it was built
 *   from, as `npm ci` and `npm run build:cli` leave it): the compiled CLI;
 * - checkout, dist/ missing or older than a source: the TypeScript sources through tsx
 *   (a dev dependency), so an edit is never run stale; a one-line note says so on a
 *   terminal or with DOORSTEP_DEBUG=1. `npm run build:cli` makes the compiled CLI current
 *   again.
 */
import { existsSync, readFileSync, statSync } from "node:fs";
import { fileURLToPath } from "node:url";

const root = new URL("../", import.meta.url);
const compiled = new URL("dist/doorstep.js", root);
const sources = new URL("cli/main.ts", root);

/** Why dist/ cannot stand for the sources (null when it can). */
function staleReason() {
  let stamp;
  try {
    stamp = JSON.parse(readFileSync(new URL("dist/build-inputs.json", root), "utf8"));
  } catch {
    return "dist/ is not built";
  }
  for (const input of stamp.inputs) {
    let changed;
    try {
      changed = statSync(new URL(input, root)).mtimeMs;
    } catch {
      return `${input}, compiled into dist/, is gone`;
    }
    if (changed >= stamp.started) return `${input} changed after dist/ was built`;
  }
  return null;
}

function note(text) {
  if (process.stderr.isTTY || process.env.DOORSTEP_DEBUG) process.stderr.write(`doorstep: ${text}\n`);
}

async function runSources(reason) {
  let register;
  try {
    ({ register } = await import("tsx/esm/api"));
  } catch {
    return false;
  }
  note(`${reason}; running the TypeScript sources (npm run build:cli compiles them)`);
  register();
  await import(sources.href);
  return true;
}

if (!existsSync(sources)) {
  if (!existsSync(compiled)) {
    process.stderr.write(`doorstep: ${fileURLToPath(compiled)} is missing: this copy of doorstep is incomplete; install it again\n`);
    process.exit(1);
  }
  await import(compiled.href);
} else {
  const reason = staleReason();
  if (reason === null) await import(compiled.href);
  else if (!(await runSources(reason))) {
    if (!existsSync(compiled)) {
      process.stderr.write(`doorstep: ${reason} and tsx is not installed to run the sources; run npm ci, then npm run build:cli\n`);
      process.exit(1);
    }
    process.stderr.write(`doorstep: ${reason}, and tsx is not installed to run the sources: running the older dist/\n`);
    await import(compiled.href);
  }
}
