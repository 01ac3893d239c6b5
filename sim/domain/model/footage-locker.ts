/**
 * The police's store of obtained footage. Every clip handed to police passes through
 * `receive`: it is marked shared in the world (kept whatever the retention), counted once
 * by channel (with or without a warrant, with or without the owner's consent), the
 * innocent people in it are counted once each, and it may be passed on to other agencies
 * when the policy allows data sharing. A victim's own clip, volunteered with a report, is
 * counted apart (clips and innocents alike), so "clips obtained" and "innocent people in
 * obtained footage" always describe the same clips. Reads
 * `platform.otherAgencyShareProbability` and `policy.dataSharing`.
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
  // Distinct innocent people counted so far: in obtained footage, in victims' own clips.
  const seenObtained = new Set<number>();
  const seenVolunteered = new Set<number>();
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
        const volunteered = channel === "victim";
        if (volunteered) metrics.inc("clips_volunteered_by_victims");
        else {
          metrics.inc("clips_obtained");
          if (!warrant) metrics.inc("clips_obtained_without_warrant");
          if (!consent) metrics.inc("clips_obtained_without_consent");
        }
        bus.emit({ type: "clip-obtained", time: t, caseId, clip: clip.id, channel, warrant, consent });
        const seen = volunteered ? seenVolunteered : seenObtained;
        for (const s of clip.subjects) {
          // Offenders are not innocent; officers on a call filmed on the way are not bystanders.
          if (ctx.offenders.has(s.personId) || seen.has(s.personId) || world.personKind(s.personId) === "police") continue;
          seen.add(s.personId);
          metrics.incGroup(volunteered ? "innocents_in_volunteered_footage" : "innocents_in_shared_footage", world.personGroup(s.personId));
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
    count(
      "clips_obtained",
      "clips",
      "Video clips police obtained",
      "Clips police obtained through a channel (portal, direct, warrant or emergency request); victims' own clips are counted apart.",
    ),
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
      "Innocent people in footage police obtained",
      "Distinct people who committed no theft appearing in the clips counted as obtained (the same clips as clips_obtained), each counted on the day they first appear; by their group.",
      true,
    ),
    count(
      "clips_volunteered_by_victims",
      "clips",
      "Victims' own clips given to police",
      "Clips a theft victim handed over with their report, from their own camera (not obtained through a police channel).",
    ),
    count(
      "innocents_in_volunteered_footage",
      "people",
      "Innocent people in victims' own clips",
      "Distinct people who committed no theft appearing in clips victims handed over with their reports, each counted on the day they first appear; by their group.",
      true,
    ),
    count("clips_shared_other_agencies", "clips", "Clips passed on to other agencies", "Obtained clips passed on by the police to other agencies."),
  ],
  events: ["clip-obtained", "clip-shared-other-agency"],
  create: (ctx) => createFootageLocker(ctx.env),
});
