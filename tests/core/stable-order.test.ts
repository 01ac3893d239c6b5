import { describe, expect, it } from "vitest";
import { createRng } from "../../sim/core/index.ts";
import { stableOrder } from "../../sim/core/stable-order.ts";

describe("stableOrder", () => {
  it("sorts indices by key, ties by index (as a stable sort)", () => {
    const g = createRng(5);
    for (const n of [0, 1, 2, 7, 500]) {
      // Few distinct keys and a cluster: many ties and crowded buckets.
      const key = Float64Array.from({ length: n }, () => (g.bernoulli(0.5) ? g.int(0, 5) : 1 + g.uniform(0, 1e-6)));
      const expected = Array.from({ length: n }, (_, i) => i).sort((a, b) => key[a] - key[b] || a - b);
      expect(Array.from(stableOrder(key))).toEqual(expected);
    }
  });
});
