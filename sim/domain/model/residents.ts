/**
 * Residents: who uses the app and owns a camera (adoption over time driven by fear, price,
 * marketing and free-camera deals — see `adoption.ts`), what owners do with motion
 * notifications (look; post a "suspicious person", with a bias by group), what victims do
 * when they find a parcel gone (report it, post it), whether someone at home sees a theft
 * live (confront, call the police), and how owners answer police footage requests (for
 * reasons: the channel, their engagement and fear, promotion and coaching;
 * `submodels/owner-sharing.ts`). Reads `residents:`, and the partnership's promotion and
 * coaching (`policy.policePromotion` or `cameraGiveaway`, `platform.optInCoachingEffort`).
 */
import type { Rng } from "../../core/index.ts";
import { shareProbability } from "../submodels/owner-sharing.ts";
import { decideSuspiciousPost, suspicionRates } from "../submodels/suspicious-posts.ts";
import { HOUR, type ModelContext } from "./context.ts";
import { departmentPromotes } from "./adoption.ts";
import type { ClipView } from "./ports.ts";
import { residentsSection } from "../../scenario/sections/residents.ts";
import { domainPart, level } from "./domain-part.ts";

/** Tolerance around the theft time when a victim looks for it in their own clips (s). */
const OWN_CLIP_TOLERANCE_S = 60; // technical: the taker's trip is in the clip that overlaps the theft

/** A victim's report as handed to the police. */
export interface TheftReport {
  house: number;
  pkg: number;
  /** When the theft may have happened: from delivery to discovery. */
  windowStart: number;
  windowEnd: number;
  /** The victim's own camera filmed the taker. */
  filmed: boolean;
  /** Reported while it happened (a live 911 call). */
  live: boolean;
}

/** What residents hand to other mechanisms. */
export interface ResidentsHooks {
  /** A victim reports a theft. */
  report(r: TheftReport): void;
  /** A resident posts to the app; `clip` when a clip is attached. */
  post(house: number, kind: "crime" | "suspicious", subject: number, clip: ClipView | null): void;
}

/** An owner's answer to a footage request. */
export type RequestAnswer = "shared" | "declined" | "ignored";

/** The residents mechanism. */
export interface Residents {
  /** Does someone at home see the attempt live and confront the thief? (a hook for thieves) */
  confronts(house: number, t: number): boolean;
  /** An asked owner's answer to an area-wide portal request and after how many seconds it comes. */
  answerRequest(house: number): { answer: RequestAnswer; delayS: number };
  /** Chance that the owner agrees to share through `channel` (`owner-sharing.ts`): what the owner sees, never the case. */
  shareProbability(house: number, channel: "portal" | "direct"): number;
  /** Wires the hooks (report, post) once the other mechanisms exist. */
  connect(hooks: ResidentsHooks): void;
}

