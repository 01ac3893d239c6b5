/** Hostile input is refused with a diagnostic, never a throw or a hang. */
import { describe, expect, it } from "vitest";
import { messages, parseScenario, parseSweep, validateText } from "../../sim/scenario/index.ts";
import { MAX_ALIAS_COUNT, MAX_DEPTH, MAX_DIAGNOSTICS, MAX_FILE_CHARS } from "../../sim/scenario/limits.ts";
import { brief, diagnosticsOf } from "./helpers.ts";

const parse = (text: string) => parseScenario(text, { fileName: "h.yaml" });

function aliasBomb(levels: number): string {
  const lines = ["a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]"];
  for (let i = 1; i < levels; i++)
    lines.push(
      `a${i}: &a${i} [${Array(10)
        .fill(`*a${i - 1}`)
        .join(", ")}]`,
    );
  return lines.join("\n") + "\n";
}

describe("hostile input", () => {
  it("an alias bomb is refused", () => {
    const started = performance.now();
    const ds = diagnosticsOf(parse(aliasBomb(9)));
    expect(ds).toHaveLength(1);
    expect(ds[0].code).toBe("alias-limit");
    expect(ds[0].message).toBe(messages.aliasLimit(MAX_ALIAS_COUNT));
    expect(ds[0].line).toBe(2);
    expect(performance.now() - started).toBeLessThan(5000);
  });

  it("a few honest aliases still work", () => {
    const r = parse("x: &days 30\nrun:\n  days: *days\n  warmupDays: *days\n");
    // x is still unknown; the aliases themselves were fine.
    expect(diagnosticsOf(r).map((d) => d.code)).toEqual(["unknown-key"]);
  });

  it("deep flow nesting is refused", () => {
    const deep = "run: " + "[".repeat(100_000) + "]".repeat(100_000) + "\n";
    const ds = diagnosticsOf(parse(deep));
    expect(ds).toHaveLength(1);
    expect(ds[0].code).toBe("too-deep");
    expect(ds[0].message).toBe(messages.tooDeep(MAX_DEPTH));
  });

  it("deep nesting just past the limit is refused, at the limit accepted by the reader", () => {
    const nest = (n: number) => "run: " + "[".repeat(n) + "]".repeat(n) + "\n";
    expect(diagnosticsOf(parse(nest(MAX_DEPTH + 1)))[0].code).toBe("too-deep");
    expect(diagnosticsOf(parse(nest(MAX_DEPTH - 1)))[0].code).toBe("wrong-type");
  });

  it("deep block nesting is refused", () => {
    const lines = Array.from({ length: 1200 }, (_, i) => " ".repeat(i) + "k:");
    const ds = diagnosticsOf(parse(lines.join("\n") + " 1\n"));
    expect(ds.map((d) => d.code)).toEqual(["too-deep"]);
  });

  it("a huge file is refused before parsing", () => {
    const huge = "description: " + "x".repeat(MAX_FILE_CHARS) + "\n";
    const [d] = diagnosticsOf(parse(huge));
    expect(brief(d)).toBe(`1:1 too-large ${messages.tooLarge(MAX_FILE_CHARS)}`);
  });

  it("tens of thousands of bad keys: a capped, fast answer", () => {
    let text = "run:\n";
    for (let i = 0; i < 40_000; i++) text += `  days: ${i}\n  k${i}: 1\n`;
    const started = performance.now();
    const ds = diagnosticsOf(parse(text));
    expect(ds).toHaveLength(MAX_DIAGNOSTICS + 1);
    expect(ds[0].code).toBe("duplicate-key");
    expect(ds[MAX_DIAGNOSTICS]).toMatchObject({ code: "too-many-problems", message: messages.tooManyProblems(MAX_DIAGNOSTICS) });
    expect(performance.now() - started).toBeLessThan(20_000);
  });

  it("duplicate keys are refused at the second key", () => {
    const [d] = diagnosticsOf(parse("run:\n  days: 1\n  days: 2\n"));
    expect(brief(d)).toBe(`3:3 duplicate-key ${messages.duplicateKey("days")}`);
    expect(d.path).toEqual(["run", "days"]);
  });

  it("custom and non-core tags are refused at the tag", () => {
    const ds = diagnosticsOf(parse("run:\n  days: !!js/function 'return 1'\n  seed: !custom 3\ndescription: !!binary aGVsbG8=\n"));
    expect(ds.map(brief)).toEqual([
      `2:9 unknown-tag ${messages.unknownTag("!!js/function")}`,
      `3:9 unknown-tag ${messages.unknownTag("!custom")}`,
      `4:14 unknown-tag ${messages.unknownTag("!!binary")}`,
    ]);
  });

  it("core tags such as !!int are allowed", () => {
    const r = parse("run:\n  days: !!int 30\n");
    expect(r.ok && r.scenario.run.days).toBe(30);
  });

  it("merge keys are not special (YAML 1.2): `<<` is an unknown key", () => {
    const ds = diagnosticsOf(parse("base: &b { days: 3 }\nrun:\n  <<: *b\n"));
    expect(ds.map((d) => d.code)).toEqual(["unknown-key", "unknown-key"]);
  });

  it("several documents in one file are a syntax error", () => {
    expect(diagnosticsOf(parse("run: {}\n---\nrun: {}\n"))[0].code).toBe("yaml-syntax");
  });

  it("a __proto__ key is a reserved key wherever it stands and pollutes nothing", () => {
    const ds = diagnosticsOf(parse("__proto__:\n  polluted: true\nrun:\n  __proto__: { x: 1 }\n"));
    expect(ds.map((d) => [d.code, d.line])).toEqual([
      ["reserved-key", 1],
      ["reserved-key", 4],
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it("garbage never throws", () => {
    for (const text of ["", "\u0000\u0001", "{", "]", "- - - -", ": : :", "&a *a", "*nope", "%YAML 9.9\n---\n", "\t\t", "'"]) {
      expect(() => validateText(text, { fileName: "g.yaml" })).not.toThrow();
      expect(() => parseSweep(text, { fileName: "g.yaml" })).not.toThrow();
    }
  });

  it("an empty file is the default scenario", () => {
    const r = parse("");
    expect(r.ok && r.scenario.policy.name).toBe("none");
  });
});

describe("hostile files on disk", () => {
  it("a file far beyond the limit is refused after reading only its start", async () => {
    const { mkdtempSync, writeFileSync, rmSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { loadScenarioFile, readTextFile } = await import("../../sim/scenario/load-file.ts");
    const dir = mkdtempSync(join(tmpdir(), "doorstep-scenario-"));
    try {
      const file = join(dir, "big.yaml");
      writeFileSync(file, "#".repeat(MAX_FILE_CHARS * 6));
      expect(readTextFile(file)!.length).toBeLessThan(MAX_FILE_CHARS * 5);
      const ds = diagnosticsOf(loadScenarioFile(file));
      expect(ds.map((d) => [d.code, d.message])).toEqual([["too-large", messages.tooLarge(MAX_FILE_CHARS)]]);
      expect(diagnosticsOf(loadScenarioFile(join(dir, "missing.yaml")))[0].code).toBe("not-found");
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
