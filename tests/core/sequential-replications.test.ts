/** Batch sizes for replications until precise (sim/core/sequential-replications.ts). */
import { describe, expect, it } from "vitest";
import { nextReplications, replicationsFor } from "../../sim/core/index.ts";

describe("replications until precise", () => {
  it("asks for n (halfWidth / wanted)^2 replications: halving an interval takes four times the runs", () => {
    expect(replicationsFor(10, 2, 1)).toBe(40);
    expect(replicationsFor(10, 1, 1)).toBe(10);
    expect(replicationsFor(1, 2, 1)).toBe(Infinity);
    expect(replicationsFor(10, NaN, 1)).toBe(Infinity);
    expect(replicationsFor(10, 2, 0)).toBe(Infinity);
  });

  it("goes to the largest need, at least a quarter more and at most twice as many, never past the maximum", () => {
    expect(nextReplications(10, [], 100)).toBe(10);
    expect(nextReplications(10, [14, 12], 100)).toBe(14);
    expect(nextReplications(10, [11], 100)).toBe(13);
    expect(nextReplications(10, [55], 100)).toBe(20);
    expect(nextReplications(10, [Infinity], 100)).toBe(20);
    expect(nextReplications(10, [55], 16)).toBe(16);
    expect(nextReplications(16, [55], 16)).toBe(16);
  });
});
