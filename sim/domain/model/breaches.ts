/**
 * Breaches and staff access: camera owners' accounts are compromised now and then
 * (credential stuffing, FTC 2023) — the intruder sees the account's stored clips and every
 * clip recorded after — and, where the company lets its staff and contractors view
 * customers' videos (`platform.staffAccess`), a share of clips is viewed by them. Counts
 * the accounts breached, the clips exposed (each once) and the innocent people in them
 * (each once, by group). Nothing here feeds back into other mechanisms. Reads `platform:`.
 */
import { DAY } from "./context.ts";
import { count, domainPart } from "./domain-part.ts";

/** Days in a year, for the yearly breach rate. */
const DAYS_PER_YEAR = 365;

/** Who is breached and what has been exposed. */
export interface Breaches {
  readonly breached: Uint8Array;
  readonly exposedClips: Set<number>;
  readonly exposedPeople: Set<number>;
}

/** The breaches part. */
export const breachesPart = domainPart({
  name: "breaches",
  summary: "Compromised owner accounts and staff viewing of customers' clips expose footage and the innocent people in it.",
  metrics: [
    count(
      "accounts_breached",
      "accounts",
      "Camera accounts breached",
      "Added. Camera owners' accounts compromised that day (platform.breachAccountsPerYear; ftc-2023-ring: >55,000 US accounts in 15 months).",
    ),
    count(
      "clips_exposed",
      "clips",
      "Clips exposed (breaches, staff)",
      "Added. Doorbell clips first seen that day by someone other than the owner and police: stored or new clips of breached accounts, and clips viewed by staff when platform.staffAccess.",
    ),
    count(
      "innocents_exposed",
      "people",
      "Innocent people in exposed clips",
      "Added. Distinct people who committed no theft in exposed clips, counted the day they are first exposed (officers not counted); by their group.",
      true,
    ),
  ],
  events: [],
  create: (ctx): Breaches => ({
    breached: new Uint8Array(ctx.env.world.households),
    exposedClips: new Set<number>(),
    exposedPeople: new Set<number>(),
  }),
  startDay(self, day, ctx) {
    const { world, params } = ctx.env;
    const p = params.platform.breachAccountsPerYear / DAYS_PER_YEAR;
    if (p <= 0) return;
    const t = day * DAY;
    for (let h = 0; h < world.households; h++) {
      if (self.breached[h] || !world.hasCamera(h) || !ctx.rng.bernoulli(p)) continue;
      self.breached[h] = 1;
      ctx.metrics.inc("accounts_breached");
      for (const clip of world.clipsOfHouse(h, 0, t))
        expose(
          self,
          clip.id,
          clip.subjects.map((s) => s.personId),
          ctx,
        );
    }
  },
  on: {
    "clip-recorded": (self, e, ctx) => {
      const { staffAccess, staffViewShare } = ctx.env.params.platform;
      if (self.breached[e.house] || (staffAccess && ctx.rng.bernoulli(staffViewShare))) expose(self, e.clip, e.persons, ctx);
    },
  },
});

/** Counts a clip as exposed (once) and the innocent people in it (each once). */
function expose(self: Breaches, clip: number, persons: readonly number[], ctx: Parameters<NonNullable<(typeof breachesPart)["startDay"]>>[2]): void {
  if (self.exposedClips.has(clip)) return;
  self.exposedClips.add(clip);
  ctx.metrics.inc("clips_exposed");
  const { world, offenders } = ctx.env;
  for (const person of persons) {
    if (offenders.has(person) || self.exposedPeople.has(person) || world.personKind(person) === "police") continue;
    self.exposedPeople.add(person);
    ctx.metrics.incGroup("innocents_exposed", world.personGroup(person));
  }
}
