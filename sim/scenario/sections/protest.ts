/**
 * Scenario section `protest:` — a demonstration marching along the streets on one day,
 * filmed by the doorbell cameras it passes, and the police's area-wide requests for the
 * march's area and time window afterwards. Read only by `sim/domain/model/protest.ts`.
 */
import { bool, num, section } from "../param.ts";

/** A point of the route as a fraction of the map's width or height (0 = west or south edge, 1 = east or north edge). */
const fraction = (description: string, value: number) =>
  num({ description, unit: "fraction of the map", default: value, min: 0, max: 1, source: "assumption (a route through the middle of the town)" });

/** `protest:` when the march happens, who joins it, its route and what police do about it. */
export const protestSection = section("A protest march through the town, filmed by doorbell cameras, and police requests for its footage.", {
  enabled: bool({
    description: "A protest march takes place during the run.",
    default: false,
    source: "assumption (off unless a scenario stages a protest)",
  }),
  day: num({
    description: "Day of the march (counted from day 0, warm-up included).",
    unit: "day",
    default: 50,
    min: 0,
    max: 3650,
    int: true,
    source: "assumption",
  }),
  startHour: num({
    description: "Hour of the day the head of the march sets off.",
    unit: "h",
    default: 14,
    min: 0,
    max: 23,
    source: "assumption (an afternoon march)",
  }),
  participantShare: num({
    description: "Share of households sending one member to the march.",
    unit: "fraction of households",
    default: 0.05,
    min: 0,
    max: 1,
    source: "assumption (no published figure for the share of a neighbourhood that marches)",
  }),
  visitors: num({
    description: "Marchers from outside the town (their groups drawn like the town's households).",
    unit: "people",
    default: 100,
    min: 0,
    max: 100000,
    int: true,
    source: "assumption",
  }),
  startX: fraction("Where the march starts: east-west position on the map.", 0),
  startY: fraction("Where the march starts: south-north position on the map.", 0.5),
  endX: fraction("Where the march ends: east-west position on the map.", 1),
  endY: fraction("Where the march ends: south-north position on the map.", 0.5),
  paceMps: num({
    description: "Walking pace of the march along the streets (the column moves slower than a walker).",
    unit: "m/s",
    default: 0.8,
    min: 0.1,
    max: 3,
    source: "assumption (about 3 km/h, slower than the 1.4 m/s of a single walker)",
  }),
  spreadM: num({
    description:
      "How far from the street's centre line marchers walk, either side: each marcher keeps a distance drawn uniformly up to it (the march fills the roadway and the sidewalks).",
    unit: "m",
    default: 6,
    min: 0,
    max: 20,
    source: "assumption (half a 9 m roadway plus a sidewalk, as in neighbourhood.setback)",
  }),
  columnMinutes: num({
    description: "Minutes between the head and the tail of the march setting off (marchers join spread over this time).",
    unit: "min",
    default: 20,
    min: 0,
    max: 600,
    source: "assumption",
  }),
  requestFootage: bool({
    description:
      "Police ask for footage of the march's area and time window afterwards, through the portal (when the policy has one) and, with `claimEmergency`, as emergencies; no crime is named, so no warrant is sought.",
    default: true,
    source: "eff-2021-lapd-protests (the LAPD asked owners for footage of the 2020 protests without naming a crime)",
  }),
  requestDelayDays: num({
    description: "Days after the march at which police send the requests.",
    unit: "days",
    default: 1,
    min: 0,
    max: 180,
    int: true,
    source: "assumption",
  }),
  claimEmergency: bool({
    description: "Police also ask the company for the route's footage as an 'emergency' (only when the policy allows emergency requests).",
    default: false,
    source: "assumption (the documented protest requests went through the portal, eff-2021-lapd-protests)",
  }),
  faceRecognition: bool({
    description: "Police run the faces in the footage obtained for the march through face recognition (only when policy.faceRecognition).",
    default: true,
    source: "assumption (police who may search faces search those in footage they requested)",
  }),
});
