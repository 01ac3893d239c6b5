/**
 * Outputs are checked before any work (issue 20, "work lost"): an unwritable --out fails
 * in the first second with one line naming the folder and what to do; a run whose write
 * fails later keeps its results in a fallback folder; the manifest is written first; no
 * temporary file is left behind; OS errors read as causes and remedies, exit 1.
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { CliError } from "../../../cli/cli-error.ts";
import { writeFileDurably } from "../../../cli/durable-write.ts";
import { EXIT } from "../../../cli/exit-codes.ts";
import { osErrorLine } from "../../../cli/os-error.ts";
import { prepareOutputFolder } from "../../../cli/output-check.ts";
import { saveRunFolder } from "../../../cli/run-folder.ts";
import { toyCli } from "../cli-process.ts";

const TOY = "tests/fixtures/cli/toy.yaml";
const tmp = mkdtempSync(join(tmpdir(), "doorstep-outputs-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function errno(code: string, syscall = "open"): NodeJS.ErrnoException {
  return Object.assign(new Error(`${code}: failed, ${syscall} '/x'`), { code, syscall, path: "/x" });
}

describe("output folders are checked before the simulation starts", () => {
  it("--out below a file: exit 1, one line naming the path and the cause, nothing simulated", () => {
    const file = join(tmp, "a-file");
    writeFileSync(file, "x");
    const r = toyCli(["run", TOY, "--days", "120", "--out", join(file, "run"), "--no-progress"], {}, undefined, 60_000);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stdout).toBe("");
    expect(r.stderr.trimEnd().split("\n")).toHaveLength(1);
    expect(r.stderr).toContain(`"${file}" is a file, not a folder`);
    expect(r.stderr).not.toContain("unexpected error");
  });

  it("--out on a file system that refuses folders (/proc): exit 1 at once, no hang, no ENOENT riddle", () => {
    const r = toyCli(["run", TOY, "--out", "/proc/doorstep-refused", "--no-progress"], {}, undefined, 30_000);
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).toMatch(/^doorstep: cannot create the run folder "\/proc\/doorstep-refused": .*choose another --out\n$/);
  });

  it("a disk without room for the outputs is refused before work, with the sizes", () => {
    const dir = join(tmp, "full");
    expect(() => prepareOutputFolder(dir, 5_000_000, "run folder", () => 1_000_000)).toThrow(
      /not enough free space for the run folder ".*full": about 5\.5 MB needed, 1\.0 MB free/,
    );
    expect(() => prepareOutputFolder(dir, 5_000_000, "run folder", () => 100_000_000)).not.toThrow();
    // The probe file is gone again.
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("a finished run is never lost to a write error", () => {
  const files: [string, string][] = [
    ["manifest.json", '{"command":"run"}\n'],
    ["daily.csv", "day,x\n0,1\n"],
    ["summary.json", "{}\n"],
  ];

  it("writes the manifest first, then the tables", () => {
    const dir = join(tmp, "order");
    saveRunFolder(dir, files);
    expect(readdirSync(dir).sort()).toEqual(["daily.csv", "manifest.json", "summary.json"]);
  });

  it("a folder that cannot be written sends the results to a named fallback folder (exit 1)", () => {
    const blocker = join(tmp, "blocker");
    writeFileSync(blocker, "x");
    const rescueRoot = join(tmp, "rescue");
    let err: unknown;
    try {
      saveRunFolder(join(blocker, "run"), files, rescueRoot);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(CliError);
    expect((err as CliError).exitCode).toBe(EXIT.invalid);
    const rescued = join(rescueRoot, "run");
    expect((err as CliError).message).toContain(`the results were saved to "${rescued}" instead`);
    expect(readFileSync(join(rescued, "daily.csv"), "utf8")).toBe("day,x\n0,1\n");
    expect(existsSync(join(rescued, "manifest.json"))).toBe(true);
  });

  it("a failed atomic write leaves no temporary file", () => {
    const dir = join(tmp, "no-temp");
    mkdirSync(join(dir, "target", "inside"), { recursive: true });
    // Renaming a file over a non-empty folder fails after the temporary was written.
    expect(() => writeFileDurably(join(dir, "target"), "data")).toThrow(CliError);
    expect(readdirSync(dir)).toEqual(["target"]);
  });
});

describe("OS errors read as causes and remedies", () => {
  it.each([
    ["ENOSPC", "the disk is full (ENOSPC); free some space or choose a path on another disk (--out)"],
    ["EACCES", "permission denied (EACCES)"],
    ["EROFS", "the file system is read-only (EROFS); choose a path on a writable disk (--out)"],
    ["ENOTDIR", "a part of the path is a file, not a folder (ENOTDIR)"],
    ["EISDIR", "it is a folder, not a file (EISDIR); name a file"],
  ])("%s", (code, words) => {
    const line = osErrorLine(errno(code), "write", "out/daily.csv");
    expect(line.startsWith(`cannot write "out/daily.csv": ${words}`)).toBe(true);
    // Every mapped cause says what to do after the semicolon.
    expect(line).toMatch(/\); \w+/);
  });
});
