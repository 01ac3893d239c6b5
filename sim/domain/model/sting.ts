/**
 * Sting operations: for a period, police keep bait packages (some with GPS trackers) on
 * porches under cameras, at recent theft hot spots or at random. A taken bait with a
 * working tracker is followed and may end in an arrest of whoever the track leads to (the
 * taker, or with `trackerWrongPersonProbability` someone else); one without a working tracker
 * becomes an ordinary investigation of the footage. Placement and tracking cost officer
 * hours; the operation's USD cost (`sting_cost_usd`) is counted as it is incurred: those
 * officer hours, each tracker-day on a porch and each bait package placed. A publicised
 * sting raises offenders' perceived risk and puts a police post in the feed. Reads only `sting:`.
 */
import type { Rng } from "../../core/index.ts";
import { DAY, type ModelContext } from "./context.ts";
import type { Platform } from "./platform.ts";
import type { Police } from "./police.ts";
import type { Package } from "./porch.ts";
import { someoneNear } from "./theft-witnesses.ts";
import { stingSection } from "../../scenario/sections/sting.ts";
import { count, domainPart } from "./domain-part.ts";
import { platformPart } from "./platform.ts";
import { policePart } from "./police.ts";

/** The sting mechanism. */
export interface Sting {
  /** Places, replaces or removes baits (call at the start of each day). */
  startDay(day: number): void;
  /** Houses with a bait on the porch now. */
  baitHouses(): number[];
}

/** Creates the sting mechanism (idle unless `sting.enabled`). */
export function createSting(ctx: ModelContext, police: Police, platform: Platform): Sting {
  const p = ctx.params.sting;
  const { world, bus, metrics, porches, officers } = ctx;
  const rng: Rng = ctx.rng.stream("sting");
  const baits: Package[] = [];
  const recentThefts: number[] = [];
  let announced = false;

  bus.on("package-stolen", (e) => {
    if (!e.bait) {
      recentThefts.push(e.house);
      if (recentThefts.length > p.hotspotThefts) recentThefts.shift();
      return;
    }
    const i = baits.findIndex((b) => b.id === e.pkg);
    if (i < 0) return;
    const bait = baits[i];
    baits.splice(i, 1);
    metrics.inc("sting_baits_taken");
    const tracked = bait.tracker && rng.bernoulli(p.trackerReliability);
    bus.emit({ type: "bait-taken", time: e.time, house: e.house, pkg: e.pkg, thief: e.thief, tracked });
    if (tracked) {
      spend(p.trackingHours);
      if (!rng.bernoulli(p.trackArrestProbability)) return; // officers never caught up with the parcel
      // Where the track ends: with the taker, or with someone the parcel was dumped on or passed to.
      const holder = rng.bernoulli(p.trackerWrongPersonProbability) ? someoneNear(ctx, rng, e.house, ctx.params.thieves.nearRadiusM) : e.person;
      if (police.trackerLead(e.house, bait.deliveredAt, e.time, e.pkg, holder)) metrics.inc("sting_arrests");
    } else {
      police.investigateUnreported(e.house, bait.deliveredAt, e.time, e.pkg);
    }
  });

  function spend(hours: number): void {
    officers.spend(hours, "sting", true);
    metrics.inc("sting_officer_hours", hours);
    pay(hours * p.officerHourCostUsd);
  }

  /** Counts a USD cost of the operation on the day it is incurred. */
  function pay(usd: number): void {
    if (usd > 0) metrics.inc("sting_cost_usd", usd);
  }

  function pickHouse(taken: Set<number>): number {
    const pool: number[] = [];
    if (p.placeAtHotspots) {
      for (const h of recentThefts) {
        const near = world.housesNear(world.porchX(h), world.porchY(h), ctx.params.thieves.nearRadiusM);
        for (let i = 0; i < near.length; i++) if (world.hasCamera(near[i]) && !taken.has(near[i])) pool.push(near[i]);
      }
    }
    if (pool.length > 0) return rng.choice(pool);
    for (let tries = 0; tries < 256; tries++) {
      const h = rng.int(0, world.households);
      if (world.hasCamera(h) && !taken.has(h)) return h;
    }
    return -1;
  }

  function place(t: number, withTracker: boolean): void {
    const taken = new Set(baits.map((b) => b.house));
    const house = pickHouse(taken);
    if (house < 0) return;
    const pkg = porches.place(house, t, p.baitValueUsd, { hidden: false, bait: true, tracker: withTracker });
    baits.push(pkg);
    metrics.inc("sting_baits_placed");
    pay(p.baitPackageCostUsd);
    bus.emit({ type: "bait-placed", time: t, house, pkg: pkg.id, tracker: withTracker });
    bus.emit({ type: "package-delivered", time: t, house, pkg: pkg.id, bait: true });
  }

  return {
    baitHouses: () => baits.map((b) => b.house),
    startDay(day) {
      if (!p.enabled) return;
      const t = day * DAY;
      const active = day >= p.startDay && day < p.startDay + p.durationDays;
      if (!active) {
        for (const b of baits) porches.removeBait(b);
        baits.length = 0;
        ctx.signals.stingPublicised = false;
        return;
      }
      const trackers = Math.min(p.trackers, p.baits);
      while (baits.length < p.baits) {
        const withTracker = baits.filter((b) => b.tracker).length < trackers;
        const before = baits.length;
        place(t, withTracker);
        if (baits.length === before) break;
      }
      spend(p.placementHoursPerBaitDay * baits.length);
      pay(p.trackerCostPerDayUsd * baits.filter((b) => b.tracker).length);
      ctx.signals.stingPublicised = p.publicised;
      if (p.publicised && !announced) {
        announced = true;
        if (baits.length > 0) platform.policePost(baits[0].house);
      }
    },
  };
}

/** The sting part: bait packages with GPS trackers during the operation's days. */
export const stingPart = domainPart({
  name: "sting",
  summary: "Police keep bait packages, some GPS-tracked, on porches at hot spots; a taken bait may end in an arrest.",
  section: { key: "sting", schema: stingSection },
  metrics: [
    count("sting_baits_placed", "packages", "Bait packages placed", "Bait packages with GPS trackers placed on porches."),
    count("sting_baits_taken", "packages", "Bait packages taken", "Bait packages taken by a thief."),
    count("sting_arrests", "arrests", "Arrests from stings", "Arrests after a bait package was taken and tracked (also counted in arrests)."),
    count(
      "sting_officer_hours",
      "hours",
      "Officer hours spent on stings",
      "Officer hours spent on sting operations (also counted in police_officer_hours).",
    ),
    count(
      "sting_cost_usd",
      "USD",
      "Cost of stings (USD)",
      "Added. Cost of sting operations incurred that day: sting officer hours at sting.officerHourCostUsd, GPS tracker-days on porches at sting.trackerCostPerDayUsd and bait packages placed at sting.baitPackageCostUsd (all assumptions).",
    ),
  ],
  events: ["bait-placed", "bait-taken", "package-delivered"],
  create: (ctx) => createSting(ctx.env, ctx.use(policePart), ctx.use(platformPart)),
  startDay(self, day) {
    self.startDay(day);
  },
});
