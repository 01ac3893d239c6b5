import { describe, it, expect } from "vitest";
import { readRoute, routeHash, encodeText, decodeText, overridesFromParams } from "../../viz/shared/url-state.ts";
import { stateFromParams, stateToParams } from "../../viz/explore/explore-state.ts";
import { longRows, availableSeries, CHARTS } from "../../viz/explore/explore-charts.ts";
import { axisTitle } from "../../viz/shared/axis-title.ts";

describe("URL state", () => {
  it("reads page and parameters from the hash, Explore by default", () => {
    const r = readRoute("#/compare?policies=none,portal-partnership&reps=4");
    expect(r.page).toBe("compare");
    expect(r.params.get("reps")).toBe("4");
    expect(readRoute("").page).toBe("explore");
    expect(readRoute("#/nowhere").page).toBe("explore");
    expect(routeHash("learn", { lesson: "fear" })).toBe("#/learn?lesson=fear");
  });
  it("round-trips any text through base64url", () => {
    const yaml = "name: café ☕\nrun:\n  days: 30 # <b>x</b>&?=\n";
    const code = encodeText(yaml);
    expect(code).toMatch(/^[A-Za-z0-9_-]*$/);
    expect(decodeText(code)).toBe(yaml);
    expect(decodeText("%%%")).toBeNull();
  });
  it("types set.* overrides", () => {
    const o = overridesFromParams(new URLSearchParams("set.a.b=0.5&set.c=true&set.policy.name=none&x=1"));
    expect([...o]).toEqual([
      ["a.b", 0.5],
      ["c", true],
      ["policy.name", "none"],
    ]);
  });
  it("restores an Explore view from its own URL", () => {
    const p = new URLSearchParams("scenario=face-recognition&seed=7&days=60&speed=0&cum=1&set.faceRecognition.matchThreshold=0.9");
    const ids = ["baseline", "face-recognition"];
    const s = stateFromParams(p, "baseline", ids);
    expect(s).toMatchObject({ scenarioId: "face-recognition", seed: 7, days: 60, speed: 0, cumulative: true, linkProblems: [] });
    expect(stateFromParams(stateToParams(s), "baseline", ids)).toEqual(s);
    const custom = stateFromParams(new URLSearchParams(`yaml=${encodeText("name: x\n")}&file=x.yaml`), "baseline");
    expect(custom).toMatchObject({ scenarioId: null, customText: "name: x\n", customName: "x.yaml", seed: null });
  });
});

describe("Explore charts", () => {
  const metrics = ["packages_stolen", "thefts_reported", "arrests", "arrests_wrongful", "fr_false_matches__a", "fr_false_matches__b"].map((name) => ({
    name,
    unit: "x",
    description: name,
    kind: "count" as const,
  }));
  it("draws only the series the model reports, and every group", () => {
    const ids = Object.fromEntries(CHARTS.map((c) => [c.id, availableSeries(c, metrics).map((s) => s.label)]));
    expect(ids.thefts).toEqual(["Packages stolen (actual)", "Thefts reported to police"]);
    expect(ids["false-ids"]).toEqual(["Group a", "Group b"]);
    expect(ids.requests).toEqual([]);
  });
  it("derives correct arrests and uses the day column when there is one", () => {
    const arrests = CHARTS.find((c) => c.id === "arrests")!;
    const rows = longRows(availableSeries(arrests, metrics), [{ day: 14, arrests: 3, arrests_wrongful: 1 }], 1);
    expect(rows).toEqual([
      { day: 14, series: "Correct arrests", value: 2 },
      { day: 14, series: "Wrongful arrests", value: 1 },
    ]);
  });
  it("breaks long axis titles in two", () => {
    expect(axisTitle("short")).toBe("short");
    expect(axisTitle("a".repeat(40) + " " + "b".repeat(40))).toEqual(["a".repeat(40), "b".repeat(40)]);
  });
});
