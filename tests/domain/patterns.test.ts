/**
 * The published figures `doorstep patterns` holds a run against: two kinds that never
 * share a figure, every source a key of docs/sources.md, every figure listed in the ODD
 * (sim/domain/README.md) under its kind, and the verdict rule.
 */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { patternRow, verdict } from "../../cli/commands/patterns.ts";
import { PATTERNS } from "../../sim/domain/patterns.ts";
import { citedKeys } from "../../sim/scenario/param.ts";

const ROOT = join(import.meta.dirname, "../..");
const bibliography = readFileSync(join(ROOT, "docs/sources.md"), "utf8");
const readme = readFileSync(join(ROOT, "sim/domain/README.md"), "utf8");

describe("calibration targets and validation patterns", () => {
  it("has both kinds, and no figure is both", () => {
    const ids = PATTERNS.map((p) => p.id);
    expect(new Set(ids).size).toBe(ids.length);
    const figures = PATTERNS.map((p) => p.figure);
    expect(new Set(figures).size).toBe(figures.length);
    expect(PATTERNS.some((p) => p.kind === "calibration")).toBe(true);
    expect(PATTERNS.some((p) => p.kind === "validation")).toBe(true);
    // A source the defaults were tuned to cannot also validate them.
    const calibrationSources = new Set(PATTERNS.filter((p) => p.kind === "calibration").flatMap((p) => citedKeys(p.source)));
    for (const p of PATTERNS.filter((x) => x.kind === "validation")) {
      for (const k of citedKeys(p.source)) expect(calibrationSources.has(k), `${p.id} cites ${k}, a calibration source`).toBe(false);
    }
  });

  it("cites keys of docs/sources.md, with a published range", () => {
    for (const p of PATTERNS) {
      const keys = citedKeys(p.source);
      expect(keys.length, p.id).toBeGreaterThan(0);
      for (const k of keys) expect(bibliography, `${p.id}: ${k}`).toContain(`**${k}**`);
      expect(p.low, p.id).toBeLessThanOrEqual(p.high);
    }
  });

  it("are each listed in sim/domain/README.md under their kind", () => {
    const start = readme.indexOf("## Calibration targets and validation patterns");
    expect(start).toBeGreaterThan(0);
    const section = readme.slice(start);
    for (const p of PATTERNS) expect(section, p.id).toMatch(new RegExp(`\\| \`${p.id}\` \\| ${p.kind} \\|`));
  });

  it("read n/a where a run has nothing to measure, and judge ok/off by the interval", () => {
    const sting = PATTERNS.find((p) => p.id === "sting-arrests")!;
    expect(sting.value({ sting_baits_placed: 0, sting_arrests: 0 })).toBeNull();
    expect(sting.value({ sting_baits_placed: 25, sting_arrests: 0 })).toBe(0);
    expect(patternRow(sting, [{ sting_baits_placed: 0 }, { sting_baits_placed: 0 }]).at(-1)).toBe("n/a");
    expect(verdict({ n: 5, mean: 0.05, lo: 0.041, hi: 0.06 }, { low: 0.025, high: 0.045 })).toBe("ok");
    expect(verdict({ n: 5, mean: 0.08, lo: 0.07, hi: 0.09 }, { low: 0.025, high: 0.045 })).toBe("off");
    expect(verdict({ n: 1, mean: 0.03, lo: Number.NaN, hi: Number.NaN }, { low: 0.025, high: 0.045 })).toBe("ok");
  });
});
