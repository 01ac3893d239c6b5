/**
 * CLI error paths: a missing file, a bad scenario, a bad flag, an unknown command each
 * print one clear line (one per diagnostic), no stack trace, and a documented exit code.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { toyCli } from "./cli-process.ts";

const TOY = "tests/fixtures/cli/toy.yaml";

function expectOneLine(stderr: string): string {
  const lines = stderr.trimEnd().split("\n");
  expect(lines).toHaveLength(1);
  expect(stderr).not.toMatch(/\n\s+at /);
  return lines[0];
}

describe("doorstep error paths", () => {
  it("missing scenario file: exit 1, one line", () => {
    const r = toyCli(["run", "scenarios/does-not-exist.yaml"]);
    expect(r.code).toBe(1);
    expect(expectOneLine(r.stderr)).toBe('doorstep: cannot read scenario file "scenarios/does-not-exist.yaml": no such file');
  });

  it("bad scenario: exit 1, one line per diagnostic with file:line:column", () => {
    const r = toyCli(["run", "tests/fixtures/cli/bad.yaml", "--no-progress"]);
    expect(r.code).toBe(1);
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      "doorstep: tests/fixtures/cli/bad.yaml:3:9  run.days  expected an integer from 1 to 3650, found -4",
      'doorstep: tests/fixtures/cli/bad.yaml:4:3  run.seedd  unknown key "seedd", did you mean "seed"?',
    ]);
    expect(r.stdout).toBe("");
  });

  it("unknown flag, malformed value, missing argument, unknown command: exit 2, one line", () => {
    const flag = toyCli(["run", TOY, "--sed", "3"]);
    expect(flag.code).toBe(2);
    expect(expectOneLine(flag.stderr)).toBe("doorstep: unknown option '--sed' (Did you mean one of --seed, --set?) (see --help)");
    const value = toyCli(["run", TOY, "--days", "ten"]);
    expect(value.code).toBe(2);
    expect(expectOneLine(value.stderr)).toMatch(/--days <n>.*"ten"/);
    const shard = toyCli(["sweep", "tests/fixtures/cli/toy-sweep.yaml", "--shard", "0/4"]);
    expect(shard.code).toBe(2);
    expectOneLine(shard.stderr);
    const arg = toyCli(["merge"]);
    expect(arg.code).toBe(2);
    expectOneLine(arg.stderr);
    const cmd = toyCli(["swep"]);
    expect(cmd.code).toBe(2);
    expect(expectOneLine(cmd.stderr)).toMatch(/unknown command 'swep'.*sweep/);
  });

  it("a bad --set is reported against the scenario with a suggestion: exit 1", () => {
    const r = toyCli(["run", TOY, "--set", "run.dayz=3"]);
    expect(r.code).toBe(1);
    expect(expectOneLine(r.stderr)).toBe('doorstep: tests/fixtures/cli/toy.yaml: --set unknown parameter "run.dayz", did you mean "run.days"?');
    const form = toyCli(["run", TOY, "--set", "run.days"]);
    expect(form.code).toBe(2);
    expectOneLine(form.stderr);
  });

  it("a model failure is a run failure: exit 3", () => {
    const tmp = mkdtempSync(join(tmpdir(), "doorstep-fail-"));
    try {
      const bad = toyCli(["sweep", "tests/fixtures/cli/failing-sweep.yaml", "--out", join(tmp, "out"), "--no-progress"], {
        DOORSTEP_TOY_FAIL_DAYS: "30",
      });
      expect(bad.code).toBe(3);
      expect(expectOneLine(bad.stderr)).toMatch(/^doorstep: run \d+ \(seed \d+\) failed: .*--resume\)$/);
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });

  it("--help and --version exit 0", () => {
    const help = toyCli(["run", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: doorstep run [options] <scenario>");
    const top = toyCli(["--help"]);
    expect(top.stdout).toContain("Exit codes:");
    expect(toyCli(["--version"]).stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
