/** The people registry: ids in order, kind, group and home stored and checked. */
import { describe, expect, it } from "vitest";
import { createPeople, PERSON_KINDS } from "../../../sim/domain/world/index.ts";

describe("createPeople", () => {
  it("hands out ids in order and remembers kind, group and home beyond the initial capacity", () => {
    const people = createPeople();
    for (let i = 0; i < 1000; i++) expect(people.add(PERSON_KINDS[i % 5], i % 3, i % 7 === 0 ? -1 : i)).toBe(i);
    expect(people.count).toBe(1000);
    expect(people.kind(7)).toBe(PERSON_KINDS[2]);
    expect(people.kindCode(7)).toBe(2);
    expect(people.group(998)).toBe(998 % 3);
    expect(people.home(700)).toBe(-1);
    expect(people.home(701)).toBe(701);
  });

  it("rejects unknown ids and kinds", () => {
    const people = createPeople();
    expect(() => people.kind(0)).toThrow(/no person with id 0/);
    expect(() => people.add("alien" as never, 0, -1)).toThrow(/unknown kind "alien"/);
  });
});
