import { describe, expect, it } from "vitest";
import { exportJsonSchema, parseScenario, applyParams } from "../../sim/index.ts";
import { keyContextAt, keyPathAt } from "../../viz/shared/yaml-key-path.ts";
import { keysAt, schemaAt, describeValue, type SchemaNode } from "../../viz/shared/schema-lookup.ts";
import { yamlWithOverrides, withYamlHeader } from "../../viz/shared/yaml-overrides.ts";

const at = (text: string) => {
  const i = text.indexOf("|");
  return { text: text.slice(0, i) + text.slice(i + 1), offset: i };
};

describe("key path at the cursor", () => {
  it("reads nested mappings from indentation", () => {
    const { text, offset } = at("name: x\ncameras:\n  # comment\n\n  ad|\n");
    expect(keyContextAt(text, offset)).toEqual({ path: ["cameras"], prefix: "ad", from: offset - 2 });
  });
  it("is null inside a value", () => {
    const { text, offset } = at("cameras:\n  adoption: 0.|4\n");
    expect(keyContextAt(text, offset)).toBeNull();
  });
  it("steps into list items", () => {
    const { text, offset } = at("timeline:\n  - day: 120\n    se|\n");
    expect(keyContextAt(text, offset)?.path).toEqual(["timeline", "[]"]);
    const second = at("timeline:\n  - day: 120\n    set:\n      x: 1\n  - d|\n");
    expect(keyContextAt(second.text, second.offset)?.path).toEqual(["timeline", "[]"]);
    const flush = at("timeline:\n- day: 1\n  se|\n");
    expect(keyContextAt(flush.text, flush.offset)?.path).toEqual(["timeline", "[]"]);
  });
  it("finds the full path of a key for hover", () => {
    const text = "run:\n  days: 10\ntimeline:\n  - day: 120\n    set:\n      policy.name: none\n";
    expect(keyPathAt(text, text.indexOf("days") + 1)?.path).toEqual(["run", "days"]);
    expect(keyPathAt(text, text.indexOf("set") + 1)?.path).toEqual(["timeline", "[]", "set"]);
    expect(keyPathAt(text, text.indexOf("day:") + 2)?.path).toEqual(["timeline", "[]", "day"]);
    expect(keyPathAt(text, text.indexOf("10"))).toBeNull();
  });
});

describe("schema lookup", () => {
  const schema = exportJsonSchema() as SchemaNode;
  it("offers the keys of a section with their meaning", () => {
    const keys = keysAt(schema, ["cameras"]);
    const fov = keys.find((k) => k.key === "fovDeg");
    expect(fov?.info).toMatch(/\w/);
    expect(fov?.detail).toMatch(/number/);
    expect(keysAt(schema, []).map((k) => k.key)).toEqual(expect.arrayContaining(["name", "extends", "cameras", "timeline"]));
    expect(keysAt(schema, ["timeline", "[]"]).map((k) => k.key)).toContain("day");
  });
  it("says nothing of unknown paths", () => {
    expect(schemaAt(schema, ["nope"])).toBeNull();
    expect(keysAt(schema, ["cameras", "nope", "deeper"])).toEqual([]);
  });
  it("describes ranges and units", () => {
    const node = schemaAt(schema, ["cameras", "fovDeg"]);
    expect(node && describeValue(node)).toBe("number, 1 to 180, deg, default 150");
  });
});

describe("controls written into the YAML", () => {
  const base = "# my town\nname: mine\nresidents:\n  initialCameraShare: 0.2 # from the survey\n";
  it("keeps comments and sets nested paths the file does not have", () => {
    const out = yamlWithOverrides(
      base,
      new Map<string, number | string | boolean>([
        ["residents.initialCameraShare", 0.4],
        ["deliveries.parcelsPerHouseholdPerWeek", 2],
      ]),
    );
    expect(out).toContain("# my town");
    expect(out).toContain("initialCameraShare: 0.4 # from the survey");
    expect(out).toMatch(/deliveries:\n {2}parcelsPerHouseholdPerWeek: 2/);
  });
  it("gives the same scenario as applying the overrides", () => {
    const overrides = new Map<string, number | string | boolean>([
      ["residents.initialCameraShare", 0.4],
      ["policy.name", "portal-partnership"],
    ]);
    const text = yamlWithOverrides(base, overrides);
    const viaYaml = parseScenario(text ?? "", { fileName: "x.yaml" });
    const parsed = parseScenario(base, { fileName: "x.yaml" });
    if (!viaYaml.ok || !parsed.ok) throw new Error("scenario did not parse");
    expect(viaYaml.scenario).toEqual(applyParams(parsed.scenario, Object.fromEntries(overrides)));
  });
  it("refuses text that is not a mapping", () => {
    expect(yamlWithOverrides("- a\n- b\n", new Map([["x", 1]]))).toBeNull();
    expect(yamlWithOverrides("a: [\n", new Map([["x", 1]]))).toBeNull();
  });
  it("heads a saved file with its origin and changes", () => {
    const out = withYamlHeader("name: x\n", {
      version: "1.2.3",
      commit: "abc1234",
      date: "2026-12-07",
      origin: "baseline\nevil",
      overrides: new Map([["cameras.adoption", 0.4]]),
    });
    expect(out.split("\n").slice(0, 4)).toEqual([
      "# Saved from the Doorstep dashboard 1.2.3 (abc1234) on 2026-12-07.",
      "# Based on: baseline evil.",
      "# Changed with the controls: cameras.adoption = 0.4.",
      "# Run it with: npx doorstep run <this file>",
    ]);
    expect(out.endsWith("name: x\n")).toBe(true);
  });
});

describe("controls written into a file of comments only", () => {
  it("keeps the comments and adds the values", () => {
    expect(yamlWithOverrides("# nothing yet\n", new Map([["run.days", 30]]))).toBe("# nothing yet\nrun:\n  days: 30\n");
  });
});
