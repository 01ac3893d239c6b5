/**
 * Suspect selection (sim/domain/model/suspect-selection.ts) and the police review built on
 * it: officers pick whom to pursue from what the footage shows and what they can know,
 * never from who took the parcel.
 */
import { describe, expect, it } from "vitest";
import type { EventOf } from "../../../sim/domain/model/events.ts";
import { createSurveillanceModel } from "../../../sim/domain/model/model.ts";
import { policePart } from "../../../sim/domain/model/police.ts";
import type { ClipSubject, ClipView } from "../../../sim/domain/model/ports.ts";
import { addSightings, chooseLead, rankCandidates, type Candidate, type Scene } from "../../../sim/domain/model/suspect-selection.ts";
import { createFakeWorld } from "./fake-world.ts";
import { testParams } from "./harness.ts";

const rules = { neighbourFootageWeight: 0.5, suspectPresenceThreshold: 0.6 };
const usable = (q: number) => q >= 0.35;
const VICTIM = 10;
const PKG = 5;

function subject(person: number, o: Partial<ClipSubject> = {}): ClipSubject {
  return { personId: person, frames: 300, bestFaceQuality: 0.8, bestConfidence: 0.95, detected: true, ...o };
}
function clip(house: number, subjects: ClipSubject[], id = 0): ClipView {
  return { id, house, start: 1000, end: 1060, subjects, state: "cloud" };
}
function lead(clips: ClipView[], ruledOut: Scene["ruledOut"] = () => false) {
  const people = new Map<number, Candidate>();
  addSightings(people, clips, { house: VICTIM, ruledOut }, rules);
  return chooseLead(rankCandidates(people), usable, rules);
}

describe("suspect selection (pure)", () => {
  it("a clear face of the person at the victim's porch makes that person the suspect", () => {
    const l = lead([clip(VICTIM, [subject(1, { bestConfidence: 0.25, frames: 40, bestFaceQuality: 0.5 }), subject(7)])]);
    expect(l).toEqual({ person: 7, face: 0.8, suspect: true });
  });

  it("a concealed face at the porch leaves only the passer-by, as a person of interest", () => {
    const l = lead([clip(VICTIM, [subject(7, { bestFaceQuality: 0.08 }), subject(1, { bestConfidence: 0.25, frames: 40, bestFaceQuality: 0.5 })])]);
    expect(l).toEqual({ person: 1, face: 0.5, suspect: false });
  });

  it("when the taker was not recorded, a visitor at the porch becomes the suspect", () => {
    expect(lead([clip(VICTIM, [subject(3, { frames: 100 })])])).toEqual({ person: 3, face: 0.8, suspect: true });
  });

  it("people ruled out (household, couriers, police) are never candidates", () => {
    const household = new Set([5, 6]);
    const l = lead([clip(VICTIM, [subject(5, { frames: 900 }), subject(6, { frames: 800 }), subject(2, { bestConfidence: 0.3 })])], (p) =>
      household.has(p),
    );
    expect(l).toEqual({ person: 2, face: 0.8, suspect: false });
    expect(lead([clip(VICTIM, [subject(5), subject(6)])], (p) => household.has(p))).toBeNull();
  });

  it("a neighbour's camera counts less than the victim's own, and a close approach to it alone makes no suspect", () => {
    const l = lead([clip(VICTIM + 1, [subject(4, { bestConfidence: 0.97 })], 1), clip(VICTIM, [subject(8, { bestConfidence: 0.6 })], 2)]);
    expect(l?.person).toBe(8);
    expect(lead([clip(VICTIM + 1, [subject(4, { bestConfidence: 0.97 })])])).toEqual({ person: 4, face: 0.8, suspect: false });
  });

  it("people the detector never picked out are not candidates; ties go to the longer stay, then to the first seen", () => {
    expect(lead([clip(VICTIM, [subject(9, { detected: false })])])).toBeNull();
    expect(lead([clip(VICTIM, [subject(1, { frames: 100 }), subject(2, { frames: 200 })])])?.person).toBe(2);
    expect(lead([clip(VICTIM, [subject(2), subject(1)])])?.person).toBe(2);
  });
});

