/** `extends:` — deep merge over files and presets, inheritance rules, cycles and missing files. */
import { describe, expect, it } from "vitest";
import { loadScenarioFile } from "../../sim/scenario/load-file.ts";
import { messages, parseScenario } from "../../sim/scenario/index.ts";
import { deepMerge } from "../../sim/scenario/deep-merge.ts";
import { brief, diagnosticsOf, FIXTURES } from "./helpers.ts";

function load(name: string) {
  const r = loadScenarioFile(`${FIXTURES}/${name}`);
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.scenario;
}

describe("deepMerge", () => {
  it("merges maps key by key and replaces everything else", () => {
    expect(deepMerge({ a: { x: 1, y: [1, 2] }, b: 1 }, { a: { y: [3] }, c: 2 })).toEqual({ a: { x: 1, y: [3] }, b: 1, c: 2 });
  });
  it("keeps a __proto__ key as a plain key instead of changing the prototype", () => {
    const child = JSON.parse('{"__proto__": {"polluted": 1}}');
    const out = deepMerge({}, child) as Record<string, unknown>;
    expect(Object.getPrototypeOf(out)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe("extends", () => {
  it("merges the child over the parent, deeply", () => {
    const s = load("child.yaml");
    expect(s.run).toMatchObject({ days: 30, warmupDays: 7 });
    expect(s.residents).toMatchObject({ initialCameraShare: 0.3, appUserShare: 0.5 });
    expect(s.policy).toMatchObject({ name: "portal-partnership", portal: true, retentionDays: 30 });
  });

  it("does not inherit name or description", () => {
    const s = load("child.yaml");
    expect(s.name).toBe("child");
    expect(s.description).toBe("");
  });

  it("follows a chain of three files", () => {
    const s = load("grandchild.yaml");
    expect(s.name).toBe("grandchild");
    expect(s.run.days).toBe(30);
    expect(s.residents.appUserShare).toBe(0.5);
  });

  it("naming another policy bundle drops the parent's switch overrides", () => {
    const s = load("grandchild.yaml");
    expect(s.policy).toMatchObject({ name: "warrant-required", retentionDays: 60, warrantRequired: true });
  });

  it("keeping the parent's bundle keeps its overrides", () => {
    expect(load("same-bundle.yaml").policy).toMatchObject({ name: "portal-partnership", retentionDays: 30, dataSharing: true });
  });

  it("resolves paths relative to the referring file", () => {
    expect(load("sub/nested.yaml").run.days).toBe(90);
  });

  it("extends a built-in preset without file access", () => {
    const r = parseScenario("extends: portal-partnership\npolicy: { retentionDays: 10 }\n", { fileName: "mine.yaml" });
    expect(r.ok && r.scenario.policy).toMatchObject({ name: "portal-partnership", portal: true, retentionDays: 10 });
  });

  it("detects a cycle and names every file in it", () => {
    const ds = diagnosticsOf(loadScenarioFile(`${FIXTURES}/cycle-a.yaml`));
    expect(ds).toHaveLength(1);
    const a = `${FIXTURES}/cycle-a.yaml`;
    const b = `${FIXTURES}/cycle-b.yaml`;
    expect(ds[0]).toMatchObject({ code: "extends-cycle", file: b, line: 2, column: 10, path: ["extends"] });
    expect(ds[0].message).toBe(messages.extendsCycle([a, b, a]));
  });

  it("a missing parent file is an error at the extends value", () => {
    const r = parseScenario("name: x\nextends: ./gone.yaml\n", { fileName: "dir/x.yaml", readFile: () => undefined });
    const [d] = diagnosticsOf(r);
    expect(brief(d)).toBe(`2:10 extends-not-found ${messages.extendsNotFound("./gone.yaml", "dir/gone.yaml")}`);
  });

  it("a readFile that throws is an unreadable parent with its reason, never a crash", () => {
    const r = parseScenario("extends: ../x.yaml\n", {
      fileName: "a/b.yaml",
      readFile: () => {
        throw new Error("it is a named pipe (FIFO), not a regular file");
      },
    });
    expect(diagnosticsOf(r)[0]).toMatchObject({
      code: "extends-unreadable",
      message: 'cannot extend "../x.yaml": it is a named pipe (FIFO), not a regular file',
    });
  });

  it("errors inherited from a parent are reported in the parent file, with the child's own", () => {
    const ds = diagnosticsOf(loadScenarioFile(`${FIXTURES}/child-of-bad.yaml`));
    expect(ds.map((d) => [d.file, d.line, d.column, d.code])).toEqual([
      [`${FIXTURES}/bad-parent.yaml`, 4, 3, "unknown-key"],
      [`${FIXTURES}/child-of-bad.yaml`, 4, 9, "out-of-range"],
    ]);
  });

  it("an over-long chain is refused", () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`f${i}.yaml`] = `extends: ./f${i + 1}.yaml\n`;
    files["f40.yaml"] = "run: { days: 3 }\n";
    const r = parseScenario(files["f0.yaml"], { fileName: "f0.yaml", readFile: (p) => files[p] });
    expect(diagnosticsOf(r)[0].code).toBe("extends-too-deep");
  });
});
