/**
 * The camera system's per-bucket camera lists: the packed copy the hot loops read agrees
 * with plain lists (same ids, same order) through any sequence of additions and removals.
 */
import { describe, expect, it } from "vitest";
import { createRng } from "../../../sim/core/index.ts";
import { BucketLists } from "../../../sim/domain/world/cameras/bucket-lists.ts";

describe("bucket lists", () => {
  it("packs the same ids in the same order as plain lists, after every change", () => {
    const rng = createRng(7);
    const buckets = 40;
    const packed = new BucketLists(buckets);
    const plain: number[][] = Array.from({ length: buckets }, () => []);
    for (let step = 0; step < 3000; step++) {
      const b = rng.int(0, buckets);
      if (plain[b].length > 0 && rng.bernoulli(0.4)) {
        const id = rng.choice(plain[b]);
        plain[b].splice(plain[b].indexOf(id), 1);
        packed.remove(b, id);
      } else {
        const id = rng.int(0, 1000);
        plain[b].push(id);
        packed.add(b, id);
      }
      if (step % 7 === 0) {
        packed.pack();
        for (let q = 0; q < buckets; q++) expect(Array.from(packed.ids.subarray(packed.start[q], packed.start[q + 1]))).toEqual(plain[q]);
      }
    }
    packed.remove(0, -5); // not listed: nothing changes
    packed.pack();
    expect(packed.start[buckets]).toBe(plain.reduce((n, l) => n + l.length, 0));
  });
});
