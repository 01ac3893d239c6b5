/** sim/domain/README.md documents every daily metric (name, kind, unit) and the ODD sections. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { METRIC_DEFINITIONS } from "../../../sim/domain/metrics.ts";

const readme = readFileSync(join(import.meta.dirname, "../../../sim/domain/README.md"), "utf8");

describe("sim/domain/README.md", () => {
  it("has a row for every metric with its kind and unit", () => {
    for (const d of METRIC_DEFINITIONS) {
      const row = readme.split("\n").find((l) => l.startsWith(`| \`${d.name}\``));
      expect(row, d.name).toBeDefined();
      expect(row).toContain(`| ${d.kind} | ${d.unit} |`);
    }
  });

  it("follows the ODD protocol", () => {
    for (const h of [
      "Purpose",
      "Entities, state variables and scales",
      "Process overview and scheduling",
      "Design concepts",
      "Initialisation",
      "Input",
      "Submodels",
    ]) {
      expect(readme).toContain(h);
    }
  });
});
