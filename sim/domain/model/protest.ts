/**
 * Protests: on `protest.day` a march walks the streets from one side of the town to the
 * other, and the doorbell cameras it passes film the marchers like anyone else. Marchers
 * are one member of a share of households plus visitors from outside, whose groups are
 * drawn from the town's households. Afterwards police ask for the footage of the march's
 * area and time window (as the LAPD did in 2020, eff-2021-lapd-protests): portal requests
 * centred every `platform.requestRadiusM` metres along the route, so that their circles
 * cover it (or, where requests go through a police-technology vendor, the same requests
 * posted publicly through the vendor), and, with `claimEmergency`, emergency requests to
 * the company — each only when the policy allows it. No crime is named, so no warrant is sought: under a
 * warrant-for-everything policy nothing is obtained. Where the policy allows face
 * recognition, police search the faces in what they obtained.
 *
 * Police request by place and time and search every face they obtained; they never know
 * who marched. Who marched is ground truth kept here for the metrics alone. Reads
 * `protest:`, `platform.requestRadiusM`, `policy:` and
 * `police.innocentInGalleryShare`. Without a protest no work is done but one size check
 * per recorded clip.
 */
import type { Rng } from "../../core/index.ts";
import { protestSection } from "../../scenario/sections/protest.ts";
import { DAY, HOUR, type ModelContext } from "./context.ts";
import { count, domainPart } from "./domain-part.ts";
import { platformPart, type Platform, type RequestScope } from "./platform.ts";
import type { ClipView } from "./ports.ts";
import { vendorRequestsPart, type VendorRequests } from "./vendor-requests.ts";

/** Case id of footage requests about a protest: they belong to no theft case. */
const NO_CASE = -1;

/** The protest mechanism. */
export interface Protest {
  /** At the start of each day: stages the march on its day. */
  startDay(day: number): void;
  /** A doorbell clip was recorded with these people in it. */
  clipRecorded(persons: readonly number[]): void;
}

