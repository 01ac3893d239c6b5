/**
 * The CLI's V8 flags (cli/runtime-flags.ts) are the ones the launcher's shebang line and
 * the `npm run doorstep` script start Node with, and Node 20 accepts them: the executable
 * launcher runs.
 */
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { CLI_NODE_FLAGS } from "../../cli/runtime-flags.ts";
import { REAL_CLI, ROOT } from "./cli-process.ts";

describe("the doorstep runtime flags", () => {
  it("are on the launcher's shebang line and in the npm script", () => {
    const first = readFileSync(REAL_CLI, "utf8").split("\n")[0];
    expect(first).toBe(`#!/usr/bin/env -S node ${CLI_NODE_FLAGS.join(" ")}`);
    const pkg = JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.doorstep).toBe(`node ${CLI_NODE_FLAGS.join(" ")} bin/doorstep.js`);
  });

  it("start the executable launcher (the shebang is honoured and Node accepts the flags)", () => {
    const r = spawnSync(REAL_CLI, ["--version"], { cwd: ROOT, encoding: "utf8" });
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout.trim()).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
