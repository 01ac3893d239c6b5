/**
 * Evidence: what police actually hold about a case, item by item. Every item names the
 * person it points at — as officers believe, which may be wrong: a clip can show a
 * visitor rather than the taker, a face search can return a stranger, a witness can name
 * the wrong neighbour, a tracker can end at someone who found a dumped parcel. Officers
 * weigh the items pointing at one person (`police.evidenceWeight*`) and act when the
 * weight reaches `police.arrestEvidenceThreshold`; nothing here knows who took a parcel.
 */

/** The kinds of evidence, in the order `cases.csv` lists them. */
export const EVIDENCE_KINDS = ["clip", "witness", "tracker", "fr_candidate", "goods", "other"] as const;

/**
 * A kind of evidence:
 * - `clip`: footage obtained, showing the person officers pursue (a suspect at the porch, or a person of interest);
 * - `witness`: someone who saw the theft names a person;
 * - `tracker`: a bait's GPS tracker led officers to a person;
 * - `fr_candidate`: face recognition returned a person from the mugshot gallery;
 * - `goods`: stolen goods found on the person, or their confession, on arrest;
 * - `other`: other means — officers or tips put a name to a face, an anonymous tip names someone.
 */
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

/** The bit of a kind in a case's set of kinds. */
export function kindBit(kind: EvidenceKind): number {
  return 1 << EVIDENCE_KINDS.indexOf(kind);
}

/**
 * A set of kinds as `cases.csv` writes it: `;`-joined in the order of {@link EVIDENCE_KINDS}.
 *
 * @example
 * kindList(kindBit("clip") | kindBit("fr_candidate")); // "clip;fr_candidate"
 */
export function kindList(mask: number): string {
  return EVIDENCE_KINDS.filter((_, i) => (mask & (1 << i)) !== 0).join(";");
}

/** How much weight officers give one item of each kind (the `police:` parameters). */
export interface EvidenceWeights {
  evidenceWeightSuspectClip: number;
  evidenceWeightPersonOfInterestClip: number;
  evidenceWeightWitness: number;
  evidenceWeightTracker: number;
  evidenceWeightFaceMatch: number;
  evidenceWeightGoods: number;
  evidenceWeightOther: number;
}

/** The weight of one item: a clip counts fully when it shows a suspect at the porch, less for a person of interest. */
export function evidenceWeight(kind: EvidenceKind, w: EvidenceWeights, suspect = true): number {
  switch (kind) {
    case "clip":
      return suspect ? w.evidenceWeightSuspectClip : w.evidenceWeightPersonOfInterestClip;
    case "witness":
      return w.evidenceWeightWitness;
    case "tracker":
      return w.evidenceWeightTracker;
    case "fr_candidate":
      return w.evidenceWeightFaceMatch;
    case "goods":
      return w.evidenceWeightGoods;
    case "other":
      return w.evidenceWeightOther;
  }
}
