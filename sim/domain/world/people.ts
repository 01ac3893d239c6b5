/**
 * The people registry: every person who ever moves through the world (residents,
 * visitors, couriers, thieves, police) gets a numeric id; kind, group and home household
 * live in growable typed arrays, so clips and metrics can refer to people by id.
 */
import type { PersonKind } from "../simulation-api.ts";

/** Person kinds in a fixed order; `kindCode` indexes this list. */
export const PERSON_KINDS: readonly PersonKind[] = ["resident", "visitor", "courier", "thief", "police"];

/** All people, by id 0..count-1. */
export interface People {
  readonly count: number;
  /** Registers a person; `home` is a household index or -1. Returns the new person id. */
  add(kind: PersonKind, group: number, home: number): number;
  kind(id: number): PersonKind;
  /** Index of the kind in `PERSON_KINDS` (for typed-array counting). */
  kindCode(id: number): number;
  /** Demographic group index (see `Neighbourhood.groups`). */
  group(id: number): number;
  /** Household the person lives in, or -1. */
  home(id: number): number;
}

/**
 * Creates an empty registry.
 *
 * @example
 * ```ts
 * const people = createPeople();
 * const id = people.add("visitor", 1, -1);
 * people.kind(id); // "visitor"
 * ```
 */
export function createPeople(): People {
  let n = 0;
  let kinds = new Uint8Array(64);
  let groups = new Uint8Array(64);
  let homes = new Int32Array(64);
  const check = (id: number) => {
    if (!(id >= 0 && id < n && Number.isInteger(id))) throw new RangeError(`people: no person with id ${id} (0..${n - 1})`);
  };
  return {
    get count() {
      return n;
    },
    add(kind, group, home) {
      const code = PERSON_KINDS.indexOf(kind);
      if (code < 0) throw new Error(`people.add: unknown kind "${kind}"; expected one of ${PERSON_KINDS.join(", ")}`);
      if (n === kinds.length) {
        kinds = grow(kinds, new Uint8Array(n * 2));
        groups = grow(groups, new Uint8Array(n * 2));
        homes = grow(homes, new Int32Array(n * 2));
      }
      kinds[n] = code;
      groups[n] = group;
      homes[n] = home;
      return n++;
    },
    kind(id) {
      check(id);
      return PERSON_KINDS[kinds[id]];
    },
    kindCode(id) {
      check(id);
      return kinds[id];
    },
    group(id) {
      check(id);
      return groups[id];
    },
    home(id) {
      check(id);
      return homes[id];
    },
  };
}

function grow<A extends Uint8Array | Int32Array>(from: A, to: A): A {
  to.set(from);
  return to;
}
