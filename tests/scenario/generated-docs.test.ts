/**
 * The generated files are current: scenarios/scenario.schema.json, scenarios/sweep.schema.json,
 * scenarios/PARAMETERS.md and sim/scenario/presets.generated.ts equal a fresh generation.
 * When a section changes, run `npx tsx scripts/gen-scenario-docs.ts` and commit the result.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { generatedFiles, staleFiles } from "../../scripts/gen-scenario-docs.ts";
import { paramPaths, POLICY_NAMES } from "../../sim/scenario/index.ts";
import { ROOT } from "./helpers.ts";

describe("generated scenario docs", () => {
  it("are current (else run: npx tsx scripts/gen-scenario-docs.ts)", () => {
    expect(staleFiles(ROOT)).toEqual([]);
  });

  it("PARAMETERS.md has a row for every parameter and every policy bundle", () => {
    const md = generatedFiles(ROOT)["scenarios/PARAMETERS.md"];
    for (const p of paramPaths()) {
      const [section, ...rest] = p.path.split(".");
      expect(md).toContain(`## \`${section}\``);
      expect(md).toContain(`| \`${rest.join(".")}\` |`);
    }
    for (const n of POLICY_NAMES) expect(md).toContain(`| \`${n}\` |`);
    expect(md).toMatch(/\| `days` \| integer \| days \| 1 – 3650 \| 180 \| /);
  });

  it("the presets module bundles the shipped scenario texts verbatim", () => {
    const mod = generatedFiles(ROOT)["sim/scenario/presets.generated.ts"];
    expect(mod).toContain(JSON.stringify(readFileSync(join(ROOT, "scenarios/baseline.yaml"), "utf8")));
  });
});
