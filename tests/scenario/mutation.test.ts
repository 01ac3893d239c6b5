/**
 * Seeded mutations of every shipped scenario and sweep (characters deleted, inserted,
 * lines duplicated or swapped): the loaders never throw, and every diagnostic carries a
 * known code and a real position in a real file.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { createRng } from "../../sim/core/index.ts";
import { DIAGNOSTIC_CODES, validateText } from "../../sim/scenario/index.ts";
import { readTextFile } from "../../sim/scenario/load-file.ts";
import { SCENARIOS, yamlFiles } from "./helpers.ts";

const INSERTS = [" ", "\n", ":", "-", "[", "{", "}", "&a ", "*a", "!", "#", "'", '"', "0", "x", "\t", "  "];

function mutate(text: string, rng: ReturnType<typeof createRng>): string {
  const lines = text.split("\n");
  switch (rng.int(0, 4)) {
    case 0: {
      const at = rng.int(0, text.length);
      return text.slice(0, at) + text.slice(at + 1 + rng.int(0, 3));
    }
    case 1: {
      const at = rng.int(0, text.length + 1);
      return text.slice(0, at) + rng.choice(INSERTS) + text.slice(at);
    }
    case 2: {
      const i = rng.int(0, lines.length);
      lines.splice(i, 0, lines[i]);
      return lines.join("\n");
    }
    default: {
      const i = rng.int(0, lines.length);
      const j = rng.int(0, lines.length);
      [lines[i], lines[j]] = [lines[j], lines[i]];
      return lines.join("\n");
    }
  }
}

describe("mutated scenario files", () => {
  const files = [...yamlFiles(SCENARIOS), ...yamlFiles(`${SCENARIOS}/sweeps`)];
  it.each(files)("%s: 150 mutations, no throw, well-formed diagnostics", (file) => {
    const rng = createRng(`mutations:${file}`);
    const original = readFileSync(file, "utf8");
    const codes = new Set<string>(DIAGNOSTIC_CODES);
    for (let n = 0; n < 150; n++) {
      let text = original;
      for (let k = rng.int(1, 4); k > 0; k--) text = mutate(text, rng);
      const ds = validateText(text, { fileName: file, readFile: readTextFile });
      for (const d of ds) {
        expect(codes.has(d.code), `${d.code}: ${d.message}`).toBe(true);
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.message.length).toBeGreaterThan(5);
        const source = d.file === file ? text : d.file.startsWith("preset:") ? undefined : readTextFile(d.file);
        if (source !== undefined) expect(d.line).toBeLessThanOrEqual(source.split("\n").length);
      }
    }
  });
});