/**
 * The police of the assembled model reviewing fixed footage of one theft at VICTIM (the
 * victim shares their clip; no face recognition, witnesses or tips; officers recognise a
 * perfect face and any named lead is enough to arrest, so an arrest shows exactly whom
 * officers picked). The taker is recorded as a theft event would record it.
 */
function policeReview(
  footage: (ids: { a: number; b: number; resident: number }) => ClipSubject[],
  thief: "a" | "b",
  police: Record<string, unknown> = {},
) {
  const params = testParams(
    "none",
    {},
    {
      residents: { victimShareProbability: 1 },
      police: {
        witnessProbability: 0,
        tipProbability: 0,
        officerRecognitionProbability: 1,
        arrestEvidenceThreshold: 0.1,
        ...police,
      },
    },
  );
  let ids = { a: -1, b: -1, resident: -1 };
  const { model } = createSurveillanceModel({
    params,
    seed: 7,
    days: 1,
    world: (scheduler, rng) => {
      const base = createFakeWorld({ passersPerDay: 0, cameraShare: 0 }, scheduler, rng);
      ids = { a: base.addPerson("resident", 0, -1), b: base.addPerson("visitor", 1, -1), resident: base.addPerson("resident", 2, VICTIM) };
      const clips = [clip(VICTIM, footage(ids))];
      return { ...base, hasCamera: (h: number) => h === VICTIM, clipsOfHouse: () => clips, clipsInWindow: () => clips, markShared: () => {} };
    },
  });
  const { a, b, resident } = ids;
  const arrests: EventOf<"arrest-made">[] = [];
  model.bus.on("arrest-made", (e) => arrests.push(e));
  const officers = model.use(policePart);
  officers.truth.record(PKG, thief === "a" ? a : b);
  officers.investigateUnreported(VICTIM, 0, 3600, PKG);
  return { arrests, a, b, resident };
}

describe("police review picks from the footage, not from the truth", () => {
  it("a concealed-face taker with an innocent passer-by in the clip: the passer-by can become the suspect", () => {
    const footage = ({ a, b }: { a: number; b: number }) => [
      subject(a, { bestFaceQuality: 0.05 }),
      subject(b, { bestConfidence: 0.3, frames: 45, bestFaceQuality: 1 }),
    ];
    const pursued = policeReview(footage, "a", { personOfInterestProbability: 1 });
    expect(pursued.arrests.map((e) => [e.person, e.wrongful])).toEqual([[pursued.b, true]]);
    expect(policeReview(footage, "a", { personOfInterestProbability: 0 }).arrests).toEqual([]);
  });

  it("a clear face of the taker at the porch: the taker is the suspect and is rightly arrested", () => {
    const r = policeReview(
      ({ a, b }) => [subject(b, { bestConfidence: 0.3, frames: 45, bestFaceQuality: 1 }), subject(a, { bestFaceQuality: 1 })],
      "a",
      { personOfInterestProbability: 1 },
    );
    expect(r.arrests.map((e) => [e.person, e.wrongful])).toEqual([[r.a, false]]);
  });

  it("members of the victim's household are never suspects, however they appear", () => {
    for (const thief of ["a", "b"] as const) {
      const r = policeReview(
        ({ a, b, resident }) => [
          subject(resident, { frames: 2000, bestConfidence: 0.99 }),
          subject(a, { bestFaceQuality: 0.05 }),
          subject(b, { bestFaceQuality: 0.05 }),
        ],
        thief,
        {
          personOfInterestProbability: 1,
        },
      );
      expect(r.arrests).toEqual([]);
    }
  });

  it("swapping which of two identically seen people is the thief does not change who is picked", () => {
    const footage = ({ a, b }: { a: number; b: number }) => [subject(a, { bestFaceQuality: 1 }), subject(b, { bestFaceQuality: 1 })];
    const whenA = policeReview(footage, "a");
    const whenB = policeReview(footage, "b");
    expect(whenA.arrests.map((e) => e.person)).toEqual([whenA.a]);
    expect(whenB.arrests.map((e) => e.person)).toEqual([whenA.a]);
    expect([whenA.arrests[0].wrongful, whenB.arrests[0].wrongful]).toEqual([false, true]);
  });
});