/** Creates the residents mechanism: app users at the start, reactions wired to the bus and the cameras. */
export function createResidents(ctx: ModelContext): Residents {
  const p = ctx.params.residents;
  const { world, scheduler, bus, perception } = ctx;
  const rng: Rng = ctx.rng.stream("residents");
  const rates = suspicionRates(world.groups, { suspiciousPostProbability: p.suspiciousPostProbability, suspiciousBias: p.suspiciousBias });
  let hooks: ResidentsHooks | null = null;
  const liveWitness = new Map<number, number>();
  /** Households that have posted to the app (engaged with it). */
  const posted = new Uint8Array(world.households);
  function post(house: number, kind: "crime" | "suspicious", subject: number, clip: ClipView | null): void {
    posted[house] = 1;
    hooks?.post(house, kind, subject, clip);
  }
  function sharingChance(house: number, channel: "portal" | "direct"): number {
    return shareProbability(
      {
        base: channel === "portal" ? p.requestShareProbability : ctx.params.platform.directConsentProbability,
        shareOddsRatioEngaged: p.shareOddsRatioEngaged,
        shareOddsRatioPerFearDoubling: p.shareOddsRatioPerFearDoubling,
        shareOddsRatioPromotion: p.shareOddsRatioPromotion,
        shareOddsRatioFullCoaching: p.shareOddsRatioFullCoaching,
      },
      {
        engaged: posted[house] === 1,
        relativeFear: perception.relativeLevel(house),
        promoted: departmentPromotes(ctx.params.policy),
        coachingEffort: ctx.params.platform.optInCoachingEffort,
      },
    );
  }

  for (let h = 0; h < world.households; h++) {
    if (world.hasCamera(h) || rng.bernoulli(p.appUserShare)) ctx.appUser[h] = 1;
  }

  // Notifications: the owner may look; strangers may be posted as suspicious.
  world.onClip((clip) => {
    if (clip.house < 0 || !ctx.appUser[clip.house] || !rng.bernoulli(p.lookProbability)) return;
    let strangers = 0;
    for (const s of clip.subjects) {
      const kind = world.personKind(s.personId);
      if (kind === "courier" || kind === "police" || world.personHome(s.personId) === clip.house) continue;
      strangers++;
      const offender = ctx.offenders.has(s.personId);
      if (decideSuspiciousPost(rates, world.personGroup(s.personId), offender, rng)) {
        post(clip.house, "suspicious", s.personId, clip);
      }
    }
    if (strangers > 0) perception.expose(clip.house, "stranger-notification");
  });

  // A real parcel gone: the victim finds out when next home, then reports and posts.
  bus.on("package-stolen", (e) => {
    if (e.bait) return;
    const live = liveWitness.get(e.house) === e.time;
    liveWitness.delete(e.house);
    const discoverAt = live ? e.time : Math.max(e.time, world.nextHomeAt(e.house, e.time));
    scheduler.scheduleAt(discoverAt, () => discover(e.house, e.pkg, e.person, e.time, e.deliveredAt, live));
  });

  function discover(house: number, pkg: number, thief: number, theftTime: number, since: number, live: boolean): void {
    const t = scheduler.now;
    perception.expose(house, "own-loss");
    perception.tellNeighbours(house, "word-of-mouth");
    let clip: ClipView | null = null;
    if (world.hasCamera(house)) {
      for (const c of world.clipsOfHouse(house, theftTime - OWN_CLIP_TOLERANCE_S, theftTime + OWN_CLIP_TOLERANCE_S)) {
        if (c.subjects.some((s) => s.personId === thief)) clip = c;
      }
    }
    const filmed = clip !== null;
    const reportP = Math.min(1, (live ? p.callOnLiveTheftProbability : p.reportProbability) + (filmed ? p.reportBoostWithFootage : 0));
    if (rng.bernoulli(reportP)) {
      hooks?.report({ house, pkg, windowStart: live ? theftTime : since, windowEnd: t, filmed, live });
    }
    if (ctx.appUser[house] && rng.bernoulli(p.postCrimeProbability)) post(house, "crime", filmed ? thief : -1, clip);
  }

  return {
    connect(h) {
      hooks = h;
    },
    confronts(house, t) {
      if (!world.hasCamera(house) || !world.isHome(house, t) || !rng.bernoulli(p.lookProbability)) return false;
      liveWitness.set(house, t);
      return rng.bernoulli(p.confrontProbability);
    },
    shareProbability: sharingChance,
    answerRequest(house) {
      const u = rng.next();
      const share = sharingChance(house, "portal");
      const answer: RequestAnswer = u < share ? "shared" : u < share + p.requestDeclineProbability ? "declined" : "ignored";
      const delayS = p.requestAnswerHours > 0 ? rng.exponential(1 / (p.requestAnswerHours * HOUR)) : 0;
      return { answer, delayS };
    },
  };
}

/** The residents part: the households' reactions; `households` (by group) at the end of each day. */
export const residentsPart = domainPart({
  name: "residents",
  summary: "Households watch notifications, post, report thefts, confront thieves and answer footage requests.",
  section: { key: "residents", schema: residentsSection },
  metrics: [
    level(
      "households",
      "households",
      "Households",
      "Added. Households in the neighbourhood; by group. The denominator of per-capita rates in the summary.",
      true,
    ),
  ],
  events: [],
  create: (ctx) => createResidents(ctx.env),
  endDay(_self, _day, ctx) {
    const { world } = ctx.env;
    ctx.metrics.set("households", world.households);
    const byGroup = new Float64Array(world.groups.length);
    for (let h = 0; h < world.households; h++) byGroup[world.houseGroup(h)]++;
    for (let g = 0; g < byGroup.length; g++) ctx.metrics.setGroup("households", g, byGroup[g]);
  },
});
