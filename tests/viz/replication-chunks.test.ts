import { describe, expect, it } from "vitest";
import { replicationChunks } from "../../viz/engine-client.ts";

describe("replication chunks", () => {
  it("cover every replication of every policy once, in runs each engine can take", () => {
    const chunks = replicationChunks(["a", "b"], 0, 10, 8);
    for (const p of ["a", "b"]) {
      const covered = chunks.filter((c) => c.policy === p).flatMap((c) => Array.from({ length: c.to - c.from }, (_, i) => c.from + i));
      expect(covered.sort((x, y) => x - y)).toEqual([...Array(10).keys()]);
    }
    // Enough chunks for eight engines with two policies.
    expect(chunks.length).toBeGreaterThanOrEqual(8);
  });
  it("start at the first replication of a later batch and are empty when nothing is left", () => {
    const chunks = replicationChunks(["a"], 5, 7, 2);
    expect(chunks.every((c) => c.from >= 5 && c.to <= 7)).toBe(true);
    expect(replicationChunks(["a"], 7, 7, 2)).toEqual([]);
  });
});
