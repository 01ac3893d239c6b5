/**
 * Police: a daily budget of officer hours; reported thefts open a case (`cases.ts`) and
 * queue for officer time (shelved when they wait too long); an investigation seeks footage
 * through exactly the channels the policy allows (the victim's own clip, an area-wide portal
 * request, a request posted through a police-technology vendor, a direct request with or
 * without a warrant, an emergency claim, the 911 live-stream), reviews what arrives, picks a lead from what the footage shows
 * (`suspect-selection.ts`), tries to put a name to that face (face recognition against the
 * mugshot gallery when allowed, otherwise officers and tips), reads what witnesses and tips
 * said (`theft-witnesses.ts`), and arrests when the evidence against one person suffices
 * (`investigation.ts`). Police never learn who took a parcel: `case-truth.ts` only labels
 * their arrests for the metrics. Reads `police:` (and the victim's willingness to share,
 * `residents.victimShareProbability`).
 */
import type { Rng } from "../../core/index.ts";
import { DAY, type ModelContext } from "./context.ts";
import type { FootageLocker } from "./footage-locker.ts";
import type { Platform, RequestScope } from "./platform.ts";
import type { VendorRequests } from "./vendor-requests.ts";
import type { ClipView } from "./ports.ts";
import type { TheftReport } from "./residents.ts";
import { addSightings, chooseLead, rankCandidates, type Candidate } from "./suspect-selection.ts";
import type { Thieves } from "./thieves.ts";
import { createCaseFiles, type CaseFiles } from "./cases.ts";
import { createCaseTruth, type CaseTruth } from "./case-truth.ts";
import { createInvestigation, type ArrestRecord } from "./investigation.ts";
import { createTheftWitnesses } from "./theft-witnesses.ts";
import { policeSection } from "../../scenario/sections/police.ts";
import { count, domainPart } from "./domain-part.ts";
import { footageLockerPart } from "./footage-locker.ts";
import { platformPart } from "./platform.ts";
import { residentsPart } from "./residents.ts";
import { thievesPart } from "./thieves.ts";
import { alertAdsPart } from "./alert-ads.ts";
import { vendorRequestsPart } from "./vendor-requests.ts";

/** What officers are doing on one case (its evidence is in the case files). */
interface Inquiry {
  id: number;
  house: number;
  t0: number;
  t1: number;
  investigate: boolean;
  attend: boolean;
  /** A lead from the footage has been pursued: review is over. */
  identified: boolean;
  /** Everyone the case's footage shows that officers could not rule out. */
  people: Map<number, Candidate>;
}

/** The police mechanism. */
export interface Police {
  /** A victim's report: a case opened, counted, posted by the company from the call log, queued. */
  report(r: TheftReport): void;
  /** A theft police learn of themselves (a bait taken without a working tracker): package `pkg` taken between t0 and t1. */
  investigateUnreported(house: number, t0: number, t1: number, pkg: number): void;
  /** A bait's tracker led officers to `person`: a case with that evidence; returns whether it ended in an arrest. */
  trackerLead(house: number, t0: number, t1: number, pkg: number, person: number): boolean;
  /** Refills the day's officer hours and works the queue (call at the start of each day). */
  startDay(day: number): void;
  /** Whether police records back a clip of `subject` at `house` (a theft reported there since `since`, or a case naming them): what vetting checks. */
  supports(house: number, subject: number, since: number): boolean;
  /** Cases waiting for officer time. */
  readonly queued: number;
  /** The case files (what police hold). */
  readonly cases: CaseFiles;
  /** Who took what: for metrics and the analyst's files only. */
  readonly truth: CaseTruth;
  /** Every arrest so far. */
  readonly arrests: readonly ArrestRecord[];
}

