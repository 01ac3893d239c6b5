/** Every file in scenarios/broken/ fails with the code it is named after, and nothing throws. */
import { describe, expect, it } from "vitest";
import { basename } from "node:path";
import { readFileSync } from "node:fs";
import { validateFile } from "../../sim/scenario/load-file.ts";
import { DIAGNOSTIC_CODES } from "../../sim/scenario/index.ts";
import { SCENARIOS, yamlFiles } from "./helpers.ts";

const files = yamlFiles(`${SCENARIOS}/broken`);

describe("scenarios/broken", () => {
  it("has a file for the main error kinds", () => {
    const codes = files.map((f) => basename(f, ".yaml"));
    for (const c of [
      "unknown-key",
      "out-of-range",
      "wrong-type",
      "bad-enum",
      "duplicate-key",
      "unknown-tag",
      "alias-limit",
      "too-deep",
      "extends-cycle",
      "extends-not-found",
      "unknown-param",
    ]) {
      expect(codes).toContain(c);
    }
  });

  it.each(files)("%s fails with the code it is named after", (file) => {
    const code = basename(file, ".yaml");
    expect(DIAGNOSTIC_CODES as readonly string[]).toContain(code);
    const ds = validateFile(file);
    expect(ds.length).toBeGreaterThan(0);
    expect(ds.map((d) => d.code)).toContain(code);
    for (const d of ds) {
      expect(d.file).toBe(file);
      expect(d.line).toBeGreaterThanOrEqual(1);
      expect(d.column).toBeGreaterThanOrEqual(1);
    }
  });

  it.each(files)("%s starts with the schema comment", (file) => {
    expect(readFileSync(file, "utf8")).toMatch(/^# yaml-language-server: \$schema=\.\.\/(scenario|sweep|calibration)\.schema\.json\n/);
  });
});
