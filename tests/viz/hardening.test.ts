/**
 * The dashboard refuses hostile links and exports safely (issue 20): link values obey the
 * scenario's ranges through the one limit function and come back as sentences for the
 * page, CSV exports neutralise formula-leading cells, and a table carried inside a link
 * is labelled as such.
 */
import { describe, expect, it } from "vitest";
import { stateFromParams } from "../../viz/explore/explore-state.ts";
import { csvField, toCsv } from "../../viz/shared/download.ts";
import { checkedNumberParam, fieldProblem } from "../../viz/shared/url-state.ts";
import { linkSource } from "../../viz/shared/link-source.ts";
import { linkedTableWarning } from "../../viz/shared/table-file.ts";
import { checkParam } from "../../sim/index.ts";

describe("one limit for links, inputs and files", () => {
  it("seed=-1 and days=1000000000 in a link are ignored with a sentence each", () => {
    const problems: string[] = [];
    const p = new URLSearchParams("seed=-1&days=1000000000&x=1");
    expect(checkedNumberParam(p, "seed", "run.seed", problems)).toBeNull();
    expect(checkedNumberParam(p, "days", "run.days", problems)).toBeNull();
    expect(problems).toEqual([
      "The link's seed=-1 was ignored: expected an integer from 0 to 4294967295, found -1.",
      "The link's days=1000000000 was ignored: expected an integer from 1 to 3650, found 1000000000.",
    ]);
    expect(checkedNumberParam(new URLSearchParams("days=abc"), "days", "run.days", problems)).toBeNull();
    expect(problems[2]).toMatch(/^The link's days=abc was ignored: expected a number/);
    expect(checkedNumberParam(new URLSearchParams("days=30"), "days", "run.days", problems)).toBe(30);
  });

  it("the Explore state carries the link's problems instead of the values", () => {
    const s = stateFromParams(new URLSearchParams("seed=-1&days=1000000000"), "baseline");
    expect(s.seed).toBeNull();
    expect(s.days).toBeNull();
    expect(s.linkProblems).toHaveLength(2);
  });

  it("form fields, links and --days use the same words as a scenario file", () => {
    expect(fieldProblem("Days", "run.days", 0)).toBe("Days: expected an integer from 1 to 3650, found 0.");
    expect(fieldProblem("Days", "run.days", 30)).toBeNull();
    expect(checkParam("run.days", 4000)).toEqual({ ok: false, message: "expected an integer from 1 to 3650, found 4000" });
    expect(checkParam("__proto__.x", 1).ok).toBe(false);
    expect(checkParam("constructor", 1).ok).toBe(false);
  });
});

describe("CSV exports neutralise formulas", () => {
  it.each(['=HYPERLINK("http://x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\tx", "\rx"])("%j is written as text", (cell) => {
    const out = csvField(cell);
    expect(out.replace(/^"/, "").startsWith("'")).toBe(true);
  });

  it("numbers, negative ones included, stay numbers; plain text is untouched", () => {
    expect(toCsv(["a", "b", "c", "d"], [{ a: -0.25, b: "-0.25", c: "1e-6", d: "baseline" }])).toBe("a,b,c,d\n-0.25,-0.25,1e-6,baseline\n");
  });
});

describe("a table inside a link is labelled as such", () => {
  it("data: and blob: URLs are 'loaded from a link' and carry no file name", () => {
    const d = linkSource(`data:text/csv;base64,${"A".repeat(500)}`);
    expect(d).toEqual({ label: "a table loaded from a link (not a file)", fileName: "link.csv", fromLink: true });
    expect(linkSource("blob:https://example.org/1234").fromLink).toBe(true);
    expect(linkSource(" DATA:application/octet-stream,PAR1").fromLink).toBe(true);
    expect(linkSource("results/sweeps/x/runs.parquet?v=2")).toEqual({ label: "runs.parquet", fileName: "runs.parquet", fromLink: false });
  });

  it("the page's description of a linked table starts with a warning; a file's does not", () => {
    expect(linkedTableWarning(linkSource("data:text/csv,a"))).toBe("Loaded from a link, not from a file: check where it came from. ");
    expect(linkedTableWarning(linkSource("results/sensitivity.csv"))).toBe("");
    expect(linkedTableWarning(undefined)).toBe("");
  });
});
