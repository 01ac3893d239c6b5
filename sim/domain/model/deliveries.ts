/**
 * Deliveries: couriers drop parcels on porches within the day's delivery window; a parcel
 * waits until someone of the household is home and takes it in (after a short delay), or
 * until a thief takes it. Parcels sent to lockers never wait on a porch. The rate has a
 * weekly rhythm and, with `seasonality`, a holiday peak. Reads only `deliveries:`.
 */
import type { Rng } from "../../core/index.ts";
import { dayOfYear, seasonFactor } from "../submodels/seasonality.ts";
import { DAY, HOUR, type ModelContext } from "./context.ts";
import { deliveriesSection } from "../../scenario/sections/deliveries.ts";
import { count, domainPart, level } from "./domain-part.ts";

/** The deliveries mechanism. */
export interface Deliveries {
  /** Schedules the day's deliveries (call at midnight of `day`). */
  startDay(day: number): void;
  /** Expected parcels per household on a given day. */
  ratePerHousehold(day: number): number;
}

/**
 * Creates the deliveries mechanism.
 *
 * @example
 * const deliveries = createDeliveries(ctx);
 * deliveries.startDay(0); // parcels of Monday scheduled between windowStartHour and windowEndHour
 */
export function createDeliveries(ctx: ModelContext): Deliveries {
  const p = ctx.params.deliveries;
  const { world, scheduler, porches, bus, metrics } = ctx;
  const rng: Rng = ctx.rng.stream("deliveries");
  const weekdays = 5 + 2 * p.weekendFactor;
  const perWeekday = p.parcelsPerHouseholdPerWeek / weekdays;
  const couriersCount = Math.max(1, Math.ceil((perWeekday * world.households) / p.stopsPerCourier));
  const couriers: number[] = [];
  const lastStop: number[] = [];
  const sigma = Math.sqrt(Math.log(2)); // lognormal with coefficient of variation 1
  for (let i = 0; i < couriersCount; i++) {
    const group = world.houseGroup(rng.int(0, world.households)); // couriers follow the neighbourhood's mix
    couriers.push(world.addPerson("courier", group, -1));
    lastStop.push(rng.int(0, world.households));
  }

  // Parcel rates and collection delays are read when used, so a timeline can change them
  // mid-run; the couriers are hired once, at the start, for the rate of that time.
  const ratePerHousehold = (day: number) => {
    const perWeekdayNow =
      (p.parcelsPerHouseholdPerWeek / (5 + 2 * p.weekendFactor)) * seasonFactor(dayOfYear(day, ctx.warmupDays, p.startDayOfYear), p);
    return day % 7 < 5 ? perWeekdayNow : perWeekdayNow * p.weekendFactor;
  };

  function scheduleCollection(house: number, t: number): void {
    const home = world.nextHomeAt(house, t);
    const collectDelayS = p.collectDelayMinutes * 60;
    const at = home + (collectDelayS > 0 ? rng.exponential(1 / collectDelayS) : 0);
    scheduler.scheduleAtFast(Math.max(at, t), () => collect(house));
  }

  function collect(house: number): void {
    const t = scheduler.now;
    if (!world.isHome(house, t)) {
      scheduleCollection(house, t);
      return;
    }
    const taken = porches.collect(house);
    for (const pkg of taken) bus.emit({ type: "package-collected", time: t, house, pkg: pkg.id });
    if (taken.length > 0) metrics.inc("packages_collected", taken.length);
  }

  function deliver(house: number, courier: number): void {
    const t = scheduler.now;
    if (rng.bernoulli(p.lockerShare)) {
      porches.deliverToLocker();
      metrics.inc("packages_delivered");
      metrics.inc("packages_collected");
      return;
    }
    world.visitPorch(couriers[courier], house, t, p.courierDwellSeconds, lastStop[courier]);
    lastStop[courier] = house;
    const value = rng.lognormal(Math.log(p.valueMeanUsd) - (sigma * sigma) / 2, sigma);
    const pkg = porches.place(house, t, value, { hidden: rng.bernoulli(p.hiddenPlacementShare), bait: false, tracker: false });
    metrics.inc("packages_delivered");
    bus.emit({ type: "package-delivered", time: t, house, pkg: pkg.id, bait: false });
    scheduleCollection(house, t + p.courierDwellSeconds);
  }

  return {
    ratePerHousehold,
    startDay(day) {
      const n = rng.poisson(ratePerHousehold(day) * world.households);
      const t0 = day * DAY + p.windowStartHour * HOUR;
      const span = Math.max(0, p.windowEndHour - p.windowStartHour) * HOUR;
      for (let i = 0; i < n; i++) {
        const house = rng.int(0, world.households);
        const courier = Math.floor((house * couriersCount) / world.households); // neighbouring houses share a round
        scheduler.scheduleAtFast(t0 + rng.next() * span, () => deliver(house, courier));
      }
    },
  };
}

/** The deliveries part: couriers, porches, parcels taken in; `packages_waiting` at the end of each day. */
export const deliveriesPart = domainPart({
  name: "deliveries",
  summary: "Couriers drop parcels on porches in the day's delivery window; households take them in when home.",
  section: { key: "deliveries", schema: deliveriesSection },
  metrics: [
    count("packages_delivered", "packages", "Packages delivered", "Real packages (not sting baits) left on porches by couriers that day."),
    count("packages_collected", "packages", "Packages collected by residents", "Real packages picked up from the porch by their household that day."),
    level(
      "packages_waiting",
      "packages",
      "Packages waiting on porches",
      "Added. Real packages still on porches at the end of the day (delivered = collected + stolen + waiting over a run).",
    ),
  ],
  events: ["package-delivered", "package-collected"],
  create: (ctx) => createDeliveries(ctx.env),
  startDay(self, day) {
    self.startDay(day);
  },
  endDay(_self, _day, ctx) {
    ctx.metrics.set("packages_waiting", ctx.env.porches.counts.waiting);
  },
});
