/**
 * The police's store of obtained footage. Every clip handed to police passes through
 * `receive`: it is marked shared in the world (kept whatever the retention), counted once
 * by channel (with or without a warrant, with or without the owner's consent), the
 * innocent people in it are counted once each, and it may be passed on to other agencies
 * when the policy allows data sharing. Reads `platform.otherAgencyShareProbability` and
 * `policy.dataSharing`.
 */
import type { Rng } from "../../core/index.ts";
import type { ModelContext } from "./context.ts";
import type { FootageChannel } from "./events.ts";
import type { ClipView } from "./ports.ts";
import { count, domainPart } from "./domain-part.ts";

/** The footage locker. */
export interface FootageLocker {
  /** Takes clips in; returns those not received before. */
  receive(clips: readonly ClipView[], caseId: number, channel: FootageChannel, warrant: boolean, consent: boolean): ClipView[];
  /** Clips received so far. */
  readonly size: number;
  has(clip: number): boolean;
}

/** Creates an empty locker. */
export function createFootageLocker(ctx: ModelContext): FootageLocker {
  const { world, bus, metrics } = ctx;
  const rng: Rng = ctx.rng.stream("footage-sharing");
  const held = new Set<number>();
  const peopleSeen = new Set<number>();
  return {
    get size() {
      return held.size;
    },
    has: (clip) => held.has(clip),
    receive(clips, caseId, channel, warrant, consent) {
      const t = ctx.now();
      const fresh: ClipView[] = [];
      for (const clip of clips) {
        if (held.has(clip.id) || clip.state === "expired") continue;
        held.add(clip.id);
        fresh.push(clip);
        world.markShared(clip.id, t);
        // A victim's own clip is evidence they volunteered, not footage obtained through a channel.
        if (channel !== "victim") {
          metrics.inc("clips_obtained");
          if (!warrant) metrics.inc("clips_obtained_without_warrant");
          if (!consent) metrics.inc("clips_obtained_without_consent");
        }
        bus.emit({ type: "clip-obtained", time: t, caseId, clip: clip.id, channel, warrant, consent });
        for (const s of clip.subjects) {
          // Offenders are not innocent; officers on a call filmed on the way are not bystanders.
          if (ctx.offenders.has(s.personId) || peopleSeen.has(s.personId) || world.personKind(s.personId) === "police") continue;
          peopleSeen.add(s.personId);
          metrics.incGroup("innocents_in_shared_footage", world.personGroup(s.personId));
        }
        const share = ctx.params.policy.dataSharing ? ctx.params.platform.otherAgencyShareProbability : 0;
        if (share > 0 && rng.bernoulli(share)) {
          metrics.inc("clips_shared_other_agencies");
          bus.emit({ type: "clip-shared-other-agency", time: t, clip: clip.id, subjects: clip.subjects });
        }
      }
      return fresh;
    },
  };
}

/** The footage-locker part: every clip handed to police, counted once by channel. */
export const footageLockerPart = domainPart({
  name: "footage-locker",
  summary: "The police's store of obtained clips: counted by channel, innocents counted once, passed on to other agencies when allowed.",
  metrics: [
    count("clips_obtained", "clips", "Video clips handed to police", "Clips handed to police by any channel."),
    count(
      "clips_obtained_without_warrant",
      "clips",
      "Clips handed over without a warrant",
      "Clips handed to police without a warrant: through the portal, direct consent requests or emergency requests.",
    ),
    count(
      "clips_obtained_without_consent",
      "clips",
      "Clips handed over without the owner's consent",
      "Clips handed to police without the owner's consent: under a warrant or as an emergency.",
    ),
    count(
      "innocents_in_shared_footage",
      "people",
      "Innocent people in footage given to police",
      "Distinct people who committed no theft appearing in clips handed to police, each counted on the day they first appear; by their group.",
      true,
    ),
    count("clips_shared_other_agencies", "clips", "Clips passed on to other agencies", "Obtained clips passed on by the police to other agencies."),
  ],
  events: ["clip-obtained", "clip-shared-other-agency"],
  create: (ctx) => createFootageLocker(ctx.env),
});
