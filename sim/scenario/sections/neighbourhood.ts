/**
 * Scenario section `neighbourhood:` — the physical world: the generated street grid and
 * its house lots, the households' demographic mix, daily routines (who is home when),
 * movement speeds and the background foot and vehicle traffic that cameras see.
 * Used by `sim/domain/world/*`.
 */
import type { z } from "zod";
import { num, numberMap, section } from "../param.ts";

/** `neighbourhood.routines:` members per household and when they are away. */
const routinesSection = section("Daily routines: household members and when they are home or away.", {
  householdSizeWeights: numberMap({
    description: "Relative weight of each household size (key = members, 1..8); drawn once per household.",
    unit: "weight",
    default: { "1": 0.28, "2": 0.35, "3": 0.15, "4": 0.13, "5": 0.09 },
    min: 0,
    source: "assumption (close to the US household-size mix)",
  }),
  commuterShare: num({
    description: "Share of members who leave for work or school on weekdays (the rest are mostly at home).",
    unit: "fraction",
    default: 0.6,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  leaveHour: num({
    description: "Mean hour at which commuters leave on weekdays.",
    unit: "h",
    default: 8,
    min: 0,
    max: 23,
    source: "assumption",
  }),
  leaveSdHours: num({
    description: "Standard deviation of the commuters' leaving hour.",
    unit: "h",
    default: 1,
    min: 0,
    max: 6,
    source: "assumption",
  }),
  returnHour: num({
    description: "Mean hour at which commuters come home on weekdays.",
    unit: "h",
    default: 17.5,
    min: 0,
    max: 24,
    source: "assumption",
  }),
  returnSdHours: num({
    description: "Standard deviation of the commuters' return hour.",
    unit: "h",
    default: 1.25,
    min: 0,
    max: 6,
    source: "assumption",
  }),
  errandProbability: num({
    description:
      "Chance that a member who is not commuting goes out once that day (errand, outing); weekdays for non-commuters, weekends for everyone.",
    unit: "per day",
    default: 0.55,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  errandStartHour: num({
    description: "Earliest hour an errand or outing starts (start is uniform up to errandLatestStartHour).",
    unit: "h",
    default: 9,
    min: 0,
    max: 23,
    source: "assumption",
  }),
  errandLatestStartHour: num({
    description: "Latest hour an errand or outing starts.",
    unit: "h",
    default: 17,
    min: 0,
    max: 23,
    source: "assumption",
  }),
  errandMeanHours: num({
    description: "Mean length of an errand or outing (exponential, at least 20 minutes, ends by midnight).",
    unit: "h",
    default: 2,
    min: 0.1,
    max: 12,
    source: "assumption",
  }),
  walkErrandMeters: num({
    description: "How far (along the streets) a resident walking out goes: the turning point is an intersection about this far from home.",
    unit: "m",
    default: 600,
    min: 50,
    max: 5000,
    source: "assumption (a local shop, park or bus stop)",
  }),
  driveShare: num({
    description: "Share of residents' absences made by car, out of the neighbourhood (the rest on foot, locally).",
    unit: "fraction",
    default: 0.8,
    min: 0,
    max: 1,
    source: "assumption (suburban US mode share)",
  }),
});

/** `neighbourhood.movement:` speeds of people moving along streets. */
const movementSection = section("Movement along streets: speed per travel mode.", {
  walkSpeed: num({
    description: "Walking speed along streets and between street and porch.",
    unit: "m/s",
    default: 1.4,
    min: 0.3,
    max: 3,
    source: "assumption (typical adult walking speed)",
  }),
  driveSpeed: num({
    description: "Driving speed on residential streets.",
    unit: "m/s",
    default: 9,
    min: 1,
    max: 30,
    source: "assumption (about 20 mph, a residential limit)",
  }),
});

/** `neighbourhood.traffic:` background traffic of innocent people. */
const trafficSection = section("Background foot and vehicle traffic (visitors, dog walkers, passers-by).", {
  visitorsPerHouseholdPerDay: num({
    description: "Social visits (friends, family, trades) per household per day, between 9:00 and 21:00.",
    unit: "per household per day",
    default: 0.3,
    min: 0,
    max: 10,
    source: "assumption",
  }),
  visitorDriveShare: num({
    description: "Share of visitors who arrive by car.",
    unit: "fraction",
    default: 0.7,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  visitMeanMinutes: num({
    description: "Mean length of a visit (exponential, at least 5 minutes).",
    unit: "min",
    default: 60,
    min: 1,
    max: 600,
    source: "assumption",
  }),
  dogHouseholdShare: num({
    description: "Share of households that walk a dog.",
    unit: "fraction",
    default: 0.3,
    min: 0,
    max: 1,
    source: "assumption (about a third of US households own a dog)",
  }),
  dogWalksPerDay: num({
    description: "Dog walks per dog-owning household per day (morning first, then evening).",
    unit: "per day",
    default: 2,
    min: 0,
    max: 4,
    int: true,
    source: "assumption",
  }),
  dogWalkMeanMinutes: num({
    description: "Mean length of a dog walk, out and back along the streets.",
    unit: "min",
    default: 20,
    min: 2,
    max: 120,
    source: "assumption",
  }),
  passersByWalkPerEntryPerHour: num({
    description: "People walking through the neighbourhood, per map entry point per daytime hour (crossing between two entry points).",
    unit: "per entry point per hour",
    default: 0.3,
    min: 0,
    max: 100,
    source: "assumption",
  }),
  passersByDrivePerEntryPerHour: num({
    description: "Vehicles driving through, per map entry point per daytime hour.",
    unit: "per entry point per hour",
    default: 2,
    min: 0,
    max: 500,
    source: "assumption",
  }),
  nightTrafficFactor: num({
    description: "Pass-through traffic between 22:00 and 6:00 as a fraction of the daytime rate.",
    unit: "fraction",
    default: 0.15,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  outsiderPoolPerHousehold: num({
    description: "People from outside (visitors, passers-by) that exist per household; trips draw from this pool, so the same outsiders recur.",
    unit: "per household",
    default: 1,
    min: 0.01,
    max: 20,
    source: "assumption",
  }),
});

/** `neighbourhood:` the generated street grid, house lots, demographic mix, routines, traffic. */
export const neighbourhoodSection = section(
  "The physical neighbourhood: street grid, house lots, demographic mix, routines, movement and background traffic.",
  {
    households: num({
      description: "Number of households (one house lot each).",
      unit: "households",
      default: 2000,
      min: 12,
      max: 20000,
      int: true,
      source: "assumption (a suburban area a police department would cover with a few request areas)",
    }),
    layoutSeed: num({
      description: "Seed of the street layout (irregularity, vacant lots, group placement); independent of the run seed.",
      default: 1,
      min: 0,
      max: 4294967295,
      int: true,
      source: "assumption (any value)",
    }),
    blockLength: num({
      description: "Length of a block along its house-lined street (distance between cross streets).",
      unit: "m",
      default: 150,
      min: 40,
      max: 500,
      source: "assumption (typical US suburban block)",
    }),
    blockDepth: num({
      description: "Distance between two parallel house-lined streets (two lot depths back to back).",
      unit: "m",
      default: 80,
      min: 30,
      max: 300,
      source: "assumption",
    }),
    lotWidth: num({
      description: "Street frontage of one house lot.",
      unit: "m",
      default: 18,
      min: 5,
      max: 100,
      source: "assumption",
    }),
    setback: num({
      description: "Distance from the street centre line to where a visitor stands on the porch.",
      unit: "m",
      default: 9,
      min: 2,
      max: 40,
      source: "assumption (half a 9 m roadway plus sidewalk and front yard)",
    }),
    irregularity: num({
      description: "How far the grid departs from a regular one: node jitter (as a fraction of a block), missing cross streets, vacant lots.",
      unit: "fraction",
      default: 0.2,
      min: 0,
      max: 0.5,
      source: "assumption",
    }),
    groups: numberMap({
      description:
        "Demographic mix of households: group name -> share (normalised). Default names: a = group with the lowest face-recognition error rates in NIST FRVT, nist-frvt-8280-2019 (e.g. white), b = group with the highest (e.g. African American), c = other groups (e.g. Asian, Hispanic).",
      unit: "fraction",
      default: { a: 0.6, b: 0.2, c: 0.2 },
      min: 0,
      // At most 255: a household's group index is stored in a byte (sim/domain/world/group-mix.ts).
      minEntries: 1,
      maxEntries: 255,
      weights: true,
      source: "assumption (a mixed US suburb; nist-frvt-8280-2019 motivates the split into groups, not the shares)",
    }),
    femaleShare: num({
      description:
        "Share of people (residents, visitors, couriers, thieves, police) who are women; face recognition falsely matches women's faces more often (faceRecognition.femaleFalseMatchMultiplier).",
      unit: "fraction",
      default: 0.5,
      min: 0,
      max: 1,
      source: "assumption (about half of the US population are women; the same share for every kind of person)",
    }),
    groupClustering: num({
      description: "How strongly groups cluster by street (0 = households drawn independently, 1 = every street one group).",
      unit: "fraction",
      default: 0.3,
      min: 0,
      max: 1,
      source: "assumption (residential segregation exists; strength unknown here)",
    }),
    routines: routinesSection,
    movement: movementSection,
    traffic: trafficSection,
  },
);

/** The resolved `neighbourhood:` section (every default applied). */
export type NeighbourhoodParams = z.output<typeof neighbourhoodSection>;
