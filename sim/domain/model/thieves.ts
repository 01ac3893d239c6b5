/**
 * Thieves: a few motivated offenders who prowl the streets in their working area at
 * their active hours (more in the afternoon), some following delivery vans, look at
 * porches and decide by routine-activity reasoning (`thief-choice.ts`). They learn the
 * risk of cameras from outcomes, move to another part of town after arrests nearby or
 * deterred attempts (displacement), stay near their successes (near-repeat), and some hide
 * their faces. Arrested offenders are out of action for a while. Their activity may rise
 * or fall over the years (`trendPerYear`). Reads only `thieves:`
 * (plus the parcel-hiding share of `deliveries:` and the sting's publicity, via signals).
 */
import type { Rng } from "../../core/index.ts";
import { DAY, HOUR, type ModelContext } from "./context.ts";
import type { Package } from "./porch.ts";
import { chooseOdds } from "./thief-choice.ts";
import { thievesSection } from "../../scenario/sections/thieves.ts";
import { count, domainPart } from "./domain-part.ts";
import { residentsPart } from "./residents.ts";

/** Seconds after a theft by which the cameras' clips of it have closed and been uploaded. */
const CLIP_SETTLE_S = 900; // post-roll, merging and upload take seconds to minutes; a quarter hour is ample
/** Days in a year, for the yearly trend of activity. */
const DAYS_PER_YEAR = 365;
/** Deliveries remembered for van following. */
const VAN_MEMORY = 256; // a ring buffer; only the most recent stops matter

/** One offender. */
export interface Thief {
  index: number;
  person: number;
  group: number;
  concealsFace: boolean;
  inGallery: boolean;
  /** Household at the centre of the working area. */
  area: number;
  /** Learned risk of cameras, 0-1; 0.5 means "as cameraDeterrence says". */
  cameraRisk: number;
  jailedUntil: number;
  thefts: number;
  /** Packages taken since the last arrest, and when (what a search may find, what a confession covers). */
  loot: number[];
  lootAt: number[];
}

/** Hooks into other mechanisms that an attempt needs. */
export interface ThiefHooks {
  /** Does someone at home see the attempt live and confront the thief (the theft fails)? */
  confronts(house: number, t: number): boolean;
}

/** The thieves mechanism. */
export interface Thieves {
  readonly list: readonly Thief[];
  /** Schedules the day's prowls. */
  startDay(day: number): void;
  /** The offender with this person id, if any. */
  byPerson(person: number): Thief | undefined;
  /** Whether `person` still holds package `pkg` at time `t` (taken less than `lootKeepDays` ago): what a search can find. */
  holds(person: number, pkg: number, t: number): boolean;
  /**
   * What an arrested person gives away: the packages they still hold (found by a search
   * with `found`), and those they admit to (an offender confesses with
   * `confessionProbability` to every theft since their last arrest).
   */
  onArrest(person: number, t: number, found: boolean): { held: number[]; admitted: number[] };
}

