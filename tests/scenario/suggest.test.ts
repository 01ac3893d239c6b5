/** "Did you mean": edit distance and the closest-name rules. */
import { describe, expect, it } from "vitest";
import { closestName, editDistance } from "../../sim/scenario/suggest.ts";

describe("suggestions", () => {
  it("edit distance", () => {
    expect(editDistance("kitten", "sitting")).toBe(3);
    expect(editDistance("", "abc")).toBe(3);
    expect(editDistance("Days", "days")).toBe(0);
  });

  it("closest name: typo, abbreviation, misspelt abbreviation, nothing close", () => {
    const names = ["none", "portal-partnership", "direct-requests", "warrant-required"];
    expect(closestName("nope", names)).toBe("none");
    expect(closestName("portal", names)).toBe("portal-partnership");
    expect(closestName("portl", names)).toBe("portal-partnership");
    expect(closestName("warant", names)).toBe("warrant-required");
    expect(closestName("zebra", names)).toBeUndefined();
    expect(closestName("x", [])).toBeUndefined();
  });
});
