/**
 * `npm run bench [-- NAME ...]`: runs every bench in tests/bench/*.bench.ts (or only the
 * named ones) and prints one JSON object per line on stdout. Progress goes to stderr.
 */
import { readdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import type { Bench } from "./bench.ts";

const here = dirname(fileURLToPath(import.meta.url));
const wanted = new Set(process.argv.slice(2).filter((a) => !a.startsWith("-")));
const files = readdirSync(here).filter((f) => f.endsWith(".bench.ts")).sort();

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
for (const b of benches) {
  if (wanted.size && !wanted.has(b.name)) continue;
  console.error(`running ${b.name} ...`);
  for (const line of await b.run()) console.log(JSON.stringify({ bench: b.name, ...line }));
}
