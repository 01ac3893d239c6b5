/**
 * Output hygiene (issue 20): control characters and ANSI escapes from `--set` values,
 * scenario text and paths reach the terminal as visible escapes, never raw.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { oneLineSafe, terminalSafe } from "../../../cli/terminal-text.ts";
import { FIXTURES, toyCli } from "../cli-process.ts";

const tmp = mkdtempSync(join(tmpdir(), "doorstep-terminal-"));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

// biome-ignore lint/suspicious/noControlCharactersInRegex: the test looks for raw control characters.
const RAW_CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/;

describe("terminal output escapes control characters", () => {
  it("terminalSafe shows ESC, CR, C1 and bidi overrides as escapes, keeps tabs and newlines", () => {
    expect(terminalSafe("a\u001b[2Jb\rc\u009bd\u202ee\tf\ng")).toBe("a\\x1b[2Jb\\rc\\x9bd\\u202ee\tf\ng");
    expect(oneLineSafe("a\nb\tc")).toBe("a\\nb\\tc");
  });

  it("a --set value and a scenario name with escapes are printed escaped", () => {
    const bad = toyCli(["run", join(FIXTURES, "toy.yaml"), "--set", "run.\u001b[2J\u001b[31mdays\u0007=3", "--no-progress"], {}, undefined, 60_000);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('unknown parameter "run.\\x1b[2J\\x1b[31mdays\\x07"');
    expect(bad.stderr).not.toMatch(RAW_CONTROL);

    const file = join(tmp, "named.yaml");
    writeFileSync(file, `extends: ${join(FIXTURES, "toy.yaml")}\nname: "\\e[31mred\\e[0m"\n`);
    const ok = toyCli(["run", file, "--out", join(tmp, "out"), "--no-progress"], {}, undefined, 60_000);
    expect(ok.code).toBe(0);
    expect(ok.stdout.split("\n")[0]).toMatch(/^\\x1b\[31mred\\x1b\[0m {2}seed/);
    expect(ok.stdout).not.toMatch(RAW_CONTROL);
  });
});
