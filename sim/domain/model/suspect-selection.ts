/**
 * Suspect selection: how officers reviewing a theft's footage pick whom to pursue, from
 * what the clips show and what they can know — never from who actually took the parcel.
 * Everyone seen in the case's clips is a candidate unless officers can rule them out
 * (members of the victim's household or of the household whose camera filmed them, who
 * the owners name; couriers in uniform; police), and only if person detection fired on
 * them (someone the footage shows clearly enough to be looked for). Candidates are ranked
 * by their presence at the scene: the best detection confidence of a sighting (how large
 * and well lit the person appeared, i.e. how close they came to the camera), weighted by
 * whose camera it was (the victim's own doorbell camera counts fully, a neighbour's by
 * `neighbourFootageWeight`); ties go to the person who stayed longer in that sighting (more
 * frames), then to the one seen first. The lead is the best-ranked candidate with a usable face. If it is the
 * top-ranked candidate and was seen close enough (`suspectPresenceThreshold`), officers
 * treat that person as the suspect; otherwise (the top-ranked person showed no usable face,
 * or nobody came close) the lead is a mere person of interest, pursued with
 * `personOfInterestProbability`. Pure: the caller supplies the rules and draws.
 */
import type { ClipView } from "./ports.ts";

/** What officers can tell about a person from all the footage of a case. */
export interface Candidate {
  person: number;
  /** Weighted best detection confidence over the person's sightings, 0-1. */
  presence: number;
  /** Frames in view in that best sighting (how long the person stayed there). */
  frames: number;
  /** Best face quality over the person's sightings, 0-1. */
  face: number;
  /** Order of first appearance in the reviewed footage. */
  seen: number;
}

/** What officers know that is not in the footage. */
export interface Scene {
  /** The victim's household. */
  house: number;
  /** Can officers rule this person out, seen on the camera of `cameraHouse` (-1: a street camera)? */
  ruledOut(person: number, cameraHouse: number): boolean;
}

/** The `police:` parameters of the rule. */
export interface SuspectRules {
  neighbourFootageWeight: number;
  suspectPresenceThreshold: number;
}

/** The person to pursue and how sure officers are of them. */
export interface Lead {
  person: number;
  face: number;
  /** The top-ranked candidate, seen close enough: the suspect (otherwise a person of interest). */
  suspect: boolean;
}

/**
 * Accumulates the candidates of a case over batches of footage (`into` is kept by the case).
 *
 * @example
 * const people = new Map<number, Candidate>();
 * addSightings(people, clips, scene, rules);
 */
export function addSightings(into: Map<number, Candidate>, clips: readonly ClipView[], scene: Scene, rules: SuspectRules): void {
  for (const clip of clips) {
    const weight = clip.house === scene.house ? 1 : rules.neighbourFootageWeight;
    for (const s of clip.subjects) {
      if (!s.detected || scene.ruledOut(s.personId, clip.house)) continue;
      const presence = weight * s.bestConfidence;
      const c = into.get(s.personId);
      if (!c) {
        into.set(s.personId, { person: s.personId, presence, frames: s.frames, face: s.bestFaceQuality, seen: into.size });
      } else {
        if (presence > c.presence || (presence === c.presence && s.frames > c.frames)) {
          c.presence = presence;
          c.frames = s.frames;
        }
        c.face = Math.max(c.face, s.bestFaceQuality);
      }
    }
  }
}

/** Candidates best first: presence, then frames, then first seen. */
export function rankCandidates(people: Map<number, Candidate>): Candidate[] {
  return [...people.values()].sort((a, b) => b.presence - a.presence || b.frames - a.frames || a.seen - b.seen);
}

/**
 * The lead: the best-ranked candidate with a usable face, or null.
 *
 * @example
 * const lead = chooseLead(rankCandidates(people), (q) => q >= 0.35, rules);
 */
export function chooseLead(ranked: readonly Candidate[], usable: (face: number) => boolean, rules: SuspectRules): Lead | null {
  for (let i = 0; i < ranked.length; i++) {
    const c = ranked[i];
    if (!(c.face > 0 && usable(c.face))) continue;
    return { person: c.person, face: c.face, suspect: i === 0 && c.presence >= rules.suspectPresenceThreshold };
  }
  return null;
}
