/** Growable typed arrays: the same array while there is room, else a copy with at least double the room. */
import { describe, expect, it } from "vitest";
import { ensureFloat64, ensureInt32, ensureUint8 } from "../../sim/core/growable.ts";

describe("growable typed arrays", () => {
  const cases = [
    ["Float64", ensureFloat64, (n: number) => new Float64Array(n)],
    ["Int32", ensureInt32, (n: number) => new Int32Array(n)],
    ["Uint8", ensureUint8, (n: number) => new Uint8Array(n)],
  ] as const;
  for (const [name, ensure, make] of cases) {
    it(`${name}: keeps the array while it has room, then copies it into at least twice the room`, () => {
      const a = make(20);
      a[19] = 7;
      expect(ensure(a as never, 20)).toBe(a);
      const b = ensure(a as never, 21) as ArrayLike<number>;
      expect(b).not.toBe(a);
      expect(b.length).toBe(40);
      expect(b[19]).toBe(7);
      expect((ensure(a as never, 100) as ArrayLike<number>).length).toBe(100);
      expect((ensure(make(0) as never, 1) as ArrayLike<number>).length).toBe(16);
    });
  }
});
