/**
 * The generated JSON Schemas accept every shipped scenario and sweep and reject broken
 * ones. Checked with tests/scenario/mini-json-schema.ts (a validator of exactly the
 * keywords the schemas use; the first test proves no other keyword appears).
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parse } from "yaml";
import { exportCalibrationJsonSchema, exportJsonSchema, exportSweepJsonSchema, paramPaths } from "../../sim/scenario/index.ts";
import { unsupportedKeywords, validateJsonSchema } from "./mini-json-schema.ts";
import { SCENARIOS, yamlFiles } from "./helpers.ts";

const scenarioSchema = exportJsonSchema();
const sweepSchema = exportSweepJsonSchema();
const calibrationSchema = exportCalibrationJsonSchema();
const yaml = (file: string) => parse(readFileSync(file, "utf8"));

describe("JSON Schema export", () => {
  it("uses only keywords the test validator implements", () => {
    expect(unsupportedKeywords(scenarioSchema)).toEqual([]);
    expect(unsupportedKeywords(sweepSchema)).toEqual([]);
    expect(unsupportedKeywords(calibrationSchema)).toEqual([]);
  });

  it("has $id, title and keeps unit and source on parameters", () => {
    expect(scenarioSchema).toMatchObject({
      $id: expect.stringContaining("scenario.schema.json"),
      title: "Doorstep scenario",
      additionalProperties: false,
    });
    const days = (scenarioSchema as any).properties.run.properties.days;
    expect(days).toMatchObject({ type: "integer", minimum: 1, maximum: 3650, unit: "days", default: 180 });
    expect(typeof days.source).toBe("string");
    const retention = (scenarioSchema as any).properties.policy.properties.retentionDays;
    expect(retention.source).toMatch(/60 days default/);
  });

  it.each(yamlFiles(SCENARIOS))("accepts %s", (file) => {
    expect(validateJsonSchema(scenarioSchema, yaml(file))).toEqual([]);
  });

  it.each(yamlFiles(`${SCENARIOS}/sweeps`))("the sweep schema accepts %s", (file) => {
    expect(validateJsonSchema(sweepSchema, yaml(file))).toEqual([]);
  });

  it.each(yamlFiles(`${SCENARIOS}/calibrations`))("the calibration schema accepts %s", (file) => {
    expect(validateJsonSchema(calibrationSchema, yaml(file))).toEqual([]);
  });

  it("rejects broken scenarios: unknown key, out of range, wrong type, bad enum", () => {
    const check = (name: string) => validateJsonSchema(scenarioSchema, yaml(`${SCENARIOS}/broken/${name}.yaml`));
    expect(check("unknown-key")).toEqual(["$.residents: unexpected property initialCameraShar"]);
    expect(check("out-of-range")).toEqual(["$.residents.initialCameraShare: above maximum"]);
    expect(check("wrong-type")).toEqual(["$.run.days: expected integer"]);
    expect(check("not-integer")).toEqual(["$.run.days: expected integer"]);
    expect(check("bad-enum")).toEqual(["$.policy.name: not in enum"]);
  });

  it("the sweep schema rejects a sweep without base and lists every parameter under vary", () => {
    expect(validateJsonSchema(sweepSchema, { vary: {} })).toEqual(["$: missing base"]);
    expect(validateJsonSchema(sweepSchema, { base: "baseline", vary: { "run.days": { range: { from: 1, to: 2 } } } })).toEqual([
      "$.vary.run.days.range: missing steps",
    ]);
    const listed = Object.keys((sweepSchema as any).properties.vary.properties);
    expect(listed).toContain("residents.initialCameraShare");
    expect(listed).toContain("policy.name");
    expect(listed.length).toBe(paramPaths().filter((p) => p.kind !== "map" && p.kind !== "other").length);
  });
});