/** Creates the police mechanism. */
export function createPolice(
  ctx: ModelContext,
  platform: Platform,
  vendor: VendorRequests,
  locker: FootageLocker,
  thieves: Pick<Thieves, "byPerson" | "holds" | "onArrest">,
): Police {
  const p = ctx.params.police;
  const { world, scheduler, bus, metrics, officers, faces } = ctx;
  const rng: Rng = ctx.rng.stream("police");
  /** The department's own stream for its posts in the app, so that posting never shifts investigations. */
  const postRng: Rng = ctx.rng.stream("police-posts");
  const cases = createCaseFiles();
  const truth = createCaseTruth(bus);
  const witnesses = createTheftWitnesses(ctx);
  const inquiry = createInvestigation(ctx, cases, truth, thieves, rng);
  const queue: Inquiry[] = [];
  const innocentInGallery = new Map<number, boolean>();
  const galleryRng: Rng = ctx.rng.stream("police-gallery");
  const reportedAt = new Map<number, number>();

  function open(house: number, pkg: number, t0: number, t1: number, reported: boolean): Inquiry {
    return {
      id: cases.open(house, pkg, reported, scheduler.now),
      house,
      t0,
      t1,
      investigate: !reported || rng.bernoulli(p.investigateProbability),
      attend: reported && rng.bernoulli(p.responseProbability),
      identified: false,
      people: new Map(),
    };
  }

  /** Takes cases off the queue while officer hours are left today (the last one may run into overtime). */
  function work(): void {
    while (queue.length > 0 && officers.available > 0) {
      const c = queue.shift()!;
      if (scheduler.now - cases.openedAt(c.id) > p.caseQueueDays * DAY) {
        cases.shelve(c.id); // waited too long
        continue;
      }
      if (c.attend) {
        officers.spend(p.responseHours, "response", true);
        driveToScene(c.house);
      }
      if (c.investigate) {
        officers.spend(p.caseHours, "case", true);
        investigate(c);
      } else cases.shelve(c.id);
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

  function scope(c: Inquiry, house = c.house): RequestScope {
    return { caseId: c.id, house, t0: c.t0, t1: c.t1 };
  }

  const closed = (c: Inquiry) => cases.outcome(c.id) === "cleared";

  function investigate(c: Inquiry): void {
    const onClips = (clips: ClipView[]) => review(c, clips);
    if (world.hasCamera(c.house) && rng.bernoulli(ctx.params.residents.victimShareProbability)) {
      onClips(locker.receive(world.clipsOfHouse(c.house, c.t0, c.t1), c.id, "victim", false, true));
    }
    if (ctx.params.policy.portal && rng.bernoulli(p.portalRequestProbability)) {
      officers.spend(p.requestHours, "request", true);
      platform.portalRequest(scope(c), onClips);
    }
    // The vendor route stands where the portal's request tool stood: asked as often.
    if (ctx.params.policy.vendorRequests && rng.bernoulli(p.portalRequestProbability)) {
      officers.spend(p.requestHours, "request", true);
      vendor.request(scope(c), onClips);
    }
    if (ctx.params.policy.directRequests && !c.identified && rng.bernoulli(p.directRequestProbability)) {
      const target = sceneCamera(c.house);
      if (target >= 0) {
        const warrant = ctx.params.policy.warrantRequired || rng.bernoulli(p.warrantShare);
        if (warrant) {
          officers.spend(p.warrantHours, "warrant", true);
          scheduler.scheduleAt(scheduler.now + p.warrantDelayDays * DAY, () => {
            if (!closed(c)) platform.directRequest(scope(c, target), true, onClips);
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
    // Other means: what a witness or a tip said about this theft.
    const seen = witnesses.of(cases.pkg(c.id));
    if (seen && seen.witness >= 0 && !closed(c)) {
      inquiry.add(c.id, "witness", seen.witness);
      inquiry.pursue(c.id, seen.witness);
    }
    if (seen && seen.tip >= 0 && !closed(c)) {
      inquiry.add(c.id, "other", seen.tip);
      inquiry.pursue(c.id, seen.tip);
    }
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
  function ruledOut(c: Inquiry, person: number, cameraHouse: number): boolean {
    const kind = world.personKind(person);
    if (kind === "courier" || kind === "police") return true;
    const home = world.personHome(person);
    return home >= 0 && (home === c.house || home === cameraHouse);
  }

  /** Reviews newly obtained clips with the case's earlier ones and pursues a lead (`suspect-selection.ts`). */
  function review(c: Inquiry, clips: ClipView[]): void {
    if (clips.length === 0) return;
    officers.spend(p.reviewHoursPerClip * clips.length, "review", true);
    cases.add(c.id, "clip", -1, 0); // footage held, whoever it shows
    if (c.identified || closed(c)) return;
    addSightings(c.people, clips, { house: c.house, ruledOut: (person, cam) => ruledOut(c, person, cam) }, p);
    const lead = chooseLead(rankCandidates(c.people), faces.isUsable, p);
    if (!lead || !(lead.suspect || rng.bernoulli(p.personOfInterestProbability))) return;
    c.identified = true;
    c.people.clear(); // reviewed for good: the case pursues this lead
    identify(c, lead.person, lead.face, lead.suspect);
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
   * Puts a name to the face of `person` in the footage: face recognition when allowed,
   * else officers and tips. A match names `person` (who may not be the taker); a false
   * match names a stranger from the gallery, whom officers now take for the person in the
   * clip. The footage then counts against the named person, who is followed up.
   */
  function identify(c: Inquiry, person: number, quality: number, suspect: boolean): void {
    const group = world.personGroup(person);
    let named = -1;
    if (ctx.params.policy.faceRecognition) {
      const { outcome } = faces.search({ group, faceQuality: quality, inGallery: inGallery(person), female: world.personFemale(person) });
      if (outcome !== "unusable") {
        metrics.incGroup("fr_searches", group);
        bus.emit({ type: "face-searched", time: scheduler.now, caseId: c.id, group, outcome });
      }
      if (outcome === "true-match") {
        metrics.incGroup("fr_true_matches", group);
        named = person;
      } else if (outcome === "false-match") {
        metrics.incGroup("fr_false_matches", group);
        named = world.addPerson("resident", group, -1); // the wrongly matched person from the gallery
      } else if (outcome === "missed") metrics.inc("fr_misses");
      if (named >= 0) inquiry.add(c.id, "fr_candidate", named);
    }
    if (named < 0 && rng.bernoulli(p.officerRecognitionProbability * quality)) {
      named = person;
      inquiry.add(c.id, "other", named);
    }
    if (named < 0) return;
    inquiry.add(c.id, "clip", named, suspect);
    inquiry.pursue(c.id, named);
  }

  return {
    cases,
    truth,
    get arrests() {
      return inquiry.arrests;
    },
    get queued() {
      return queue.length;
    },
    report(r) {
      const c = open(r.house, r.pkg, r.windowStart, r.windowEnd, true);
      reportedAt.set(r.house, scheduler.now);
      metrics.inc("thefts_reported");
      bus.emit({ type: "theft-reported", time: scheduler.now, house: r.house, pkg: r.pkg, caseId: c.id });
      // The draw is made whatever the policy, so that switching call-log alerts never shifts the police's other draws.
      if (rng.bernoulli(ctx.params.platform.policeCallPostShare)) platform.callLogPost(r.house);
      if (ctx.params.policy.portal && postRng.bernoulli(ctx.params.platform.policePortalPostShare)) platform.policePost(r.house);
      if (r.live) platform.liveStream(scope(c), (clips) => review(c, clips));
      queue.push(c);
      work();
    },
    investigateUnreported(house, t0, t1, pkg) {
      const c = open(house, pkg, t0, t1, false);
      officers.spend(p.caseHours, "case", true);
      investigate(c);
    },
    trackerLead(house, t0, t1, pkg, person) {
      const c = open(house, pkg, t0, t1, false);
      inquiry.add(c.id, "tracker", person);
      return inquiry.pursue(c.id, person);
    },
    supports(house, subject, since) {
      return (reportedAt.get(house) ?? -Infinity) >= since || cases.naming(subject).length > 0;
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
      "Added. Reported thefts cleared that day by an arrest: the evidence of the case points at the arrested person, rightly or not (the numerator of clearance_rate; the cleared rows of cases.csv).",
    ),
    count(
      "thefts_cleared_wrongly",
      "thefts",
      "Thefts wrongly solved",
      "Added. Reported thefts cleared that day by the arrest of someone who did not commit them (ground truth; included in thefts_cleared).",
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
      "Arrests of people who did not commit the theft the arrest was made for (after wrong evidence: footage of the wrong person, a false match, a mistaken witness or tip, a track that ended at someone else); by the group of the arrested person.",
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
    const thieves = () => ctx.use(thievesPart);
    const police = createPolice(ctx.env, platform, ctx.use(vendorRequestsPart), ctx.use(footageLockerPart), {
      byPerson: (person) => thieves().byPerson(person),
      holds: (person, pkg, t) => thieves().holds(person, pkg, t),
      onArrest: (person, t, found) => thieves().onArrest(person, t, found),
    });
    ctx.use(alertAdsPart).connect(police);
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
