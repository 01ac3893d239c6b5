/** The people registry: ids in order, kind, group and home stored and checked. */
import { describe, expect, it } from "vitest";
import { createRng } from "../../../sim/core/index.ts";
import { createPeople, PERSON_KINDS } from "../../../sim/domain/world/index.ts";

const sex = (femaleShare = 0.5, seed = 1) => ({ femaleShare, rng: createRng(seed).stream("people") });

describe("createPeople", () => {
  it("hands out ids in order and remembers kind, group and home beyond the initial capacity", () => {
    const people = createPeople(sex());
    for (let i = 0; i < 1000; i++) expect(people.add(PERSON_KINDS[i % 5], i % 3, i % 7 === 0 ? -1 : i)).toBe(i);
    expect(people.count).toBe(1000);
    expect(people.kind(7)).toBe(PERSON_KINDS[2]);
    expect(people.kindCode(7)).toBe(2);
    expect(people.group(998)).toBe(998 % 3);
    expect(people.home(700)).toBe(-1);
    expect(people.home(701)).toBe(701);
  });

  it("rejects unknown ids and kinds", () => {
    const people = createPeople(sex());
    expect(() => people.kind(0)).toThrow(/no person with id 0/);
    expect(() => people.add("alien" as never, 0, -1)).toThrow(/unknown kind "alien"/);
  });

  it("draws each person's sex from its own stream at the configured share", () => {
    const people = createPeople(sex(0.3, 7));
    for (let i = 0; i < 4000; i++) people.add("resident", 0, -1);
    let women = 0;
    for (let i = 0; i < 4000; i++) if (people.female(i)) women++;
    // Binomial(4000, 0.3): sd ~29, so +-120 is over 4 sd.
    expect(Math.abs(women - 1200)).toBeLessThan(120);
    const none = createPeople(sex(0));
    const all = createPeople(sex(1));
    none.add("thief", 1, -1);
    all.add("thief", 1, -1);
    expect(none.female(0)).toBe(false);
    expect(all.female(0)).toBe(true);
  });
});