/** Creates the offenders and wires their reactions to deliveries and arrests. */
export function createThieves(ctx: ModelContext, hooks: ThiefHooks): Thieves {
  const p = ctx.params.thieves;
  const { world, scheduler, porches, bus, metrics } = ctx;
  const rng: Rng = ctx.rng.stream("thieves");
  const count = p.perThousandHouseholds > 0 ? Math.max(1, Math.round((p.perThousandHouseholds * world.households) / 1000)) : 0;
  const groupWeights = world.groups.map((g) => p.groupWeights[g] ?? 0);
  const useMix = groupWeights.every((w) => w === 0);
  const list: Thief[] = [];
  const byPerson = new Map<number, Thief>();
  for (let i = 0; i < count; i++) {
    const home = rng.int(0, world.households);
    const group = useMix ? world.houseGroup(rng.int(0, world.households)) : rng.weightedIndex(groupWeights);
    const person = world.addPerson("thief", group, -1);
    const t: Thief = {
      index: i,
      person,
      group,
      concealsFace: rng.bernoulli(p.concealFaceShare),
      inGallery: ctx.faces.drawInGallery(),
      area: home,
      cameraRisk: 0.5,
      jailedUntil: -1,
      thefts: 0,
      loot: [],
      lootAt: [],
    };
    list.push(t);
    byPerson.set(person, t);
  }

  // Van following: the most recent delivery stops.
  const vanStops = new Int32Array(VAN_MEMORY).fill(-1);
  let vanHead = 0;
  bus.on("package-delivered", (e) => {
    if (e.bait) return; // baits are placed by police, not by a van
    vanStops[vanHead] = e.house;
    vanHead = (vanHead + 1) % VAN_MEMORY;
  });

  // Arrests: an arrested offender is jailed (whichever case it was for) and learns from it;
  // those working nearby hear of it and may move.
  bus.on("arrest-made", (e) => {
    const thief = byPerson.get(e.person);
    if (thief) {
      thief.jailedUntil = e.time + p.jailDays * DAY;
      thief.cameraRisk = learn(thief.cameraRisk, 1);
      thief.loot.length = 0;
      thief.lootAt.length = 0;
    }
    if (e.house < 0) return;
    const r2 = p.nearRadiusM * p.nearRadiusM;
    for (const other of list) {
      if (other === thief) continue;
      const dx = world.porchX(other.area) - world.porchX(e.house);
      const dy = world.porchY(other.area) - world.porchY(e.house);
      if (dx * dx + dy * dy <= r2 && rng.bernoulli(p.displacementProbability)) displace(other);
    }
  });

  function learn(risk: number, outcome: number): number {
    return (1 - p.learningRate) * risk + p.learningRate * outcome;
  }

  function displace(thief: Thief): void {
    thief.area = rng.int(0, world.households);
  }

  /** Afternoon as in the 56% statistic (12:00-18:00); the rest of the prowling day is morning and evening. */
  const AFTERNOON: readonly [number, number] = [12, 18];
  const MORNING: readonly [number, number] = [9, 12];
  const EVENING: readonly [number, number] = [18, 21];
  const morningShareOfRest = (MORNING[1] - MORNING[0]) / (MORNING[1] - MORNING[0] + EVENING[1] - EVENING[0]);
  function prowlStart(day: number): number {
    const span = rng.bernoulli(p.afternoonShare) ? AFTERNOON : rng.bernoulli(morningShareOfRest) ? MORNING : EVENING;
    const hour = rng.uniform(span[0], span[1]);
    return day * DAY + hour * HOUR;
  }

  /** Porches to look at: a van's recent stops near the working area, or a roam through it. */
  function candidates(thief: Thief): number[] {
    if (rng.bernoulli(p.followVanShare)) {
      // A van seen in the area: its recent stops within vanFollowRadiusM, newest first.
      const ax = world.porchX(thief.area);
      const ay = world.porchY(thief.area);
      const r2 = p.vanFollowRadiusM * p.vanFollowRadiusM;
      const out: number[] = [];
      for (let k = 1; k <= VAN_MEMORY && out.length < p.housesPerProwl; k++) {
        const h = vanStops[(vanHead - k + VAN_MEMORY) % VAN_MEMORY];
        if (h < 0) break;
        if ((world.porchX(h) - ax) ** 2 + (world.porchY(h) - ay) ** 2 <= r2) out.push(h);
      }
      if (out.length > 0) return out;
    }
    const near = Array.from(world.housesNear(world.porchX(thief.area), world.porchY(thief.area), p.nearRadiusM));
    return near.length <= p.housesPerProwl ? rng.shuffle(near) : rng.sample(near, p.housesPerProwl);
  }

  function visiblePackage(house: number): Package | null {
    let best: Package | null = null;
    for (const pkg of porches.waitingAt(house)) {
      if (pkg.hidden && !rng.bernoulli(ctx.params.deliveries.hiddenVisibility)) continue;
      if (!best || pkg.value > best.value) best = pkg;
    }
    return best;
  }

  /**
   * One prowl: the porches the offender looks at, in order, one every `secondsPerPorch`
   * from `t0`. After a decision the offender walks on: past a porch, after a deterred
   * attempt (unless displaced to another part of town), and after going up to a porch —
   * until `maxAttemptsPerProwl` attempts, a confrontation, or a stop after a theft
   * (`stopAfterTheftProbability`). The route's time is fixed: porches due while the
   * offender is at a porch are passed by.
   */
  interface Prowl {
    thief: Thief;
    /** Porches with something on them when the prowl started, and when each is due. */
    stops: number[];
    due: number[];
    /** Porches looked at so far. */
    next: number;
    from: number;
    attempts: number;
    /** Until when the offender is busy at a porch. */
    busyUntil: number;
    done: boolean;
  }

  function prowl(thief: Thief): void {
    const t0 = scheduler.now;
    if (thief.jailedUntil > t0) return;
    const candidatesInOrder = candidates(thief);
    const state: Prowl = { thief, stops: [], due: [], next: 0, from: thief.area, attempts: 0, busyUntil: -1, done: false };
    for (let i = 0; i < candidatesInOrder.length; i++) {
      // Only porches with something on them at the start are worth an event; others are passed by.
      if (porches.waitingAt(candidatesInOrder[i]).length === 0) continue;
      state.stops.push(candidatesInOrder[i]);
      state.due.push(t0 + i * p.secondsPerPorch);
    }
    walkOn(state);
  }

  /** Schedules the next porch of the prowl, or ends it. */
  function walkOn(state: Prowl): void {
    if (state.done || state.next >= state.stops.length) {
      end(state);
      return;
    }
    scheduler.scheduleAt(state.due[state.next], () => {
      if (!state.done) look(state, state.stops[state.next++]);
      walkOn(state);
    });
  }

  function end(state: Prowl): void {
    state.done = true;
    bus.emit({ type: "prowl-ended", time: scheduler.now, thief: state.thief.index, porches: state.next, attempts: state.attempts });
  }

  function look(state: Prowl, house: number): void {
    const thief = state.thief;
    const t = scheduler.now;
    if (thief.jailedUntil > t) {
      state.done = true;
      return;
    }
    if (t < state.busyUntil) return;
    const pkg = visiblePackage(house);
    if (!pkg) return;
    const noticed = world.hasCamera(house) && world.cameraVisible(house) && rng.bernoulli(p.cameraNoticeProbability);
    const odds = chooseOdds(p, {
      value: pkg.value,
      guardianHome: world.isHome(house, t),
      cameraNoticed: noticed,
      cameraRisk: thief.cameraRisk,
      arrestsNearby: ctx.arrests.countNear(world.porchX(house), world.porchY(house), t, p.nearRadiusM, p.arrestMemoryDays * DAY),
      stingPublicised: ctx.signals.stingPublicised,
      publicityDeterrence: ctx.params.sting.publicityDeterrence,
    });
    const u = rng.next();
    if (u >= odds.takeWithoutDeterrents) return;
    if (u >= odds.take) {
      const reason = odds.strongest ?? "guardian";
      metrics.inc("thefts_deterred");
      bus.emit({ type: "theft-deterred", time: t, house, thief: thief.index, reason });
      if (reason !== "guardian" && rng.bernoulli(p.displacementProbability)) {
        displace(thief);
        state.done = true;
      }
      return;
    }
    // The offender goes up to the porch: cameras on the way and at the door record it.
    state.attempts++;
    if (state.attempts >= p.maxAttemptsPerProwl) state.done = true;
    const visit = world.visitPorch(thief.person, house, t, p.takeSeconds, state.from, thief.concealsFace);
    state.from = house;
    state.busyUntil = visit.leave;
    scheduler.scheduleAt(visit.arrive, () => {
      if (hooks.confronts(house, visit.arrive)) {
        bus.emit({ type: "theft-confronted", time: visit.arrive, house, thief: thief.index });
        state.done = true; // confronted, the offender leaves the area
        return;
      }
      if (pkg.state !== "waiting") return;
      steal(thief, pkg, visit.arrive, visit.leave, noticed);
      // Carrying loot, the offender may call it a day (drawn only if another attempt is allowed).
      if (!state.done && rng.bernoulli(p.stopAfterTheftProbability)) state.done = true;
    });
  }

  /** `noticed`: the offender saw a camera at this porch (a hidden one teaches them nothing). */
  function steal(thief: Thief, pkg: Package, t: number, leave: number, noticed: boolean): void {
    const house = pkg.house;
    porches.steal(pkg);
    thief.thefts++;
    thief.loot.push(pkg.id);
    thief.lootAt.push(t);
    thief.area = house; // near-repeat: the offender keeps working where it paid off
    ctx.offenders.add(thief.person);
    if (!pkg.bait) metrics.inc("packages_stolen");
    bus.emit({
      type: "package-stolen",
      time: t,
      house,
      pkg: pkg.id,
      thief: thief.index,
      person: thief.person,
      bait: pkg.bait,
      deliveredAt: pkg.deliveredAt,
    });
    if (noticed) thief.cameraRisk = learn(thief.cameraRisk, 0); // saw the camera and (so far) got away
    scheduler.scheduleAt(leave + CLIP_SETTLE_S, () => checkFilmed(thief, pkg, t, leave));
  }

  function checkFilmed(thief: Thief, pkg: Package, t: number, leave: number): void {
    const clips = world.clipsInWindow(pkg.house, ctx.params.police.sceneRadiusM, t, leave);
    for (const c of clips) {
      if (c.subjects.some((s) => s.personId === thief.person)) {
        if (!pkg.bait) metrics.inc("thefts_on_camera");
        bus.emit({ type: "theft-recorded", time: scheduler.now, house: pkg.house, pkg: pkg.id, clip: c.id });
        return;
      }
    }
  }

  const confessions: Rng = ctx.rng.stream("confessions");
  function held(thief: Thief, t: number): number[] {
    const out: number[] = [];
    for (let i = 0; i < thief.loot.length; i++) if (t - thief.lootAt[i] < p.lootKeepDays * DAY) out.push(thief.loot[i]);
    return out;
  }
  /** Offender activity relative to the first reported day (thieves.trendPerYear, compounded daily). */
  let activity = 1;

  return {
    list,
    byPerson: (person) => byPerson.get(person),
    holds(person, pkg, t) {
      const thief = byPerson.get(person);
      return thief !== undefined && held(thief, t).includes(pkg);
    },
    onArrest(person, t, found) {
      const thief = byPerson.get(person);
      if (!thief) return { held: [], admitted: [] };
      return { held: found ? held(thief, t) : [], admitted: confessions.bernoulli(p.confessionProbability) ? thief.loot.slice() : [] };
    },
    startDay(day) {
      if (day > ctx.warmupDays) activity *= (1 + p.trendPerYear) ** (1 / DAYS_PER_YEAR);
      const activeP = p.activeDaysPerWeek / 7;
      for (const thief of list) {
        if (thief.jailedUntil > day * DAY || !rng.bernoulli(activeP)) continue;
        const n = rng.poisson(p.prowlsPerActiveDay * activity);
        for (let k = 0; k < n; k++) scheduler.scheduleAt(prowlStart(day), () => prowl(thief));
      }
    },
  };
}

/** The thieves part: prowls scheduled each day; residents at home may confront them. */
export const thievesPart = domainPart({
  name: "thieves",
  summary: "Motivated offenders prowl their area, pick porches by routine-activity reasoning, learn and displace.",
  section: { key: "thieves", schema: thievesSection },
  metrics: [
    count(
      "packages_stolen",
      "packages",
      "Packages stolen",
      "Real packages taken from porches by thieves that day (bait packages are counted in sting_baits_taken).",
    ),
    count(
      "thefts_deterred",
      "attempts",
      "Thefts prevented by deterrence",
      "Times a thief who had picked a package as a target walked away because of the perceived risk (a visible camera, someone at home, recent arrests nearby).",
    ),
    count("thefts_on_camera", "thefts", "Thefts caught on camera", "Thefts (real packages) of which at least one camera recorded a clip."),
  ],
  events: ["package-stolen", "prowl-ended", "theft-confronted", "theft-deterred", "theft-recorded"],
  create(ctx) {
    const residents = ctx.use(residentsPart);
    return createThieves(ctx.env, { confronts: (h, t) => residents.confronts(h, t) });
  },
  startDay(self, day) {
    self.startDay(day);
  },
});