/** Creates the protest mechanism (nothing happens until the march's day). */
export function createProtest(ctx: ModelContext, platform: Platform, vendor: VendorRequests, rng: Rng): Protest {
  const { world, scheduler, metrics } = ctx;
  const p = ctx.params.protest;
  // Ground truth, for the metrics only: who marched, and who has been counted where.
  const marchers = new Set<number>();
  const recorded = new Set<number>();
  const inObtained = new Set<number>();
  // Police: faces already searched (each person once).
  const searched = new Set<number>();

  /** Marchers: one member of each joining household, then the visitors; returns their person ids. */
  function gatherMarchers(): number[] {
    const people: number[] = [];
    for (let h = 0; h < world.households; h++) {
      if (rng.bernoulli(p.participantShare)) people.push(world.addPerson("resident", world.houseGroup(h), h));
    }
    for (let i = 0; i < p.visitors; i++) people.push(world.addPerson("visitor", world.houseGroup(rng.int(0, world.households)), -1));
    for (const person of people) marchers.add(person);
    return people;
  }

  /** Stages the march of day `day`: each marcher sets off along the route in turn; the requests follow its end. */
  function march(day: number): void {
    const [from, to] = routeEnds();
    const people = gatherMarchers();
    if (people.length === 0) return;
    const start = day * DAY + p.startHour * HOUR;
    // Marchers join in no particular order: households' and visitors' places in the column are mixed.
    const departures = people.map(() => start + rng.uniform(0, p.columnMinutes * 60));
    const lateral = people.map(() => rng.uniform(-p.spreadM, p.spreadM));
    let end = start;
    let waiting = people.length;
    people.forEach((person, i) => {
      const t = departures[i];
      scheduler.scheduleAt(t, () => {
        end = Math.max(end, world.walkBetween(person, from, to, t, p.paceMps, lateral[i]));
        if (--waiting === 0 && p.requestFootage) scheduler.scheduleAt(end + p.requestDelayDays * DAY, () => request(from, to, start, end));
      });
    });
  }

  /** The houses nearest to the route's start and end points, given as fractions of the town's extent. */
  function routeEnds(): [number, number] {
    let x0 = Number.POSITIVE_INFINITY;
    let y0 = Number.POSITIVE_INFINITY;
    let x1 = Number.NEGATIVE_INFINITY;
    let y1 = Number.NEGATIVE_INFINITY;
    for (let h = 0; h < world.households; h++) {
      x0 = Math.min(x0, world.porchX(h));
      x1 = Math.max(x1, world.porchX(h));
      y0 = Math.min(y0, world.porchY(h));
      y1 = Math.max(y1, world.porchY(h));
    }
    const nearest = (fx: number, fy: number) => nearestHouse(x0 + fx * (x1 - x0), y0 + fy * (y1 - y0));
    return [nearest(p.startX, p.startY), nearest(p.endX, p.endY)];
  }

  function nearestHouse(x: number, y: number): number {
    let best = 0;
    let bestD = Number.POSITIVE_INFINITY;
    for (let h = 0; h < world.households; h++) {
      const d = (world.porchX(h) - x) ** 2 + (world.porchY(h) - y) ** 2;
      if (d < bestD) {
        bestD = d;
        best = h;
      }
    }
    return best;
  }

  /** Area-wide requests covering the route for the march's window, through the channels the policy allows. */
  function request(from: number, to: number, t0: number, t1: number): void {
    for (const house of world.housesAlongRoute(from, to, ctx.params.platform.requestRadiusM)) {
      const scope: RequestScope = { caseId: NO_CASE, house, t0, t1 };
      if (platform.portalRequest(scope, received)) metrics.inc("protest_requests");
      if (vendor.request(scope, received)) metrics.inc("protest_requests");
      if (p.claimEmergency && platform.emergencyRequest(scope, received)) metrics.inc("protest_requests");
    }
  }

  /** Footage obtained for the march: marchers in it counted once; faces searched where the policy allows. */
  function received(clips: readonly ClipView[]): void {
    const search = ctx.params.policy.faceRecognition && p.faceRecognition;
    for (const clip of clips) {
      for (const s of clip.subjects) {
        const person = s.personId;
        const marcher = marchers.has(person);
        if (marcher && !inObtained.has(person)) {
          inObtained.add(person);
          metrics.incGroup("protesters_in_obtained_footage", world.personGroup(person));
        }
        if (search && marcher && !searched.has(person) && ctx.faces.isUsable(s.bestFaceQuality)) {
          searched.add(person);
          identify(person, s.bestFaceQuality);
        }
      }
    }
  }

  /**
   * A search of a marcher's face. Police search every usable face they obtained; only
   * marchers' searches are drawn, since nothing else follows from them. Drawn from this
   * part's stream so that the police's theft searches are not shifted.
   */
  function identify(person: number, quality: number): void {
    const group = world.personGroup(person);
    const inGallery = rng.bernoulli(ctx.params.police.innocentInGalleryShare);
    const pr = ctx.faces.outcomeProbabilities(group, quality, inGallery, world.personFemale(person));
    const u = rng.next();
    if (u < pr.trueMatch) metrics.incGroup("protesters_identified", group);
    else if (u < pr.trueMatch + pr.falseMatch) metrics.incGroup("protesters_misidentified", group);
  }

  return {
    startDay(day) {
      if (p.enabled && day === p.day) march(day);
    },
    clipRecorded(persons) {
      if (marchers.size === 0) return;
      for (const person of persons) {
        if (!marchers.has(person) || recorded.has(person)) continue;
        recorded.add(person);
        metrics.incGroup("protesters_recorded", world.personGroup(person));
      }
    },
  };
}

/** The protest part: a march filmed by doorbell cameras, and police requests for its footage. */
export const protestPart = domainPart({
  name: "protest",
  summary: "A protest march filmed by the doorbell cameras it passes; police request the footage of its area and window and may search the faces.",
  section: { key: "protest", schema: protestSection },
  metrics: [
    count(
      "protest_requests",
      "requests",
      "Footage requests about a protest",
      "Added. Area-wide requests police sent for the footage of a protest march's route and time window (portal or vendor requests, and emergency requests with protest.claimEmergency); also counted in the channel's footage_requests_* metric.",
    ),
    count(
      "protesters_recorded",
      "people",
      "Protesters filmed by doorbell cameras",
      "Added. Distinct marchers who appeared in a doorbell clip, counted on the day they first appear; by their group.",
      true,
    ),
    count(
      "protesters_in_obtained_footage",
      "people",
      "Protesters in footage police obtained",
      "Added. Distinct marchers in the clips police obtained through their requests about the march, counted once; by their group.",
      true,
    ),
    count(
      "protesters_identified",
      "people",
      "Protesters identified by face recognition",
      "Added. Marchers in obtained footage whom a face-recognition search matched correctly (the marcher has a photo in the gallery); by their group.",
      true,
    ),
    count(
      "protesters_misidentified",
      "people",
      "Protesters falsely matched by face recognition",
      "Added. Marchers in obtained footage whom a face-recognition search matched to someone else in the gallery; by their group.",
      true,
    ),
  ],
  events: [],
  create: (ctx) => createProtest(ctx.env, ctx.use(platformPart), ctx.use(vendorRequestsPart), ctx.rng),
  startDay(self, day) {
    self.startDay(day);
  },
  on: {
    "clip-recorded": (self, e) => self.clipRecorded(e.persons),
  },
});
