/**
 * bin/doorstep.js in a checkout: it runs the compiled dist/ only while dist/ is current,
 * and the TypeScript sources as soon as one of them is edited, so a developer never runs
 * stale code; building again makes it run the compiled CLI, with the edit, again.
 * DOORSTEP_DEBUG=1 makes it say which it runs.
 */
import { readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { copyCheckout, mustRun, runIn, tempFolder } from "./checkout-copy.ts";

let tmp = "";
let checkout = "";

const launch = (args: string[]) => runIn(checkout, process.execPath, ["bin/doorstep.js", ...args], { DOORSTEP_DEBUG: "1" });

beforeAll(() => {
  tmp = tempFolder("launcher");
  checkout = copyCheckout(tmp);
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe("the doorstep launcher in a checkout", () => {
  it("runs the sources while dist/ is not built, the compiled CLI once it is, and the sources again after an edit", () => {
    const unbuilt = launch(["--version"]);
    expect(unbuilt.code).toBe(0);
    expect(unbuilt.stderr).toBe("doorstep: dist/ is not built; running the TypeScript sources (npm run build:cli compiles them)\n");

    mustRun(checkout, process.execPath, ["scripts/build-cli.mjs"]);
    const built = launch(["--help"]);
    expect(built.stderr).toBe("");
    expect(built.code).toBe(0);
    expect(built.stdout).toContain("Agent-based simulator of neighbourhood surveillance");

    const program = join(checkout, "cli", "program.ts");
    writeFileSync(program, readFileSync(program, "utf8").replace("Agent-based simulator of neighbourhood surveillance", "Edited simulator"));
    const edited = launch(["--help"]);
    expect(edited.code).toBe(0);
    expect(edited.stderr).toBe(
      "doorstep: cli/program.ts changed after dist/ was built; running the TypeScript sources (npm run build:cli compiles them)\n",
    );
    expect(edited.stdout).toContain("Edited simulator");

    mustRun(checkout, process.execPath, ["scripts/build-cli.mjs"]);
    const rebuilt = launch(["--help"]);
    expect(rebuilt.stderr).toBe("");
    expect(rebuilt.stdout).toContain("Edited simulator");
  }, 120_000);
});
