/**
 * Police: a daily budget of officer hours; reported thefts queue for it (and are shelved
 * when they wait too long); an investigation seeks footage through exactly the channels
 * the policy allows (the victim's own clip, an area-wide portal request, a direct request
 * with or without a warrant, an emergency claim, the 911 live-stream), reviews what
 * arrives, picks a lead from what the footage shows (`suspect-selection.ts`: never from
 * who really took the parcel), tries to put a name to that face (face recognition against
 * the mugshot gallery when allowed, otherwise officers and tips), follows the lead and
 * arrests — rightly if the lead took the parcel, wrongly if a wrong lead is "confirmed".
 * Reads only `police:` (and the victim's willingness to share,
 * `residents.victimShareProbability`).
 */
import type { Rng } from "../../core/index.ts";
import { DAY, type ModelContext } from "./context.ts";
import type { FootageLocker } from "./footage-locker.ts";
import type { Platform, RequestScope } from "./platform.ts";
import type { ClipView } from "./ports.ts";
import type { TheftReport } from "./residents.ts";
import { addSightings, chooseLead, rankCandidates, type Candidate } from "./suspect-selection.ts";
import type { Thieves } from "./thieves.ts";
import { policeSection } from "../../scenario/sections/police.ts";
import { count, domainPart } from "./domain-part.ts";
import { footageLockerPart } from "./footage-locker.ts";
import { platformPart } from "./platform.ts";
import { residentsPart } from "./residents.ts";
import { thievesPart } from "./thieves.ts";

/** One investigation. */
interface Case {
  id: number;
  house: number;
  t0: number;
  t1: number;
  /** Ground truth: who took the parcel. Only judges whether a lead is right (followLead, arrest); review never reads it. */
  thief: number;
  reported: boolean;
  openedAt: number;
  investigate: boolean;
  attend: boolean;
  identified: boolean;
  closed: boolean;
  /** Everyone the case's footage shows that officers could not rule out. */
  people: Map<number, Candidate>;
}

/** The police mechanism. */
export interface Police {
  /** A victim's report: counted, posted by the company from the call log, queued. */
  report(r: TheftReport): void;
  /** A theft police learn of themselves (e.g. a bait taken without a working tracker). */
  investigateUnreported(house: number, t0: number, t1: number, thief: number): void;
  /** Arrest after tracking a bait (counted as a sting arrest). */
  stingArrest(house: number, person: number): void;
  /** Refills the day's officer hours and works the queue (call at the start of each day). */
  startDay(day: number): void;
  /** Cases waiting for officer time. */
  readonly queued: number;
}

