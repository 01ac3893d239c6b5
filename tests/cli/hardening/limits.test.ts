/**
 * One limit everywhere (issue 20): flags obey the schema's ranges, `--set` paths named
 * after Object.prototype members are refused as unknown parameters, absurd shard counts
 * are usage errors, and the worker count is capped by cores and memory, saying why.
 */
import { describe, expect, it } from "vitest";
import { EXIT } from "../../../cli/exit-codes.ts";
import { parseSets } from "../../../cli/parse-set.ts";
import { parseShard } from "../../../cli/sweep/shard.ts";
import { WORKER_MEMORY_BYTES, workerCount } from "../../../cli/worker-count.ts";
import { toyCli } from "../cli-process.ts";

const TOY = "tests/fixtures/cli/toy.yaml";

describe("flags obey the scenario's ranges", () => {
  it("run --days 1000000000 is refused at once (exit 2), like run.days in a file", () => {
    const r = toyCli(["run", TOY, "--days", "1000000000", "--no-progress"], {}, undefined, 60_000);
    expect(r.code).toBe(EXIT.usage);
    expect(r.stderr).toBe("doorstep: --days (run.days): expected an integer from 1 to 3650, found 1000000000\n");
  });

  it("--set paths through __proto__ or constructor are unknown parameters (exit 1), never a crash", () => {
    const r = toyCli(
      ["run", TOY, "--set", "__proto__.parent=1", "--set", "constructor=2", "--set", "__proto__=3", "--no-progress"],
      {},
      undefined,
      60_000,
    );
    expect(r.code).toBe(EXIT.invalid);
    expect(r.stderr).not.toContain("Cannot read properties");
    expect(r.stderr.trimEnd().split("\n")).toEqual([
      expect.stringMatching(/--set unknown parameter "__proto__\.parent"/),
      expect.stringMatching(/--set unknown parameter "constructor"/),
      expect.stringMatching(/--set unknown parameter "__proto__"/),
    ]);
  });

  it("--set __proto__ is kept as a key, not swallowed by the prototype", () => {
    expect(Object.keys(parseSets(["__proto__=1", "a.b=2"]))).toEqual(["__proto__", "a.b"]);
  });

  it("absurd --shard values are usage errors", () => {
    expect(() => parseShard("1/99999999999999999999")).toThrow(/1 <= i <= n <= 100000/);
    expect(parseShard("3/100000")).toEqual({ index: 3, count: 100000 });
  });
});

describe("--workers is capped by cores and memory", () => {
  const roomy = { cores: 2, freeBytes: 64 * WORKER_MEMORY_BYTES };
  it("never more than the cores, saying so", () => {
    expect(workerCount(27, 100, roomy)).toEqual({ count: 2, note: "using 2 worker(s), not 27: this machine has 2 core(s)" });
    expect(workerCount(undefined, 100, roomy)).toEqual({ count: 2 });
    expect(workerCount(1, 100, roomy)).toEqual({ count: 1 });
  });
  it("never more than free memory allows (at least one)", () => {
    const r = workerCount(16, 100, { cores: 32, freeBytes: 3 * WORKER_MEMORY_BYTES + 1 });
    expect(r.count).toBe(3);
    expect(r.note).toMatch(/^using 3 worker\(s\), not 16: .* of free memory is enough for 3 \(536\.9 MB each\)$/);
    expect(workerCount(4, 100, { cores: 8, freeBytes: 1000 }).count).toBe(1);
  });
  it("never more than the runs, without a note", () => {
    expect(workerCount(2, 1, roomy)).toEqual({ count: 1 });
  });
});
