/**
 * Scenario section `deliveries:` — how many parcels couriers drop on porches, when, and
 * what happens to them until someone collects them. Read only by `sim/domain/model/deliveries.ts`.
 */
import { num, section } from "../param.ts";

/** `deliveries:` parcel volume, delivery windows, porch wait and mitigations. */
export const deliveriesSection = section("Parcel deliveries: volume, time windows, porch wait and mitigations.", {
  parcelsPerHouseholdPerWeek: num({
    description: "Parcels delivered per household per week (average over the week).",
    unit: "parcels/household/week",
    default: 3,
    min: 0,
    max: 50,
    source: "pitney-bowes-2023-parcels (~3 parcels per household per week, 2022-23)",
  }),
  weekendFactor: num({
    description: "Delivery rate on Saturday and Sunday relative to a weekday.",
    unit: "ratio",
    default: 0.4,
    min: 0,
    max: 2,
    source: "assumption (fewer carriers deliver at weekends)",
  }),
  windowStartHour: num({
    description: "Hour of the day at which couriers start dropping parcels.",
    unit: "h",
    default: 9,
    min: 0,
    max: 23,
    source: "assumption (typical carrier day)",
  }),
  windowEndHour: num({
    description: "Hour of the day by which every parcel of the day has been dropped.",
    unit: "h",
    default: 20,
    min: 1,
    max: 24,
    source: "assumption (typical carrier day)",
  }),
  stopsPerCourier: num({
    description: "Parcels one courier round delivers on a weekday (sets how many couriers, and so which cameras see which courier).",
    unit: "stops/day",
    default: 120,
    min: 1,
    max: 1000,
    source: "assumption (a typical van round)",
  }),
  courierDwellSeconds: num({
    description: "Time a courier spends at the porch dropping a parcel.",
    unit: "s",
    default: 30,
    min: 1,
    max: 600,
    source: "assumption",
  }),
  collectDelayMinutes: num({
    description: "Mean delay between someone being home and the parcel being taken in (exponential).",
    unit: "min",
    default: 15,
    min: 0,
    max: 600,
    source: "assumption (porch dwell time was not found in public material)",
  }),
  lockerShare: num({
    description: "Share of parcels sent to a parcel locker or pickup point instead of the porch (mitigation).",
    unit: "fraction",
    default: 0,
    min: 0,
    max: 1,
    source: "assumption (mitigation switched off by default)",
  }),
  hiddenPlacementShare: num({
    description: "Share of porch parcels placed out of sight from the street by delivery instructions (mitigation).",
    unit: "fraction",
    default: 0.1,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  hiddenVisibility: num({
    description: "Probability that a passing thief notices a parcel placed out of sight.",
    unit: "probability",
    default: 0.2,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  valueMeanUsd: num({
    description: "Mean value of a parcel's content (lognormal, coefficient of variation 1).",
    unit: "USD",
    default: 50,
    min: 1,
    max: 5000,
    source: "assumption",
  }),
});
