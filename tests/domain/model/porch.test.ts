import { describe, expect, it } from "vitest";
import { createPorches } from "../../../sim/domain/model/porch.ts";

const plain = { hidden: false, bait: false, tracker: false };

describe("porches", () => {
  it("keeps delivered = collected + stolen + waiting through every transition", () => {
    const p = createPorches(3);
    const a = p.place(0, 10, 50, plain);
    p.place(0, 11, 20, plain);
    const c = p.place(1, 12, 30, plain);
    p.deliverToLocker();
    p.steal(c);
    expect(
      p
        .collect(0)
        .map((x) => x.id)
        .sort(),
    ).toEqual([a.id, a.id + 1]);
    expect(p.counts).toEqual({ delivered: 4, collected: 3, stolen: 1, waiting: 0 });
    expect(p.housesWithPackages()).toEqual([]);
  });

  it("leaves baits out of the counts and on the porch when the household collects", () => {
    const p = createPorches(2);
    const bait = p.place(1, 0, 60, { hidden: false, bait: true, tracker: true });
    p.place(1, 0, 10, plain);
    expect(p.collect(1)).toHaveLength(1);
    expect(p.waitingAt(1)).toEqual([bait]);
    p.steal(bait);
    expect(p.counts).toEqual({ delivered: 1, collected: 1, stolen: 0, waiting: 0 });
  });

  it("refuses to steal a package twice", () => {
    const p = createPorches(1);
    const a = p.place(0, 0, 10, plain);
    p.steal(a);
    expect(() => p.steal(a)).toThrow(/stolen/);
  });
});
