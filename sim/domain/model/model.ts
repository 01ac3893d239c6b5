/**
 * The surveillance model assembled on a world: builds the context and every mechanism,
 * wires them together, and runs the daily cycle (start of day: officer hours, adoption,
 * deliveries, prowls, sting; end of day: the levels of the daily metrics). Independent of
 * how the world is built, so tests can run it on a small stand-in world.
 *
 *   createSurveillanceModel(parts)
 *     1. context (params, world, scheduler, rng, bus, submodels, shared state)
 *     2. residents -> adoption -> footage locker -> alert ads -> platform -> thieves -> police -> sting
 *     3. cross-wiring: residents report to police and post to the platform
 *     4. startDay(day) / endDay(day) around the scheduler's run through the day
 */
import { createAdoption, type Adoption } from "./adoption.ts";
import { createAlertAds } from "./alert-ads.ts";
import { createModelContext, DAY, type ModelContext, type ModelParts } from "./context.ts";
import { createDeliveries, type Deliveries } from "./deliveries.ts";
import { createFootageLocker, type FootageLocker } from "./footage-locker.ts";
import { createPlatform, type Platform } from "./platform.ts";
import { createPolice, type Police } from "./police.ts";
import { createResidents, type Residents } from "./residents.ts";
import { createSting, type Sting } from "./sting.ts";
import { createThieves, type Thieves } from "./thieves.ts";

/** The assembled model. */
export interface SurveillanceModel {
  readonly ctx: ModelContext;
  readonly deliveries: Deliveries;
  readonly thieves: Thieves;
  readonly residents: Residents;
  readonly adoption: Adoption;
  readonly platform: Platform;
  readonly police: Police;
  readonly sting: Sting;
  readonly locker: FootageLocker;
  /** Schedules the day's activity (call at midnight of `day`, before running the scheduler). */
  startDay(day: number): void;
  /** Sets the end-of-day levels (camera adoption, waiting packages, households by group). */
  endDay(day: number): void;
}

/**
 * Builds the model on a world.
 *
 * @example
 * const model = createSurveillanceModel({ params, world, scheduler, rng, metrics, perception, faces });
 * model.startDay(0); scheduler.runUntil(DAY); world.advanceTo(DAY); model.endDay(0);
 */
export function createSurveillanceModel(parts: ModelParts): SurveillanceModel {
  const ctx = createModelContext(parts);
  const { world, metrics, bus } = ctx;

  // What the cameras record, and officer time spent: counted from the streams.
  world.onClip((clip) => {
    metrics.inc("clips_recorded");
    for (const s of clip.subjects) {
      if (!ctx.offenders.has(s.personId)) metrics.incGroup("innocents_recorded", world.personGroup(s.personId));
    }
    if (clip.house >= 0) bus.emit({ type: "clip-recorded", time: clip.end, clip: clip.id, house: clip.house, persons: clip.subjects.map((s) => s.personId) });
  });
  bus.on("officer-hours-spent", (e) => metrics.inc("police_officer_hours", e.hours));

  const residents = createResidents(ctx);
  const adoption = createAdoption(ctx);
  const locker = createFootageLocker(ctx);
  const ads = createAlertAds(ctx);
  const platform = createPlatform(ctx, residents, locker, ads);
  const deliveries = createDeliveries(ctx);
  const thieves = createThieves(ctx, { confronts: (h, t) => residents.confronts(h, t) });
  const police = createPolice(ctx, platform, locker, thieves);
  const sting = createSting(ctx, police, platform);
  residents.connect({
    report: (r) => police.report(r),
    post: (house, kind, subject, clip) => platform.post(house, kind, subject, clip),
  });
  let started = false;

  const groupCount = world.groups.length;
  const householdsByGroup = new Float64Array(groupCount);
  for (let h = 0; h < world.households; h++) householdsByGroup[world.houseGroup(h)]++;

  return {
    ctx,
    deliveries,
    thieves,
    residents,
    adoption,
    platform,
    police,
    sting,
    locker,
    startDay(day) {
      const t = day * DAY;
      if (!started) {
        started = true;
        adoption.init(t); // on the first day, so that event listeners attached after assembly see it
      }
      police.startDay(day);
      adoption.startDay(day, t);
      sting.startDay(day);
      deliveries.startDay(day);
      thieves.startDay(day);
    },
    endDay() {
      metrics.set("camera_adoption", adoption.share());
      metrics.set("packages_waiting", ctx.porches.counts.waiting);
      metrics.set("households", world.households);
      for (let g = 0; g < groupCount; g++) metrics.setGroup("households", g, householdsByGroup[g]);
    },
  };
}
