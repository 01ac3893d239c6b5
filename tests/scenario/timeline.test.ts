/** `timeline:` dated changes: checked like `--set`, each problem at its line and column. */
import { describe, expect, it } from "vitest";
import { messages, parseScenario } from "../../sim/scenario/index.ts";
import { brief, diagnosticsOf } from "./helpers.ts";

const parse = (text: string) => parseScenario(text, { fileName: "t.yaml" });

describe("scenario timeline", () => {
  it("is empty by default and keeps the changes as written", () => {
    const none = parse("run: { days: 30 }\n");
    expect(none.ok && none.scenario.timeline).toEqual([]);
    const r = parse(
      "timeline:\n  - { day: 120, set: { policy.name: warrant-required } }\n  - { day: 200, set: { policy.faceRecognition: false } }\n",
    );
    if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
    expect(r.scenario.timeline).toEqual([
      { day: 120, set: { "policy.name": "warrant-required" } },
      { day: 200, set: { "policy.faceRecognition": false } },
    ]);
  });

  it("reports a misspelt path at its key with the nearest name", () => {
    const [d] = diagnosticsOf(parse("timeline:\n  - day: 5\n    set:\n      policy.faceRecognitio: false\n"));
    expect(brief(d)).toBe(`4:7 unknown-param ${messages.unknownParam("policy.faceRecognitio", "policy.faceRecognition")}`);
    expect(d.path).toEqual(["timeline", 0, "set", "policy.faceRecognitio"]);
  });

  it("refuses parameters fixed when the run starts", () => {
    const ds = diagnosticsOf(parse("timeline:\n  - day: 5\n    set: { neighbourhood.households: 300, run.days: 10, policy.retentionDays: 30 }\n"));
    expect(ds.map((d) => d.code)).toEqual(["fixed-at-start", "fixed-at-start", "fixed-at-start"]);
    expect(ds[0].message).toBe(messages.fixedAtStart("neighbourhood.households"));
    expect(ds.map((d) => `${d.line}:${d.column}`)).toEqual(["3:12", "3:43", "3:57"]);
  });

  it("refuses parameters the mechanisms read only once, at the start, and accepts the rest", () => {
    const [d] = diagnosticsOf(parse("timeline:\n  - { day: 5, set: { thieves.perThousandHouseholds: 20 } }\n"));
    expect(d).toMatchObject({ code: "fixed-at-start", path: ["timeline", 0, "set", "thieves.perThousandHouseholds"] });
    const r = parse("timeline:\n  - { day: 5, set: { thieves.cameraDeterrence: 0.5, deliveries.parcelsPerHouseholdPerWeek: 6 } }\n");
    expect(r.ok).toBe(true);
  });

  it("checks values in the range of the parameter, at the value", () => {
    const [d] = diagnosticsOf(parse("timeline:\n  - day: 20\n    set: { police.sceneRadiusM: -3 }\n"));
    expect(d.code).toBe("out-of-range");
    expect(d.path).toEqual(["timeline", 0, "set", "police.sceneRadiusM"]);
    expect(`${d.line}:${d.column}`).toBe("3:33");
    expect(d.message).toMatch(/^expected a number .*found -3$/);
  });

  it("checks policy names and the order of days", () => {
    const ds = diagnosticsOf(parse("timeline:\n  - { day: 30, set: { policy.name: bogus } }\n  - { day: 10, set: { policy.portal: true } }\n"));
    expect(ds.map((d) => d.code)).toEqual(["bad-enum", "timeline-order"]);
    expect(ds[1].message).toBe(messages.timelineOrder(10, 30));
    expect(brief(ds[1])).toBe(`3:12 timeline-order ${messages.timelineOrder(10, 30)}`);
  });

  it("refuses an empty change and a day past the schema's range", () => {
    const [d] = diagnosticsOf(parse("timeline:\n  - { day: 4000, set: { policy.portal: true } }\n"));
    expect(brief(d)).toBe(`2:12 out-of-range ${messages.outOfRange(4000, { min: 0, max: 3650, int: true })}`);
    const [e] = diagnosticsOf(parse("timeline:\n  - { day: 5, set: {} }\n"));
    expect(e).toMatchObject({ code: "out-of-range", path: ["timeline", 0, "set"], line: 2, column: 20 });
  });

  it("reports every problem with its file, line and column, never throwing", () => {
    const r = parse("timeline: 3\n");
    const [d] = diagnosticsOf(r);
    expect(d).toMatchObject({ code: "wrong-type", file: "t.yaml", line: 1, column: 11 });
  });
});
