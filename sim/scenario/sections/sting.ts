/**
 * Scenario section `sting:` — bait packages with GPS trackers placed on porches under
 * cameras. Read only by `sim/domain/model/sting.ts`.
 */
import { bool, num, section } from "../param.ts";

/** `sting:` bait operation: when, how many baits and trackers, tracking, officer hours and USD costs, publicity. */
export const stingSection = section("Sting operations with GPS-tracked bait packages.", {
  enabled: bool({
    description: "Police run a bait-package sting during the run.",
    default: false,
    source: "assumption (off unless a scenario runs a sting)",
  }),
  startDay: num({
    description: "Day the sting starts (counted from day 0, warm-up included).",
    unit: "day",
    default: 30,
    min: 0,
    max: 3650,
    int: true,
    source: "assumption",
  }),
  durationDays: num({
    description: "Length of the sting.",
    unit: "days",
    default: 30,
    min: 1,
    max: 3650,
    int: true,
    source: "assumption",
  }),
  baits: num({
    description: "Bait packages on porches at any one time.",
    unit: "packages",
    default: 25,
    min: 0,
    max: 1000,
    int: true,
    source: "motherboard-2019-aurora-sting (Aurora CO: 25 bait boxes)",
  }),
  trackers: num({
    description: "Baits that carry a GPS tracker (at most `baits`).",
    unit: "trackers",
    default: 15,
    min: 0,
    max: 1000,
    int: true,
    source: "motherboard-2019-aurora-sting (Aurora CO: 15 GPS trackers)",
  }),
  placeAtHotspots: bool({
    description: "Place baits at camera porches near recent thefts (otherwise at random camera porches).",
    default: true,
    source: "assumption",
  }),
  hotspotThefts: num({
    description: "Most recent thefts whose surroundings count as hot spots for placing baits.",
    unit: "thefts",
    default: 64,
    min: 1,
    max: 10000,
    int: true,
    source: "assumption",
  }),
  baitValueUsd: num({
    description: "Apparent value of a bait package to a thief.",
    unit: "USD",
    default: 60,
    min: 0,
    max: 5000,
    source: "assumption",
  }),
  trackerReliability: num({
    description: "Probability that a tracker reports a usable track after the bait is taken.",
    unit: "probability",
    default: 0.8,
    min: 0,
    max: 1,
    source: "assumption (sting costs and tracker reliability were not found in public material)",
  }),
  trackArrestProbability: num({
    description: "Probability that officers following a working track arrest the taker.",
    unit: "probability",
    default: 0.75,
    min: 0,
    max: 1,
    source: "news12-2018-jersey-city-sting (Jersey City: 12 arrests in ~4 days); the rate is an assumption",
  }),
  placementHoursPerBaitDay: num({
    description: "Officer hours per bait per day to place, watch and reset it.",
    unit: "h",
    default: 0.25,
    min: 0,
    max: 24,
    source: "assumption (sting costs were not found in public material)",
  }),
  trackingHours: num({
    description: "Officer hours to follow one track to its end.",
    unit: "h",
    default: 3,
    min: 0,
    max: 100,
    source: "assumption",
  }),
  officerHourCostUsd: num({
    description:
      "Cost of one officer hour spent on the sting (placing and resetting baits, following tracks), pay and overheads.",
    unit: "USD per officer-hour",
    default: 75,
    min: 0,
    max: 1000,
    source:
      "assumption (a loaded hourly cost of a US patrol officer; sting costs were not found in public material)",
  }),
  trackerCostPerDayUsd: num({
    description: "Cost of one GPS tracker for each day it sits in a bait on a porch (rental or subscription and upkeep).",
    unit: "USD per tracker-day",
    default: 5,
    min: 0,
    max: 1000,
    source: "assumption (sting costs were not found in public material)",
  }),
  baitPackageCostUsd: num({
    description: "Cost of one bait package placed on a porch (box, packing and decoy content), paid when it is placed.",
    unit: "USD per bait package",
    default: 20,
    min: 0,
    max: 5000,
    source: "assumption (sting costs were not found in public material)",
  }),
  publicised: bool({
    description: "Police announce the sting in the app (raises offenders' perceived risk and residents' fear).",
    default: true,
    source: "assumption",
  }),
  publicityDeterrence: num({
    description: "Relative drop in offenders' take probability while a publicised sting runs.",
    unit: "fraction",
    default: 0.1,
    min: 0,
    max: 1,
    source: "assumption",
  }),
});
