/** Each error kind: exact message (from messages.ts), code, path and line:column; all at once. */
import { describe, expect, it } from "vitest";
import {
  diagnosticSource,
  formatDiagnostic,
  formatDiagnosticWithSource,
  messages,
  presetText,
  parseScenario,
  POLICY_NAMES,
} from "../../sim/scenario/index.ts";
import { brief, diagnosticsOf } from "./helpers.ts";

const parse = (text: string) => parseScenario(text, { fileName: "t.yaml" });

describe("scenario diagnostics", () => {
  it("unknown key: points at the key and suggests the closest name", () => {
    const [d] = diagnosticsOf(parse("run:\n  days: 30\n  dayz: 3\n"));
    expect(d).toEqual({
      code: "unknown-key",
      message: messages.unknownKey("dayz", "days", []),
      path: ["run", "dayz"],
      file: "t.yaml",
      line: 3,
      column: 3,
    });
    expect(d.message).toBe('unknown key "dayz", did you mean "days"?');
  });

  it("unknown section at the top level suggests the section", () => {
    const [d] = diagnosticsOf(parse("name: x\npolcy:\n  name: none\n"));
    expect(brief(d)).toBe(`2:1 unknown-key ${messages.unknownKey("polcy", "policy", [])}`);
  });

  it("unknown key with nothing close lists the valid keys", () => {
    const [d] = diagnosticsOf(parse("run:\n  zzzzzzzz: 1\n"));
    expect(d.message).toBe(messages.unknownKey("zzzzzzzz", undefined, ["seed", "days", "warmupDays", "sampleIntervalDays"]));
    expect(d.message).toBe('unknown key "zzzzzzzz", expected one of: seed, days, warmupDays, sampleIntervalDays');
  });

  it("number out of range gives the range", () => {
    const [d] = diagnosticsOf(parse("run:\n  days: 0\n"));
    expect(brief(d)).toBe("2:9 out-of-range expected an integer from 1 to 3650, found 0");
    expect(d.message).toBe(messages.outOfRange(0, { min: 1, max: 3650, int: true }));
    const [e] = diagnosticsOf(parse("policy: { retentionDays: 181 }\n"));
    expect(brief(e)).toBe(`1:26 out-of-range ${messages.outOfRange(181, { min: 0, max: 180, int: true })}`);
  });

  it("wrong type says what was expected and what was found", () => {
    const [d] = diagnosticsOf(parse('run:\n  days: "abc"\n'));
    expect(brief(d)).toBe('2:9 wrong-type expected number, found string "abc"');
    const [e] = diagnosticsOf(parse("policy:\n  portal: yes please\n"));
    expect(brief(e)).toBe(`2:11 wrong-type ${messages.wrongType("boolean", "yes please")}`);
    const [f] = diagnosticsOf(parse("run: 5\n"));
    expect(brief(f)).toBe("1:6 wrong-type expected map, found number 5");
  });

  it("a number too large to hold, or .nan, is named as such", () => {
    const [d] = diagnosticsOf(parse("run:\n  days: 1e400\n"));
    expect(brief(d)).toBe("2:9 wrong-type expected number, found infinity (.inf, or a number too large to hold)");
    const [e] = diagnosticsOf(parse("run:\n  days: -.inf\n"));
    expect(brief(e)).toBe("2:9 wrong-type expected number, found minus infinity (.inf, or a number too large to hold)");
    const [f] = diagnosticsOf(parse("run:\n  days: .nan\n"));
    expect(brief(f)).toBe("2:9 wrong-type expected number, found not a number (.nan)");
  });

  it("non-integer where a whole number is needed", () => {
    const [d] = diagnosticsOf(parse("run:\n  seed: 1.5\n"));
    expect(brief(d)).toBe(`2:9 not-integer ${messages.notInteger(1.5)}`);
  });

  it("bad enum lists the allowed values and the closest one", () => {
    const [d] = diagnosticsOf(parse("policy:\n  name: portal\n"));
    expect(brief(d)).toBe(`2:9 bad-enum ${messages.badEnum("portal", POLICY_NAMES, "portal-partnership")}`);
    expect(d.message).toMatch(/^expected one of: none, portal-partnership, .*; found string "portal", did you mean "portal-partnership"\?$/);
  });

  it("bad extends: unknown preset with suggestion", () => {
    const ds = diagnosticsOf(parse("extends: baselien\n"));
    expect(ds).toHaveLength(1);
    expect(ds[0].code).toBe("extends-unknown-preset");
    expect(ds[0].message).toMatch(/^unknown preset "baselien", did you mean "baseline"\? \(presets: .*baseline/);
    expect([ds[0].line, ds[0].column]).toEqual([1, 10]);
  });

  it("bad extends: a file reference without file access", () => {
    const [d] = diagnosticsOf(parse("extends: ./other.yaml\n"));
    expect(brief(d)).toBe(`1:10 extends-no-files ${messages.extendsNoFiles("./other.yaml")}`);
  });

  it("bad extends: not a string", () => {
    const [d] = diagnosticsOf(parse("extends: [a, b]\n"));
    expect(brief(d)).toBe(`1:10 wrong-type ${messages.wrongType("a preset name or a relative .yaml path", ["a", "b"])}`);
  });

  it("YAML syntax errors carry line and column", () => {
    const ds = diagnosticsOf(parse("run:\n  days: [1, 2\npolicy: x\n"));
    expect(ds[0].code).toBe("yaml-syntax");
    expect(ds[0].line).toBeGreaterThanOrEqual(2);
    expect(ds[0].message.startsWith("YAML syntax error: ")).toBe(true);
  });

  it("reports every problem at once, in file order", () => {
    const text = ["run:", "  seed: -4", "  dayz: 3", "policy:", "  name: nope", "  portal: 1", "cameras: 7", ""].join("\n");
    const ds = diagnosticsOf(parse(text));
    expect(ds.map(brief)).toEqual([
      `2:9 out-of-range ${messages.outOfRange(-4, { min: 0, max: 4294967295, int: true })}`,
      `3:3 unknown-key ${messages.unknownKey("dayz", "days", [])}`,
      `5:9 bad-enum ${messages.badEnum("nope", POLICY_NAMES, "none")}`,
      `6:11 wrong-type ${messages.wrongType("boolean", 1)}`,
      `7:10 wrong-type ${messages.wrongType("map", 7)}`,
    ]);
  });

  it("a key with no value is reported at its key", () => {
    const [d] = diagnosticsOf(parse("run:\n  days:\n"));
    expect(brief(d)).toBe(`2:3 wrong-type ${messages.wrongType("number", null)}`);
  });
});

describe("formatting", () => {
  const d = {
    code: "out-of-range",
    message: "expected a number from 0 to 1, found 2",
    path: ["residents", "initialCameraShare"],
    file: "s.yaml",
    line: 2,
    column: 23,
  };

  it("formatDiagnostic: file:line:column  path  message", () => {
    expect(formatDiagnostic(d)).toBe("s.yaml:2:23  residents.initialCameraShare  expected a number from 0 to 1, found 2");
    expect(formatDiagnostic({ ...d, path: ["vary", "x", "values", 1] })).toBe(
      "s.yaml:2:23  vary.x.values[1]  expected a number from 0 to 1, found 2",
    );
    expect(formatDiagnostic({ ...d, path: [] })).toBe("s.yaml:2:23  (file)  expected a number from 0 to 1, found 2");
  });

  it("diagnosticSource finds preset texts and files", () => {
    expect(diagnosticSource({ ...d, file: "preset:baseline" })).toBe(presetText("baseline"));
    expect(diagnosticSource(d, (p) => (p === "s.yaml" ? "x: 1\n" : undefined))).toBe("x: 1\n");
    expect(diagnosticSource(d)).toBeUndefined();
  });

  it("formatDiagnosticWithSource adds the line and a caret under the column", () => {
    const src = "residents:\n  initialCameraShare: 2\n";
    expect(formatDiagnosticWithSource(d, src)).toBe([formatDiagnostic(d), "2 |   initialCameraShare: 2", " ".repeat(4 + 22) + "^"].join("\n"));
  });
});

describe("positions through odd shapes", () => {
  it("an empty section (all lines commented out) means all defaults", () => {
    const r = parseScenario("name: x\nrun:\n  # days: 30\npolicy:\n", { fileName: "t.yaml" });
    expect(r.ok && [r.scenario.run.days, r.scenario.policy.name]).toEqual([180, "none"]);
  });

  it("a problem inside an aliased map points at the alias", () => {
    const ds = diagnosticsOf(parseScenario("run: &r { days: 0 }\nsting: *r\n", { fileName: "t.yaml" }));
    expect(ds.map((d) => `${d.line}:${d.column} ${d.code} ${d.path.join(".")}`)).toEqual([
      "1:17 out-of-range run.days",
      "2:8 unknown-key sting.days",
    ]);
  });
});
