/**
 * Small modules: no source file in sim/, cli/, workers/ or viz/ is over 400 lines
 * (generated files excepted). A file that grows past it holds more than one concept.
 */
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

const ROOT = fileURLToPath(new URL("../..", import.meta.url));
const MAX_LINES = 400;

function sources(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (name === "node_modules" || name === "dist") continue;
    if (statSync(path).isDirectory()) out.push(...sources(path));
    else if (/\.(ts|mjs|js)$/.test(name) && !name.includes(".generated.")) out.push(path);
  }
  return out;
}

describe("source files", () => {
  it(`are at most ${MAX_LINES} lines each`, () => {
    const files = ["sim", "cli", "workers", "viz"].flatMap((d) => sources(join(ROOT, d)));
    expect(files.length).toBeGreaterThan(100);
    const long = files
      .map((f) => ({ file: relative(ROOT, f), lines: readFileSync(f, "utf8").split("\n").length - 1 }))
      .filter((f) => f.lines > MAX_LINES);
    expect(long, "split these by concept").toEqual([]);
  });
});