/** Creates the police mechanism. */
export function createPolice(ctx: ModelContext, platform: Platform, locker: FootageLocker, thieves: Pick<Thieves, "byPerson">): Police {
  const p = ctx.params.police;
  const { world, scheduler, bus, metrics, officers, faces } = ctx;
  const rng: Rng = ctx.rng.stream("police");
  const queue: Case[] = [];
  const openByThief = new Map<number, Case[]>();
  const innocentInGallery = new Map<number, boolean>();
  const galleryRng: Rng = ctx.rng.stream("police-gallery");
  let nextCase = 0;

  function open(house: number, t0: number, t1: number, thief: number, reported: boolean): Case {
    const c: Case = {
      id: nextCase++,
      house,
      t0,
      t1,
      thief,
      reported,
      openedAt: scheduler.now,
      investigate: !reported || rng.bernoulli(p.investigateProbability),
      attend: reported && rng.bernoulli(p.responseProbability),
      identified: false,
      closed: false,
      people: new Map(),
    };
    if (reported) {
      let list = openByThief.get(thief);
      if (!list) openByThief.set(thief, (list = []));
      list.push(c);
    }
    return c;
  }

  /** Takes cases off the queue while officer hours are left today (the last one may run into overtime). */
  function work(): void {
    while (queue.length > 0 && officers.available > 0) {
      const c = queue.shift()!;
      if (scheduler.now - c.openedAt > p.caseQueueDays * DAY) continue; // shelved: waited too long
      if (c.attend) {
        officers.spend(p.responseHours, "response", true);
        driveToScene(c.house);
      }
      if (c.investigate) {
        officers.spend(p.caseHours, "case", true);
        investigate(c);
      }
    }
  }

  /**
   * A patrol car drives from somewhere in the area (a random house's street front stands
   * for where the patrol happens to be) to the victim's porch: officers are people in the
   * street, so their visit shows on the map and in the footage of cameras along the way.
   */
  function driveToScene(house: number): void {
    const from = rng.int(0, world.households);
    const officer = world.addPerson("police", world.houseGroup(from), -1);
    world.visitPorch(officer, house, scheduler.now, p.responseSceneMinutes * 60, from);
  }

  function scope(c: Case, house = c.house): RequestScope {
    return { caseId: c.id, house, t0: c.t0, t1: c.t1 };
  }

  function investigate(c: Case): void {
    const onClips = (clips: ClipView[]) => review(c, clips);
    if (world.hasCamera(c.house) && rng.bernoulli(ctx.params.residents.victimShareProbability)) {
      onClips(locker.receive(world.clipsOfHouse(c.house, c.t0, c.t1), c.id, "victim", false, true));
    }
    if (ctx.params.policy.portal && rng.bernoulli(p.portalRequestProbability)) {
      officers.spend(p.requestHours, "request", true);
      platform.portalRequest(scope(c), onClips);
    }
    if (ctx.params.policy.directRequests && !c.identified && rng.bernoulli(p.directRequestProbability)) {
      const target = sceneCamera(c.house);
      if (target >= 0) {
        const warrant = ctx.params.policy.warrantRequired || rng.bernoulli(p.warrantShare);
        if (warrant) {
          officers.spend(p.warrantHours, "warrant", true);
          scheduler.scheduleAt(scheduler.now + p.warrantDelayDays * DAY, () => {
            if (!c.closed) platform.directRequest(scope(c, target), true, onClips);
          });
        } else {
          officers.spend(p.requestHours, "request", true);
          platform.directRequest(scope(c, target), false, onClips);
        }
      }
    }
    if (ctx.params.policy.emergencyRequests && rng.bernoulli(p.emergencyProbability)) {
      officers.spend(p.requestHours, "request", true);
      platform.emergencyRequest(scope(c), onClips);
    }
    if (rng.bernoulli(p.otherMeansClearanceProbability)) followLead(c, c.thief, world.personGroup(c.thief));
  }

  /** The victim's camera, else the nearest camera at the scene, else -1. */
  function sceneCamera(house: number): number {
    if (world.hasCamera(house)) return house;
    const x = world.porchX(house);
    const y = world.porchY(house);
    const near = world.housesNear(x, y, p.sceneRadiusM);
    let best = -1;
    let bestD = Infinity;
    for (let i = 0; i < near.length; i++) {
      const h = near[i];
      if (!world.hasCamera(h)) continue;
      const d = Math.hypot(world.porchX(h) - x, world.porchY(h) - y);
      if (d < bestD) {
        bestD = d;
        best = h;
      }
    }
    return best;
  }

  /** What officers can rule out without the footage: the victim's and the camera owner's households, couriers in uniform, police. */
  function ruledOut(c: Case, person: number, cameraHouse: number): boolean {
    const kind = world.personKind(person);
    if (kind === "courier" || kind === "police") return true;
    const home = world.personHome(person);
    return home >= 0 && (home === c.house || home === cameraHouse);
  }

  /** Reviews newly obtained clips with the case's earlier ones and pursues a lead (`suspect-selection.ts`). */
  function review(c: Case, clips: ClipView[]): void {
    if (clips.length === 0) return;
    officers.spend(p.reviewHoursPerClip * clips.length, "review", true);
    if (c.identified || c.closed) return;
    addSightings(c.people, clips, { house: c.house, ruledOut: (person, cam) => ruledOut(c, person, cam) }, p);
    const lead = chooseLead(rankCandidates(c.people), faces.isUsable, p);
    if (!lead || !(lead.suspect || rng.bernoulli(p.personOfInterestProbability))) return;
    c.identified = true;
    c.people.clear(); // reviewed for good: the case pursues this lead
    identify(c, lead.person, lead.face, inGallery(lead.person));
  }

  /** Whether a person has a photo in the mugshot gallery: offenders as drawn at creation, anyone else drawn once. */
  function inGallery(person: number): boolean {
    const thief = thieves.byPerson(person);
    if (thief) return thief.inGallery;
    let known = innocentInGallery.get(person);
    if (known === undefined) innocentInGallery.set(person, (known = galleryRng.bernoulli(p.innocentInGalleryShare)));
    return known;
  }

  /**
   * Puts a name to the face of `person`: face recognition when allowed, else officers and
   * tips. A match to `person` is a lead to them (the right one only if they took the parcel);
   * a false match is a lead to someone else in the gallery.
   */
  function identify(c: Case, person: number, quality: number, inGallery: boolean): void {
    const group = world.personGroup(person);
    if (ctx.params.policy.faceRecognition) {
      const { outcome } = faces.search({ group, faceQuality: quality, inGallery, female: world.personFemale(person) });
      if (outcome !== "unusable") {
        metrics.incGroup("fr_searches", group);
        bus.emit({ type: "face-searched", time: scheduler.now, caseId: c.id, group, outcome });
      }
      if (outcome === "true-match") {
        metrics.incGroup("fr_true_matches", group);
        followLead(c, person, group);
        return;
      }
      if (outcome === "false-match") {
        metrics.incGroup("fr_false_matches", group);
        followLead(c, -1, group);
        return;
      }
      if (outcome === "missed") metrics.inc("fr_misses");
    }
    if (rng.bernoulli(p.officerRecognitionProbability * quality)) followLead(c, person, group);
  }

  /** Follows a lead to `person` (-1: a stranger from the mugshot gallery of group `group`). */
  function followLead(c: Case, person: number, group: number): void {
    officers.spend(p.leadHours, "lead", true);
    if (person === c.thief) {
      if (rng.bernoulli(p.confirmTrueLeadProbability)) arrest(c, c.thief, world.personGroup(c.thief), false, false);
      return;
    }
    if (rng.bernoulli(p.confirmFalseLeadProbability)) {
      const innocent = person >= 0 ? person : world.addPerson("resident", group, -1); // the wrongly matched person from the gallery
      arrest(c, innocent, group, true, false);
    }
  }

  function arrest(c: Case | null, person: number, group: number, wrongful: boolean, sting: boolean, house = c?.house ?? -1): void {
    const t = scheduler.now;
    metrics.incGroup("arrests", group);
    if (wrongful) metrics.incGroup("arrests_wrongful", group);
    if (house >= 0) ctx.arrests.record(world.porchX(house), world.porchY(house), t);
    bus.emit({ type: "arrest-made", time: t, caseId: c?.id ?? -1, person, group, wrongful, sting, house });
    if (c) {
      c.closed = true;
      bus.emit({ type: "case-cleared", time: t, caseId: c.id, rightly: !wrongful });
      if (wrongful && c.reported) removeOpen(c);
    }
    if (!wrongful) {
      // The thief's other reported thefts are cleared with this arrest.
      for (const other of openByThief.get(person) ?? []) {
        if (!other.closed) {
          other.closed = true;
          bus.emit({ type: "case-cleared", time: t, caseId: other.id, rightly: true });
        }
        metrics.inc("thefts_cleared");
      }
      openByThief.delete(person);
    }
  }

  function removeOpen(c: Case): void {
    const list = openByThief.get(c.thief);
    if (!list) return;
    const i = list.indexOf(c);
    if (i >= 0) list.splice(i, 1);
  }

  return {
    get queued() {
      return queue.length;
    },
    report(r) {
      const c = open(r.house, r.windowStart, r.windowEnd, r.thief, true);
      metrics.inc("thefts_reported");
      bus.emit({ type: "theft-reported", time: scheduler.now, house: r.house, pkg: r.pkg, caseId: c.id });
      if (rng.bernoulli(ctx.params.platform.policeCallPostShare)) platform.policePost(r.house);
      if (r.live) platform.liveStream(scope(c), (clips) => review(c, clips));
      queue.push(c);
      work();
    },
    investigateUnreported(house, t0, t1, thief) {
      const c = open(house, t0, t1, thief, false);
      officers.spend(p.caseHours, "case", true);
      investigate(c);
    },
    stingArrest(house, person) {
      const thief = thieves.byPerson(person);
      arrest(null, person, thief ? thief.group : world.personGroup(person), false, true, house);
    },
    startDay() {
      officers.refill((p.officerHoursPerDayPer1000Households * world.households) / 1000);
      work();
    },
  };
}

