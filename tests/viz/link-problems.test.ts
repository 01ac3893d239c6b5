import { describe, expect, it } from "vitest";
import { readState } from "../../viz/compare/compare-state.ts";
import { stateFromParams } from "../../viz/explore/explore-state.ts";
import { choiceParam, encodeText, rangedIntParam, readRoute, textParam } from "../../viz/shared/url-state.ts";

const q = (s: string) => new URLSearchParams(s);

describe("link values the page cannot use are said, never replaced in silence", () => {
  it("a page that does not exist opens Explore and is named, for the page to say so", () => {
    expect(readRoute("#/nowhere?x=1")).toMatchObject({ page: "explore", unknownPage: "nowhere" });
    expect(readRoute("#/compare").unknownPage).toBeNull();
    expect(readRoute("").unknownPage).toBeNull();
  });

  it("a choice outside the allowed ones is ignored with one sentence", () => {
    const problems: string[] = [];
    expect(choiceParam(q("speed=5"), "speed", ["1", "5"], problems)).toBe("5");
    expect(choiceParam(q(""), "speed", ["1", "5"], problems)).toBeNull();
    expect(problems).toEqual([]);
    expect(choiceParam(q("speed=999"), "speed", ["1", "5"], problems)).toBeNull();
    expect(problems).toEqual(["The link's speed=999 was ignored: expected one of 1, 5."]);
  });

  it("a whole number out of its range, or not a whole number, is ignored", () => {
    const problems: string[] = [];
    expect(rangedIntParam(q("reps=7"), "reps", 2, 100, problems)).toBe(7);
    for (const bad of ["0", "101", "2.5", "x", "1e400"]) expect(rangedIntParam(q(`reps=${bad}`), "reps", 2, 100, problems)).toBeNull();
    expect(problems).toHaveLength(5);
    expect(problems[0]).toBe("The link's reps=0 was ignored: expected a whole number from 2 to 100.");
  });

  it("a scenario text that does not decode is said, and a long value is cut short", () => {
    const problems: string[] = [];
    expect(textParam(q(`yaml=${encodeText("name: x\n")}`), "yaml", problems)).toBe("name: x\n");
    expect(textParam(q(`yaml=${"%".repeat(300)}`), "yaml", problems)).toBeNull();
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/^The link's yaml=%{40}… was ignored: it is not a scenario this dashboard wrote/);
  });

  it("Explore: an unknown scenario or speed falls back to the default and says so", () => {
    const s = stateFromParams(q("scenario=portal-partnershp&speed=999&seed=3"), "baseline", ["baseline", "portal-partnership"]);
    expect(s).toMatchObject({ scenarioId: "baseline", speed: 10, seed: 3 });
    expect(s.linkProblems).toEqual([
      "The link's speed=999 was ignored: expected one of 1, 2, 5, 10, 30, 100, 0.",
      "The link's scenario=portal-partnershp was ignored: expected one of baseline, portal-partnership.",
    ]);
    expect(stateFromParams(q("scenario=portal-partnership&speed=0"), "baseline", ["baseline", "portal-partnership"]).linkProblems).toEqual([]);
  });

  it("Compare: unknown policies are left out, more than four cut to four, and each is said", () => {
    const problems: string[] = [];
    const s = readState(q("policies=none,bogus,direct-requests&reps=0&max=500&base=nowhere"), problems);
    expect(s.policies).toEqual(["none", "direct-requests"]);
    expect(s.reps).toBe(5);
    expect(s.base).toBe("baseline");
    expect(problems.join("\n")).toMatch(/policies bogus are not policies/);
    expect(problems.join("\n")).toMatch(/reps=0 was ignored/);
    expect(problems.join("\n")).toMatch(/max=500 was ignored/);
    expect(problems.join("\n")).toMatch(/base=nowhere was ignored/);
    const many: string[] = [];
    expect(readState(q(`policies=${"none,".repeat(500)}`), many).policies).toHaveLength(4);
    expect(many.some((m) => m.includes("Compare takes up to four"))).toBe(true);
    const none: string[] = [];
    expect(readState(q("policies=%00"), none).policies).toEqual(["none", "portal-partnership"]);
    expect(none.some((m) => m.startsWith("No policy in the link is known"))).toBe(true);
    const fine: string[] = [];
    readState(q("base=baseline&policies=none,portal-partnership&reps=5&max=40"), fine);
    expect(fine).toEqual([]);
  });
});
