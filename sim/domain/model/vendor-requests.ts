/**
 * Footage requests routed through a police-technology vendor (`policy.vendorRequests`),
 * the route that followed the end of the app's own request tool (2024, 2025): police post
 * a request publicly in the app feed around the theft, so every app user within the feed
 * radius sees it (a police post for their beliefs); the camera owners inside the request's
 * area answer it as they answer a portal request; what they share goes into the vendor's
 * evidence store, kept `platform.vendorRetentionDays` under the vendor's terms whatever the
 * owner's own storage plan, and from there to the police.
 *
 * What the agency knows: it cannot see who was asked or who declined, and here it receives
 * a submission without the owner's identity (an assumption beyond the published rule), so
 * officers cannot ask the owner to name the household members the camera filmed: the clips
 * reach `suspect-selection.ts` as a street camera's (`house` -1). Reads `platform:` (feed
 * radius, request area and window, vendor retention).
 */
import { postViewers } from "../submodels/alert-reach.ts";
import { DAY, type ModelContext } from "./context.ts";
import type { FootageLocker } from "./footage-locker.ts";
import type { ClipsCallback, RequestScope } from "./platform.ts";
import { requestWindow } from "./platform.ts";
import type { ClipView } from "./ports.ts";
import type { Residents } from "./residents.ts";
import { count, domainPart, level } from "./domain-part.ts";
import { footageLockerPart } from "./footage-locker.ts";
import { residentsPart } from "./residents.ts";

/** The vendor route. */
export interface VendorRequests {
  /** Posts a request in the feed around the theft; false when the policy has no vendor route. */
  request(scope: RequestScope, onClips: ClipsCallback): boolean;
  /** Drops clips past the vendor's retention; returns the clips the vendor holds now. */
  expire(now: number): number;
}

/**
 * The vendor's evidence store: clips in the order they arrived (each once while held), so
 * that expiry only ever removes from the front.
 */
interface EvidenceStore {
  clips: number[];
  storedAt: number[];
  head: number;
  held: Set<number>;
}

/** The footage as the agency receives it: without the camera owner's identity. */
function withoutOwner(clips: readonly ClipView[]): ClipView[] {
  return clips.map((c) => ({ ...c, house: -1 }));
}

/** Creates the vendor route. */
export function createVendorRequests(ctx: ModelContext, residents: Residents, locker: FootageLocker): VendorRequests {
  const p = ctx.params.platform;
  const { world, scheduler, bus, metrics, perception } = ctx;
  const isAppUser = (h: number) => ctx.appUser[h] === 1;
  const housesNear = (x: number, y: number, r: number) => world.housesNear(x, y, r);
  const store: EvidenceStore = { clips: [], storedAt: [], head: 0, held: new Set() };

  function keep(clips: readonly ClipView[]): void {
    for (const c of clips) {
      if (store.held.has(c.id)) continue;
      store.held.add(c.id);
      store.clips.push(c.id);
      store.storedAt.push(scheduler.now);
    }
  }

  return {
    request(scope, onClips) {
      if (!ctx.params.policy.vendorRequests) return false;
      const [t0, t1] = requestWindow(scope, p);
      const x = world.porchX(scope.house);
      const y = world.porchY(scope.house);
      const viewers = postViewers(x, y, { radiusM: p.postRadiusM, isAppUser }, housesNear);
      perception.exposeNear(viewers, "police-post");
      const owners: number[] = [];
      const area = world.housesNear(x, y, p.requestRadiusM);
      for (let i = 0; i < area.length; i++) if (world.hasCamera(area[i]) && isAppUser(area[i])) owners.push(area[i]);
      metrics.inc("footage_requests_vendor");
      metrics.inc("vendor_request_reach", viewers.length);
      bus.emit({ type: "footage-requested", time: scheduler.now, caseId: scope.caseId, channel: "vendor", owners: owners.length });
      for (const h of owners) {
        const { answer, delayS } = residents.answerRequest(h);
        scheduler.scheduleAt(scheduler.now + delayS, () => {
          bus.emit({ type: "owner-answered", time: scheduler.now, caseId: scope.caseId, house: h, answer });
          if (answer !== "shared") return;
          const clips = world.clipsOfHouse(h, t0, t1);
          keep(clips);
          onClips(withoutOwner(locker.receive(clips, scope.caseId, "vendor", false, true)));
        });
      }
      return true;
    },

    expire(now) {
      const cutoff = now - p.vendorRetentionDays * DAY;
      while (store.head < store.clips.length && store.storedAt[store.head] <= cutoff) {
        store.held.delete(store.clips[store.head]);
        store.head++;
      }
      if (store.head > 1024 && store.head * 2 > store.clips.length) {
        // Reclaim the expired front now and then (amortised; the order is kept).
        store.clips.splice(0, store.head);
        store.storedAt.splice(0, store.head);
        store.head = 0;
      }
      return store.clips.length - store.head;
    },
  };
}

/** The vendor-requests part: requests posted in the feed through a police-technology vendor, and the vendor's store. */
export const vendorRequestsPart = domainPart({
  name: "vendor-requests",
  summary:
    "Footage requests posted publicly in the feed through a police-technology vendor; the agency cannot see who was asked; the vendor stores what owners share.",
  metrics: [
    count(
      "footage_requests_vendor",
      "requests",
      "Footage requests through a police-tech vendor",
      "Added. Footage requests police posted publicly in the app feed through a police-technology vendor (policy.vendorRequests; cnet-2025-community-requests).",
    ),
    count(
      "vendor_request_reach",
      "households",
      "Households shown vendor request posts",
      "Added. App users within the feed radius shown a vendor request post, summed over the posts that day (a police post for their beliefs).",
    ),
    level(
      "clips_held_by_vendor",
      "clips",
      "Clips held by the police-tech vendor",
      "Added. Clips owners shared through vendor requests that the vendor's evidence store still holds at the end of the day (platform.vendorRetentionDays).",
    ),
  ],
  events: ["footage-requested", "owner-answered"],
  create: (ctx) => createVendorRequests(ctx.env, ctx.use(residentsPart), ctx.use(footageLockerPart)),
  endDay(self, day, ctx) {
    ctx.metrics.set("clips_held_by_vendor", self.expire((day + 1) * DAY));
  },
});