/**
 * The police part: officer hours each day, investigations, arrests; residents report to
 * it and post to the platform (wired here, once both exist). Thieves are looked up when
 * an arrest needs them (they come later in the registry).
 */
export const policePart = domainPart({
  name: "police",
  summary: "Officer hours, investigations through the channels the policy allows, leads, face recognition and arrests.",
  section: { key: "police", schema: policeSection },
  metrics: [
    count("thefts_reported", "thefts", "Thefts reported to police", "Thefts reported to the police by the victim household."),
    count(
      "thefts_cleared",
      "thefts",
      "Thefts solved",
      "Added. Reported thefts cleared that day by the arrest of the thief who committed them (the numerator of clearance_rate).",
    ),
    count(
      "arrests",
      "arrests",
      "Arrests",
      "People arrested for package theft, rightly or wrongly, including sting arrests; by the group of the arrested person.",
      true,
    ),
    count(
      "arrests_wrongful",
      "arrests",
      "Wrongful arrests (innocent people)",
      "Arrests of people who did not commit the theft (e.g. after a face-recognition false match); by the group of the arrested person.",
      true,
    ),
    count(
      "police_officer_hours",
      "hours",
      "Officer hours on package theft",
      "Added. Officer hours spent on package theft: response, investigation, footage requests and review, face recognition, stings.",
    ),
  ],
  events: ["theft-reported", "face-searched", "arrest-made", "case-cleared", "officer-hours-spent"],
  create(ctx) {
    const platform = ctx.use(platformPart);
    const police = createPolice(ctx.env, platform, ctx.use(footageLockerPart), { byPerson: (person) => ctx.use(thievesPart).byPerson(person) });
    ctx.use(residentsPart).connect({
      report: (r) => police.report(r),
      post: (house, kind, subject, clip) => platform.post(house, kind, subject, clip),
    });
    return police;
  },
  startDay(self, day) {
    self.startDay(day);
  },
  on: {
    "officer-hours-spent": (_self, e, ctx) => ctx.metrics.inc("police_officer_hours", e.hours),
  },
});
