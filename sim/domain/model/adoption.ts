/**
 * Camera adoption: the cameras at the start, households buying one over time (a yearly
 * rate scaled by fear, price, marketing and the department's promotion), sign-ups to the
 * app through the department's code while it promotes the cameras and the app, and the
 * free-camera giveaway (seeded cameras, then one more per N sign-ups through the code)
 * when the policy has it. New owners join the app. Reads only `residents:` and
 * `policy.policePromotion`, `policy.cameraGiveaway`.
 */
import type { Rng } from "../../core/index.ts";
import type { ModelContext } from "./context.ts";
import { DAY } from "./context.ts";
import type { Policy } from "../../scenario/index.ts";
import { count, domainPart, level } from "./domain-part.ts";

/** Days in a year, to turn yearly rates into daily probabilities. */
const DAYS_PER_YEAR = 365;
/** Random draws when looking for a household without a camera (then a scan); the first half prefer app users. */
const PICK_TRIES = 64; // technical: a search bound, not a behaviour

/**
 * Whether the department promotes the cameras and the app: its promotion switch, or a
 * giveaway, which the department runs by handing out cameras and its sign-up code.
 */
export function departmentPromotes(policy: Pick<Policy, "policePromotion" | "cameraGiveaway">): boolean {
  return policy.policePromotion || policy.cameraGiveaway;
}

/** The adoption mechanism. */
export interface Adoption {
  /** Installs the cameras present at the start (only if the world has none yet) and the giveaway seed. */
  init(t: number): void;
  /** One day of purchases, sign-ups and free cameras (call at the start of the day). */
  startDay(day: number, t: number): void;
  /** Share of households with a camera. */
  share(): number;
}

/** Creates the adoption mechanism. */
export function createAdoption(ctx: ModelContext): Adoption {
  const p = ctx.params.residents;
  const { world, bus, perception, metrics } = ctx;
  const rng: Rng = ctx.rng.stream("adoption");
  let owners = 0;
  let signups = 0;
  let freeEarned = 0;

  function install(h: number, t: number, free: boolean): void {
    world.installCamera(h, t);
    owners++;
    if (!ctx.appUser[h]) {
      ctx.appUser[h] = 1;
      bus.emit({ type: "app-joined", time: t, house: h, viaDepartment: free });
    }
    bus.emit({ type: "camera-adopted", time: t, house: h, free });
  }

  /** A random household without a camera (app users first for free cameras), or -1. */
  function pickNonOwner(preferApp: boolean): number {
    for (let tries = 0; tries < PICK_TRIES; tries++) {
      const h = rng.int(0, world.households);
      if (!world.hasCamera(h) && (!preferApp || ctx.appUser[h] || tries >= PICK_TRIES / 2)) return h;
    }
    for (let h = 0; h < world.households; h++) if (!world.hasCamera(h)) return h;
    return -1;
  }

  function giveFree(n: number, t: number): void {
    for (let i = 0; i < n; i++) {
      const h = pickNonOwner(true);
      if (h < 0) return;
      install(h, t, true);
      metrics.inc("giveaway_cameras");
    }
  }

  return {
    init(t) {
      for (let h = 0; h < world.households; h++) if (world.hasCamera(h)) owners++;
      if (owners === 0) {
        for (let h = 0; h < world.households; h++) {
          if (rng.bernoulli(p.initialCameraShare)) install(h, t, false);
        }
      }
      // The reported seed (Chandler 25, Lakeland 15) scaled to the town per household.
      if (ctx.params.policy.cameraGiveaway) giveFree(Math.round((p.giveawaySeedCamerasPer1000Households * world.households) / 1000), t);
    },
    startDay(_day, t) {
      const priceFactor = (p.cameraPriceUsd / p.referencePriceUsd) ** -p.priceElasticity;
      const promotes = departmentPromotes(ctx.params.policy);
      const base = (p.adoptionPerYear / DAYS_PER_YEAR) * priceFactor * (1 + p.marketingBoost) * (promotes ? 1 + p.promotionAdoptionBoost : 1);
      const signupP = promotes ? p.departmentSignupsPerYear / DAYS_PER_YEAR : 0;
      for (let h = 0; h < world.households; h++) {
        if (signupP > 0 && !ctx.appUser[h] && rng.bernoulli(signupP)) {
          ctx.appUser[h] = 1;
          signups++;
          metrics.inc("app_signups_promoted");
          bus.emit({ type: "app-joined", time: t, house: h, viaDepartment: true });
        }
        if (world.hasCamera(h)) continue;
        const fear = Math.max(0, 1 + p.fearAdoptionGain * (perception.relativeLevel(h) - 1));
        if (rng.bernoulli(Math.min(1, base * fear))) install(h, t, false);
      }
      if (ctx.params.policy.cameraGiveaway) {
        const due = Math.floor(signups / p.giveawaySignupsPerCamera) - freeEarned;
        if (due > 0) {
          freeEarned += due;
          giveFree(due, t);
        }
      }
    },
    share: () => (world.households > 0 ? owners / world.households : 0),
  };
}

/** The adoption part: cameras at the start, then purchases and giveaways each day; `camera_adoption` at the end of the day. */
export const adoptionPart = domainPart({
  name: "adoption",
  summary:
    "Households buy doorbell cameras (fear, price, marketing, the department's promotion), sign up to the app through the department's code and get free cameras through its giveaway.",
  metrics: [
    level(
      "camera_adoption",
      "fraction of households",
      "Homes with a doorbell camera",
      "Share of households with a doorbell camera at the end of the day (parks-2025-video-doorbells: ~20% of US internet households in 2023).",
    ),
    count(
      "app_signups_promoted",
      "households",
      "App sign-ups through the police department",
      "Added. Households not yet on the app that signed up through the department's code while it promotes the cameras and the app (policy.policePromotion or cameraGiveaway; wapo-2020-ring-police: Chandler AZ).",
    ),
    count(
      "giveaway_cameras",
      "cameras",
      "Free cameras given away",
      "Added. Free cameras installed through the department's giveaway: the seed on the first day, then one per residents.giveawaySignupsPerCamera sign-ups (policy.cameraGiveaway).",
    ),
  ],
  events: ["camera-adopted", "app-joined"],
  create: (ctx) => createAdoption(ctx.env),
  start(self, ctx) {
    self.init(ctx.now());
  },
  startDay(self, day) {
    self.startDay(day, day * DAY);
  },
  endDay(self, _day, ctx) {
    ctx.metrics.set("camera_adoption", self.share());
  },
});
