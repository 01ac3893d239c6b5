/**
 * The platform (the company): the app feed and who sees each post (app users within the
 * feed radius), police incidents in the feed — reposted by the company from the
 * department's call log (`policy.callLogAlerts`) or posted by the department through its
 * portal (`policy.portal`) — and the channels through which
 * police get footage — area-wide requests through the portal (every camera owner in the
 * radius asked at once), direct requests to the company (the owner asked for consent, or
 * a warrant that needs none), "emergency" disclosures without either, and the 911
 * live-stream. Which channels exist is decided by `policy:` only; how they behave by
 * `platform:`. Posts with clips may become community-alert ads (`alert-ads.ts`); requests
 * routed through a police-technology vendor are in `vendor-requests.ts`.
 */
import type { Rng } from "../../core/index.ts";
import { postViewers } from "../submodels/alert-reach.ts";
import { DAY, HOUR, type ModelContext } from "./context.ts";
import type { AlertAds } from "./alert-ads.ts";
import type { FootageLocker } from "./footage-locker.ts";
import type { ClipView } from "./ports.ts";
import type { Residents } from "./residents.ts";
import { platformSection } from "../../scenario/sections/platform.ts";
import { alertAdsPart } from "./alert-ads.ts";
import { count, domainPart } from "./domain-part.ts";
import { footageLockerPart } from "./footage-locker.ts";
import { residentsPart } from "./residents.ts";

/** Receives the clips a request produced (possibly none), when they arrive. */
export type ClipsCallback = (clips: ClipView[]) => void;

/** A footage request's place and time window. */
export interface RequestScope {
  caseId: number;
  house: number;
  t0: number;
  t1: number;
}

/** The platform mechanism. */
export interface Platform {
  /** A resident's post; its reach, metrics and perception exposure; may become an ad. */
  post(house: number, kind: "crime" | "suspicious", subject: number, clip: ClipView | null): void;
  /** The company reposts a police incident from the department's call log around `house`; false when the policy has no call-log alerts. */
  callLogPost(house: number): boolean;
  /** The department posts an alert through its portal around `house`; false when the policy has no portal. */
  policePost(house: number): boolean;
  /** Area-wide request through the portal; false when the policy has no portal. */
  portalRequest(scope: RequestScope, onClips: ClipsCallback): boolean;
  /** Direct request to the company for the victim's camera; false when not allowed. */
  directRequest(scope: RequestScope, warrant: boolean, onClips: ClipsCallback): boolean;
  /** Emergency disclosure of the cameras at the scene; false when not allowed. */
  emergencyRequest(scope: RequestScope, onClips: ClipsCallback): boolean;
  /** 911 live-stream of cameras around a live call; false when not allowed. */
  liveStream(scope: RequestScope, onClips: ClipsCallback): boolean;
}

/**
 * The time window a request may cover (`platform.requestWindowMinHours` to `MaxHours`):
 * too long a window keeps its most recent part, too short a one is widened around its middle.
 *
 * @example
 * requestWindow({ caseId: 0, house: 3, t0: 0, t1: 86_400 }, { requestWindowMinHours: 0.25, requestWindowMaxHours: 12 }); // [43200, 86400]
 */
export function requestWindow(s: RequestScope, p: { requestWindowMinHours: number; requestWindowMaxHours: number }): [number, number] {
  const minS = p.requestWindowMinHours * HOUR;
  const maxS = p.requestWindowMaxHours * HOUR;
  let t0 = s.t0;
  let t1 = s.t1;
  if (t1 - t0 > maxS) t0 = t1 - maxS; // the most recent part of the window: the theft is likelier late than early
  if (t1 - t0 < minS) {
    const mid = (t0 + t1) / 2;
    t0 = mid - minS / 2;
    t1 = mid + minS / 2;
  }
  return [t0, t1];
}

