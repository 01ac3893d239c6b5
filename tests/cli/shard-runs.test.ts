/** `--shard i/n` takes its runs by index: `shardRuns` counts and steps them without listing the plan. */
import { describe, expect, it } from "vitest";
import { inShard, shardRuns } from "../../cli/sweep/shard.ts";

describe("shardRuns", () => {
  it("is exactly the runs inShard holds, for every shard of small plans", () => {
    for (let total = 0; total <= 13; total++) {
      for (let count = 1; count <= 6; count++) {
        for (let index = 1; index <= count; index++) {
          const shard = { index, count };
          const { from, step, count: n } = shardRuns(total, shard);
          const stepped: number[] = [];
          for (let i = from; i < total; i += step) stepped.push(i);
          const listed = Array.from({ length: total }, (_, i) => i).filter((i) => inShard(i, shard));
          expect(stepped).toEqual(listed);
          expect(n).toBe(listed.length);
        }
      }
    }
    expect(shardRuns(7, null)).toEqual({ from: 0, step: 1, count: 7 });
  });

  it("counts a shard of a 10-million-run plan at once", () => {
    expect(shardRuns(10_000_000, { index: 3, count: 7 }).count).toBe(1_428_572);
    expect(shardRuns(2, { index: 5, count: 8 }).count).toBe(0);
  });
});
