/** Calibration files: the ABC plan they describe, and validation with positions and exact messages. */
import { describe, expect, it } from "vitest";
import { exportCalibrationJsonSchema, fileKind, messages, parseCalibration, validateText } from "../../sim/scenario/index.ts";
import { brief, diagnosticsOf } from "./helpers.ts";

const calibration = (text: string, metrics?: string[]) => parseCalibration(text, { fileName: "c.yaml", ...(metrics ? { metrics } : {}) });
const HEAD =
  "base: baseline\nparameters:\n  residents.initialCameraShare: { uniform: { min: 0.05, max: 0.6 } }\ntargets:\n  camera_adoption: { value: 0.3, sd: 0.05 }\n";

describe("parseCalibration", () => {
  it("turns abc-rejection's samples and acceptFraction into one generation", () => {
    const r = calibration(`${HEAD}method: abc-rejection\nsamples: 500\nacceptFraction: 0.05\nreplications: 2\nseed: 9\n`);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.calibration).toMatchObject({ name: "c", method: "abc-rejection", replications: 2, seed: 9, baseFile: "preset:baseline" });
    expect(r.calibration.plan).toMatchObject({ particles: 25, proposals: 500, generations: 1, seed: 9 });
    expect(r.calibration.priors).toEqual({ "residents.initialCameraShare": { kind: "uniform", min: 0.05, max: 0.6 } });
    expect(r.calibration.targets).toEqual({ camera_adoption: { value: 0.3, sd: 0.05 } });
  });

  it("turns abc-smc's particles into proposals per generation, and reads ranges, ints and values", () => {
    const text =
      "base: baseline\nparameters:\n  run.days: { int: { min: 5, max: 40 } }\n  policy.name: { values: [none, portal-partnership] }\n" +
      "targets:\n  packages_stolen: { min: 2, max: 8 }\nmethod: abc-smc\nparticles: 30\ngenerations: 3\n";
    const r = calibration(text);
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.calibration.plan).toMatchObject({ particles: 30, proposals: 60, generations: 3 });
    expect(r.calibration.priors["policy.name"]).toEqual({ kind: "values", values: ["none", "portal-partnership"] });
    expect(r.calibration.targets).toEqual({ packages_stolen: { min: 2, max: 8 } });
  });

  it("reports every problem at once, each at its key", () => {
    const text =
      "base: baseline\nparameters:\n  run.dais: { int: { min: 5, max: 40 } }\n  residents.initialCameraShare: { normal: { mean: 0.2, sd: 0.1 } }\n" +
      "  run.days: { uniform: { min: 5, max: 40 } }\n  run.warmupDays: { int: { min: 9, max: 3 } }\n" +
      "targets:\n  camera_adoptio: { value: 0.3, sd: 0.05 }\n  packages_stolen: { value: 3 }\nmethod: abc-rejection\nparticles: 10\n";
    const ds = diagnosticsOf(calibration(text, ["camera_adoption", "packages_stolen"]));
    expect(ds.map(brief)).toEqual([`9:20 bad-target ${messages.badTarget(["value"])}`]);
    const fixed = text.replace("packages_stolen: { value: 3 }", "packages_stolen: { value: 3, sd: 1 }");
    expect(diagnosticsOf(calibration(fixed, ["camera_adoption", "packages_stolen"])).map(brief)).toEqual([
      `3:3 unknown-param ${messages.unknownParam("run.dais", "run.days")}`,
      `4:35 prior-kind ${messages.priorKind("normal")}`,
      `5:15 prior-kind ${messages.integerPrior("run.days")}`,
      `6:21 out-of-range ${messages.emptyPrior("int", 9, 3)}`,
      `8:3 unknown-metric ${messages.unknownMetric("camera_adoptio", "camera_adoption")}`,
      `10:9 missing-key ${messages.methodNeeds("abc-rejection", "samples")}`,
      `11:1 method-mismatch ${messages.methodMismatch("particles", "abc-rejection", "abc-smc")}`,
    ]);
  });

  it("values that do not fit the parameter are reported like a sweep's", () => {
    const ds = diagnosticsOf(calibration(`${HEAD.replace("max: 0.6", "max: 1.6")}method: abc-rejection\nsamples: 10\n`));
    expect(ds.map((d) => [d.code, d.path.join(".")])).toEqual([["out-of-range", "parameters.residents.initialCameraShare.uniform.max"]]);
  });

  it("an acceptFraction that keeps nothing is an error", () => {
    const [d] = diagnosticsOf(calibration(`${HEAD}samples: 10\nacceptFraction: 0.01\n`));
    expect(brief(d)).toBe(`7:17 out-of-range ${messages.tooFewKept(10, 0.01)}`);
  });
});

describe("calibration files elsewhere", () => {
  it("validateText and fileKind recognise them by their targets", () => {
    expect(fileKind(`${HEAD}samples: 10\n`)).toBe("calibration");
    expect(validateText(`${HEAD}samples: 10\n`)).toEqual([]);
    expect(validateText(`${HEAD}samples: 10\nparticles: 3\n`).map((d) => d.code)).toEqual(["method-mismatch"]);
  });

  it("the JSON Schema lists every scenario parameter under parameters", () => {
    const s = exportCalibrationJsonSchema() as { properties: { parameters: { properties: Record<string, unknown> } } };
    expect(Object.keys(s.properties.parameters.properties)).toContain("residents.initialCameraShare");
  });
});