/** Creates the platform. */
export function createPlatform(ctx: ModelContext, residents: Residents, locker: FootageLocker, ads: AlertAds): Platform {
  const p = ctx.params.platform;
  const { world, scheduler, bus, metrics, perception } = ctx;
  const rng: Rng = ctx.rng.stream("platform");
  const isAppUser = (h: number) => ctx.appUser[h] === 1;
  const housesNear = (x: number, y: number, r: number) => world.housesNear(x, y, r);
  const clampWindow = (s: RequestScope) => requestWindow(s, p);
  /** Distinct people in the clips who have committed no theft (officers are not counted). */
  const innocentsIn = (clips: readonly ClipView[]) => {
    const seen = new Set<number>();
    for (const c of clips) {
      for (const sub of c.subjects) {
        if (!ctx.offenders.has(sub.personId) && world.personKind(sub.personId) !== "police") seen.add(sub.personId);
      }
    }
    return seen.size;
  };
  /** A police incident in the feed: app users within the feed radius see it (both kinds count in posts_police). */
  const publishPolicePost = (house: number, by: "call-log" | "department") => {
    const viewers = postViewers(world.porchX(house), world.porchY(house), { radiusM: p.postRadiusM, isAppUser }, housesNear);
    metrics.inc("posts_police");
    perception.exposeNear(viewers, "police-post");
    bus.emit({ type: "police-post-published", time: scheduler.now, house, reach: viewers.length, by });
  };
  const later = (delayS: number, fn: () => void) => scheduler.scheduleAt(scheduler.now + Math.max(0, delayS), fn);
  const expDelay = (meanS: number) => (meanS > 0 ? rng.exponential(1 / meanS) : 0);

  return {
    post(house, kind, subject, clip) {
      const t = scheduler.now;
      const viewers = postViewers(world.porchX(house), world.porchY(house), { radiusM: p.postRadiusM, isAppUser, exclude: house }, housesNear);
      const innocent = subject < 0 ? false : !ctx.offenders.has(subject);
      const group = subject >= 0 ? world.personGroup(subject) : -1;
      if (kind === "crime") {
        metrics.inc("posts_crime");
        perception.exposeNear(viewers, "post-crime");
      } else {
        metrics.incGroup("posts_suspicious", group);
        if (innocent) metrics.incGroup("posts_suspicious_innocent", group);
        perception.exposeNear(viewers, "post-suspicious");
      }
      bus.emit({ type: "post-published", time: t, house, kind, subject, subjectGroup: group, innocent, reach: viewers.length });
      if (clip && subject >= 0) ads.consider(house, subject, innocent);
    },

    callLogPost(house) {
      if (!ctx.params.policy.callLogAlerts) return false;
      metrics.inc("posts_police_calllog");
      publishPolicePost(house, "call-log");
      return true;
    },

    policePost(house) {
      if (!ctx.params.policy.portal) return false;
      metrics.inc("posts_police_portal");
      publishPolicePost(house, "department");
      return true;
    },

    portalRequest(scope, onClips) {
      if (!ctx.params.policy.portal) return false;
      const [t0, t1] = clampWindow(scope);
      const owners: number[] = [];
      const near = world.housesNear(world.porchX(scope.house), world.porchY(scope.house), p.requestRadiusM);
      for (let i = 0; i < near.length; i++) if (world.hasCamera(near[i])) owners.push(near[i]);
      metrics.inc("footage_requests_portal");
      metrics.inc("owners_asked", owners.length);
      bus.emit({ type: "footage-requested", time: scheduler.now, caseId: scope.caseId, channel: "portal", owners: owners.length });
      for (const h of owners) {
        const { answer, delayS } = residents.answerRequest(h);
        later(delayS, () => {
          bus.emit({ type: "owner-answered", time: scheduler.now, caseId: scope.caseId, house: h, answer });
          if (answer !== "shared") return;
          metrics.inc("owners_shared");
          onClips(locker.receive(world.clipsOfHouse(h, t0, t1), scope.caseId, "portal", false, true));
        });
      }
      return true;
    },

    directRequest(scope, warrant, onClips) {
      if (!ctx.params.policy.directRequests) return false;
      const [t0, t1] = clampWindow(scope);
      const h = scope.house;
      if (warrant) {
        metrics.inc("footage_requests_warrant");
        bus.emit({ type: "footage-requested", time: scheduler.now, caseId: scope.caseId, channel: "warrant", owners: 0 });
        later(expDelay(p.companyAnswerDays * DAY), () => {
          if (!rng.bernoulli(p.warrantHandoverProbability)) return onClips([]);
          onClips(locker.receive(world.clipsOfHouse(h, t0, t1), scope.caseId, "warrant", true, false));
        });
        return true;
      }
      if (ctx.params.policy.warrantRequired) return false; // the company refuses anything less than a warrant
      metrics.inc("footage_requests_direct");
      metrics.inc("owners_asked");
      bus.emit({ type: "footage-requested", time: scheduler.now, caseId: scope.caseId, channel: "direct", owners: 1 });
      later(expDelay(p.companyAnswerDays * DAY), () => {
        const consent = rng.bernoulli(residents.shareProbability(h, "direct"));
        bus.emit({ type: "owner-answered", time: scheduler.now, caseId: scope.caseId, house: h, answer: consent ? "shared" : "declined" });
        if (!consent) return onClips([]);
        metrics.inc("owners_shared");
        onClips(locker.receive(world.clipsOfHouse(h, t0, t1), scope.caseId, "direct", false, true));
      });
      return true;
    },

    emergencyRequest(scope, onClips) {
      if (!ctx.params.policy.emergencyRequests || ctx.params.policy.warrantRequired) return false;
      const [t0, t1] = clampWindow(scope);
      metrics.inc("footage_requests_emergency");
      bus.emit({ type: "footage-requested", time: scheduler.now, caseId: scope.caseId, channel: "emergency", owners: 0 });
      later(expDelay(p.emergencyAnswerHours * HOUR), () => {
        if (!rng.bernoulli(p.emergencyHandoverProbability)) return onClips([]);
        const clips = world.clipsInWindow(scope.house, ctx.params.police.sceneRadiusM, t0, t1);
        onClips(locker.receive(clips, scope.caseId, "emergency", false, false));
      });
      return true;
    },

    liveStream(scope, onClips) {
      if (!ctx.params.policy.liveStream911 || ctx.params.policy.warrantRequired) return false;
      const t = scheduler.now;
      const streamS = p.liveStreamMinutes * 60;
      const near = world.housesNear(world.porchX(scope.house), world.porchY(scope.house), p.liveStreamRadiusM);
      let cameras = 0;
      for (let i = 0; i < near.length; i++) if (world.hasCamera(near[i])) cameras++;
      metrics.inc("live_streams");
      metrics.inc("live_stream_minutes", cameras * p.liveStreamMinutes);
      bus.emit({ type: "live-stream-started", time: t, house: scope.house, cameras });
      later(streamS, () => {
        const clips = world.clipsInWindow(scope.house, p.liveStreamRadiusM, t, t + streamS);
        metrics.inc("innocents_live_streamed", innocentsIn(clips));
        onClips(locker.receive(clips, scope.caseId, "live-stream", false, false));
      });
      return true;
    },
  };
}

