/**
 * `npm run bench [-- NAME ...]`: runs every bench in tests/bench/*.bench.ts (or only the
 * named ones) and prints one JSON object per line on stdout. Progress goes to stderr.
 * With several benches selected, each runs in a child process of its own (the same
 * script, given that one name), so that one bench's heap (and `peak_rss_mb`)
 * and JIT state never leak into the next one's figures. A bench with `nodeFlags` (the
 * `doorstep` CLI's V8 flags) always runs in a process started with them.
 *
 * `npm run bench` starts this script with tsx's ESM-only loader (`--import tsx/esm`), the
 * one the CLI and the sweep workers register, and children inherit it. Not the `tsx`
 * command: its full registration also patches CommonJS loading, and code run under it was
 * 7-10% slower (the default year: 10.5-11.1 s against 9.7-10.1 s, same code, alternating).
 */
import { spawnSync } from "node:child_process";
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Bench } from "./bench.ts";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = new Set(process.argv.slice(2).filter((a) => !a.startsWith("-")));
const files = readdirSync(here)
  .filter((f) => f.endsWith(".bench.ts"))
  .sort();

const benches: Bench[] = [];
for (const f of files) {
  const mod = (await import(pathToFileURL(join(here, f)).href)) as { default: Bench[] };
  benches.push(...mod.default);
}
const unknown = [...wanted].filter((w) => !benches.some((b) => b.name === w));
if (unknown.length) {
  console.error(`unknown bench: ${unknown.join(", ")}; available: ${benches.map((b) => b.name).join(", ")}`);
  process.exit(2);
}
const selected = benches.filter((b) => !wanted.size || wanted.has(b.name));
/** Whether this process already runs with every Node flag bench b asks for. */
const hasFlags = (b: Bench) => (b.nodeFlags ?? []).every((f) => process.execArgv.includes(f));
if (selected.length === 1 && hasFlags(selected[0])) {
  for (const b of selected) {
    console.error(`running ${b.name} ...`);
    for (const line of await b.run()) console.log(JSON.stringify({ bench: b.name, ...line }));
  }
} else {
  let failed = 0;
  for (const b of selected) {
    const flags = (b.nodeFlags ?? []).filter((f) => !process.execArgv.includes(f));
    const child = spawnSync(process.execPath, [...flags, ...process.execArgv, fileURLToPath(import.meta.url), b.name], {
      stdio: "inherit",
    });
    if (child.status !== 0) failed++;
  }
  if (failed) process.exit(1);
}
