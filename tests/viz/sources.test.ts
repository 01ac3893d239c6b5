/** The dashboard shows each cited source with its entry from docs/sources.md. */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { paramPaths } from "../../sim/scenario/index.ts";
import { citedEntries, parseSources } from "../../viz/shared/sources.ts";

const sources = parseSources(readFileSync(new URL("../../docs/sources.md", import.meta.url), "utf8"));

describe("sources in the dashboard", () => {
  it("reads every entry of docs/sources.md, wrapped lines joined, marks removed", () => {
    expect(sources.size).toBeGreaterThan(30);
    const fl = sources.get("gizmodo-2019-fort-lauderdale");
    expect(fl?.text).toMatch(/^Gizmodo, .*319 camera owners .*Used for: /);
    expect(fl?.text).not.toMatch(/\*|\n/);
  });

  it("finds the entries a parameter cites, each once, and none in an assumption without keys", () => {
    const cited = citedEntries("gizmodo-2019-fort-lauderdale (about 3.5% shared); gizmodo-2019-fort-lauderdale, ft-2021-ring-police", sources);
    expect(cited.map((c) => c.key)).toEqual(["gizmodo-2019-fort-lauderdale", "ft-2021-ring-police"]);
    expect(citedEntries("assumption (long enough for near-repeat effects)", sources)).toEqual([]);
  });

  it("resolves at least one entry for every parameter that is not a bare assumption", () => {
    for (const p of paramPaths()) {
      if (!p.source || p.source.startsWith("assumption")) continue;
      expect(citedEntries(p.source, sources).length, p.path).toBeGreaterThan(0);
    }
  });
});
