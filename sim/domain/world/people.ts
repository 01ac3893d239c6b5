/**
 * The people registry: every person who ever moves through the world (residents,
 * visitors, couriers, thieves, police) gets a numeric id; kind, group, sex and home
 * household live in growable typed arrays, so clips and metrics can refer to people by id.
 * Sex is drawn at registration from the registry's own random stream
 * (`neighbourhood.femaleShare`), so registering people shifts no other stream.
 */
import type { Rng } from "../../core/index.ts";
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
  /** Whether the person is a woman (face recognition errs more often on women's faces). */
  female(id: number): boolean;
}

/** How the registry draws each person's sex. */
export interface SexDraw {
  /** Share of people who are women. */
  femaleShare: number;
  /** The registry's own stream (one draw per person registered). */
  rng: Rng;
}

/**
 * Creates an empty registry.
 *
 * @example
 * ```ts
 * const people = createPeople({ femaleShare: 0.5, rng: rng.stream("people") });
 * const id = people.add("visitor", 1, -1);
 * people.kind(id); // "visitor"
 * people.female(id); // drawn at registration
 * ```
 */
export function createPeople(sex: SexDraw): People {
  let n = 0;
  let kinds = new Uint8Array(64);
  let groups = new Uint8Array(64);
  let females = new Uint8Array(64);
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
        females = grow(females, new Uint8Array(n * 2));
        homes = grow(homes, new Int32Array(n * 2));
      }
      kinds[n] = code;
      groups[n] = group;
      females[n] = sex.rng.bernoulli(sex.femaleShare) ? 1 : 0;
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
    female(id) {
      check(id);
      return females[id] === 1;
    },
  };
}

function grow<A extends Uint8Array | Int32Array>(from: A, to: A): A {
  to.set(from);
  return to;
}
