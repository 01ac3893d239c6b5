/**
 * Every parameter's source, every policy switch's source and the comments of the shipped
 * scenarios and sweeps cite the bibliography (docs/sources.md) by keys that exist there,
 * or say "assumption"; nothing cites a file outside the repository.
 */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { paramPaths } from "../../sim/scenario/index.ts";
import { POLICY_SWITCHES } from "../../sim/scenario/policy-bundles.ts";
import { SOURCE_KEY, checkSource, citedKeys } from "../../sim/scenario/param.ts";
import { ROOT, SCENARIOS, yamlFiles } from "./helpers.ts";

const bibliography = readFileSync(join(ROOT, "docs/sources.md"), "utf8");
/** Keys of the entries: each entry is a list item opening with the key in bold. */
const entryKeys = [...bibliography.matchAll(/^- \*\*([^*]+)\*\* — /gm)].map((m) => m[1]);
const KNOWN = new Set(entryKeys);
const OUTSIDE = /DOMAIN\.md|\.\.\/shared|shared\/[A-Z]+\.md/;

/** The problems of one source text: unknown keys, citations of files outside the repository. */
function problems(where: string, text: string): string[] {
  const out: string[] = [];
  if (OUTSIDE.test(text)) out.push(`${where}: cites a file outside the repository: ${JSON.stringify(text)}`);
  for (const k of citedKeys(text)) if (!KNOWN.has(k)) out.push(`${where}: key ${k} is not an entry of docs/sources.md`);
  return out;
}

const isAssumption = (s: string) => /^assumption($|[ ;,.(])/.test(s);

describe("docs/sources.md", () => {
  it("has entries whose keys are unique and of the documented form", () => {
    expect(entryKeys.length).toBeGreaterThan(30);
    expect(new Set(entryKeys).size, "duplicate keys").toBe(entryKeys.length);
    for (const k of entryKeys) expect(citedKeys(k), `key ${k} does not have the form <who>-<year>-<topic>`).toEqual([k]);
  });

  it("cites no file outside the repository", () => {
    expect(bibliography).not.toMatch(OUTSIDE);
  });

  it("names only its own keys when one entry refers to another", () => {
    expect([...new Set(citedKeys(bibliography))].filter((k) => !KNOWN.has(k))).toEqual([]);
  });
});

describe("parameter sources", () => {
  const params = paramPaths();

  it("every parameter has a source that is an assumption or cites at least one key of docs/sources.md", () => {
    const bad: string[] = [];
    for (const p of params) {
      const src = p.source ?? "";
      if (src === "") bad.push(`${p.path}: no source`);
      else if (!isAssumption(src) && citedKeys(src).length === 0) bad.push(`${p.path}: cites no key: ${JSON.stringify(src)}`);
      bad.push(...problems(p.path, src));
    }
    expect(bad).toEqual([]);
    expect(params.length).toBeGreaterThan(200);
  });

  it("a citation starts with its key, and a good share of parameters rest on a published figure", () => {
    const cited = params.filter((p) => !isAssumption(p.source ?? ""));
    for (const p of cited) expect(p.source!.startsWith(citedKeys(p.source!)[0]), p.path).toBe(true);
    expect(cited.length).toBeGreaterThanOrEqual(40);
  });

  it("the calibration target and the request-sharing figure cite the entries they rest on", () => {
    const src = (path: string) => params.find((p) => p.path === path)?.source ?? "";
    expect(citedKeys(src("thieves.perThousandHouseholds"))).toContain("securityorg-2024-package-theft");
    expect(citedKeys(src("residents.requestShareProbability"))).toEqual(["gizmodo-2019-fort-lauderdale"]);
    expect(citedKeys(src("faceRecognition.groupFalseMatchMultiplier"))).toEqual(["aclu-2018-congress", "nist-frvt-8280-2019"]);
  });

  it("every policy switch's source is an assumption or cites known keys", () => {
    const bad: string[] = [];
    for (const [name, sw] of Object.entries(POLICY_SWITCHES)) {
      if (!isAssumption(sw.source) && citedKeys(sw.source).length === 0) bad.push(`policy.${name}: cites no key`);
      bad.push(...problems(`policy.${name}`, sw.source));
    }
    expect(bad).toEqual([]);
  });
});

describe("the source form (param.ts)", () => {
  it("accepts assumptions and citations", () => {
    for (const s of [
      "assumption",
      "assumption (a typical van round)",
      "assumption; order of magnitude from aclu-2018-congress",
      "gizmodo-2019-fort-lauderdale (about 3.5% of asked owners shared)",
      "nbc-2020-ring-arrests, cnet-2020-ring-crime (little evidence)",
      "ring-nd-request-rules (request window 15 min-12 h)",
    ]) {
      expect(() => checkSource(s), s).not.toThrow();
    }
  });

  it("rejects a source that is neither, saying what it found and what it expects", () => {
    expect(() => checkSource("Pitney Bowes: parcels ~3 per household per week")).toThrow(
      /"Pitney Bowes: parcels ~3 per household per week" is neither an assumption nor a citation: expected "assumption"/,
    );
    expect(() => checkSource("Security.org 2024")).toThrow(/neither an assumption nor a citation/);
    expect(() => checkSource("assumptions galore")).toThrow(/neither/);
    expect(() => checkSource("")).toThrow(/neither/);
  });

  it("finds keys with a year or nd, and not ordinary hyphenated words or ranges", () => {
    expect(citedKeys("x (nist-frvt-8280-2019; ring-nd-request-rules, aclu-2018-congress).")).toEqual([
      "nist-frvt-8280-2019",
      "ring-nd-request-rules",
      "aclu-2018-congress",
    ]);
    expect(citedKeys("one-attempt prowls, 15 min-12 h, 2022-23, head-to-toe, selectable 1-180")).toEqual([]);
    expect(SOURCE_KEY.flags).toContain("g");
  });
});

describe("scenario, sweep and calibration comments", () => {
  const files = [...yamlFiles(SCENARIOS), ...yamlFiles(`${SCENARIOS}/sweeps`), ...yamlFiles(`${SCENARIOS}/calibrations`)];

  it.each(files)("%s cites at least one key of docs/sources.md, all of them known", (file) => {
    const comments = readFileSync(file, "utf8")
      .split("\n")
      .filter((l) => l.trimStart().startsWith("#"))
      .join("\n");
    expect(problems(file, comments)).toEqual([]);
    expect(citedKeys(comments).length, `${file} cites no key`).toBeGreaterThan(0);
  });
});