/** The platform part: the app feed and the channels through which police obtain footage. */
export const platformPart = domainPart({
  name: "platform",
  summary: "The company: the app feed, police posts, the portal, direct, warrant and emergency requests, the 911 live-stream.",
  section: { key: "platform", schema: platformSection },
  metrics: [
    count("posts_crime", "posts", "App posts about a crime", "Posts to the neighbourhood app labelled crime."),
    count(
      "posts_suspicious",
      "posts",
      "App posts about a 'suspicious person'",
      "Posts labelled 'suspicious person'; by the group of the person posted about.",
      true,
    ),
    count(
      "posts_suspicious_innocent",
      "posts",
      "'Suspicious person' posts about innocent people",
      "'Suspicious person' posts about someone who committed no crime; by the group of the person posted about.",
      true,
    ),
    count(
      "posts_police",
      "posts",
      "Police posts in the app",
      "Added. Police incidents posted to the app: the company's reposts from the call log (posts_police_calllog) plus the department's posts through the portal (posts_police_portal).",
    ),
    count(
      "posts_police_calllog",
      "posts",
      "Call-log alerts reposted by the company",
      "Added. Reported thefts the company reposted to the app feed from the department's call log (policy.callLogAlerts; included in posts_police).",
    ),
    count(
      "posts_police_portal",
      "posts",
      "Police posts through the portal",
      "Added. Alerts the department posted to the app through its portal: about reported thefts (platform.policePortalPostShare) and publicised stings (policy.portal; included in posts_police).",
    ),
    count(
      "footage_requests_portal",
      "requests",
      "Footage requests through the app portal",
      "Area-wide footage requests police sent through the portal (every camera owner in the area and time window asked at once).",
    ),
    count(
      "footage_requests_direct",
      "requests",
      "Footage requests to the company (owner consent)",
      "Requests police sent to the company directly asking for one owner's footage with that owner's consent.",
    ),
    count(
      "footage_requests_warrant",
      "requests",
      "Footage requests with a warrant",
      "Requests police sent to the company with a warrant or subpoena (no owner consent needed).",
    ),
    count(
      "footage_requests_emergency",
      "requests",
      "Emergency requests (no consent, no warrant)",
      "'Emergency' requests police sent to the company, granted without the owner's consent or a warrant.",
    ),
    count("owners_asked", "owners", "Camera owners asked for footage", "Camera owners asked to share footage (each owner once per request)."),
    count(
      "owners_shared",
      "owners",
      "Camera owners who shared footage",
      "Added. Camera owners who agreed to share footage when asked (gizmodo-2019-fort-lauderdale: ~3.5% in Fort Lauderdale, 2018).",
    ),
    count(
      "live_streams",
      "streams",
      "911 live-streams to police",
      "Added. Live-streams of the cameras around a 911 call about a theft in progress (policy.liveStream911; never when a warrant is required).",
    ),
    count(
      "live_stream_minutes",
      "camera-minutes",
      "Minutes of camera video live-streamed to police",
      "Added. Cameras streaming times platform.liveStreamMinutes, summed over the live-streams started that day.",
    ),
    count(
      "innocents_live_streamed",
      "people",
      "Innocent people in 911 live-streams",
      "Added. Distinct people in view during a live-stream (in its cameras' clips) who committed no theft, per stream; officers are not counted.",
    ),
  ],
  events: ["post-published", "police-post-published", "footage-requested", "owner-answered", "live-stream-started"],
  create: (ctx) => createPlatform(ctx.env, ctx.use(residentsPart), ctx.use(footageLockerPart), ctx.use(alertAdsPart)),
});
