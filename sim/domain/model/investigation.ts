/**
 * From evidence to arrests: officers follow up a person named by the evidence of a case
 * (a search may turn up the stolen parcel), weigh everything pointing at that person
 * (`evidence.ts`) and arrest once the weight reaches `police.arrestEvidenceThreshold`. An
 * arrest clears the cases whose evidence points at the arrested person strongly enough —
 * the case it was made on, and others linked by goods found on them or their confession.
 * Every link can be wrong, so wrongful arrests and wrong clearances follow from wrong
 * evidence. Ground truth (`case-truth.ts`) only labels arrests and clearances for metrics
 * and the analyst's files, after the decision.
 */
import type { Rng } from "../../core/index.ts";
import type { CaseFiles } from "./cases.ts";
import type { CaseTruth } from "./case-truth.ts";
import type { ModelContext } from "./context.ts";
import { EVIDENCE_KINDS, type EvidenceKind, evidenceWeight, kindBit } from "./evidence.ts";
import type { Thieves } from "./thieves.ts";

/** One arrest, as `arrests.csv` lists it. */
export interface ArrestRecord {
  id: number;
  time: number;
  person: number;
  group: number;
  /** Ground truth: the arrested person took the parcel of the case the arrest was made on. */
  rightful: boolean;
  /** The kinds of evidence against the person in that case, as a bit set. */
  via: number;
  caseId: number;
}

/** The investigation step shared by every route to an arrest. */
export interface Investigation {
  /** Adds an item of `kind` against `person` to case `id` (`suspect`: for a clip, whether the person was seen at the porch). */
  add(id: number, kind: EvidenceKind, person: number, suspect?: boolean): void;
  /** Follows up `person` on case `id` (once per case: officer hours and a search), then arrests if the evidence suffices; returns whether they were arrested. */
  pursue(id: number, person: number): boolean;
  /** The arrests so far, in order. */
  readonly arrests: readonly ArrestRecord[];
}

/** What the investigation needs from the thieves (their possessions and confessions, not their guilt). */
export type ThiefPossessions = Pick<Thieves, "holds" | "onArrest">;

/** Creates the investigation step of the police. */
export function createInvestigation(ctx: ModelContext, cases: CaseFiles, truth: CaseTruth, thieves: ThiefPossessions, rng: Rng): Investigation {
  const p = ctx.params.police;
  const { world, bus, metrics, officers } = ctx;
  const followed = new Map<number, Set<number>>();
  const arrests: ArrestRecord[] = [];

  function add(id: number, kind: EvidenceKind, person: number, suspect = true): void {
    cases.add(id, kind, person, person < 0 ? 0 : evidenceWeight(kind, p, suspect));
  }

  function enough(id: number, person: number): boolean {
    return cases.weightAgainst(id, person) >= p.arrestEvidenceThreshold;
  }

  function pursue(id: number, person: number): boolean {
    if (cases.outcome(id) === "cleared") return false;
    let done = followed.get(id);
    if (!done) followed.set(id, (done = new Set()));
    if (!done.has(person)) {
      done.add(person);
      officers.spend(p.leadHours, "lead", true);
      // A search on follow-up finds the parcel only if the person still has it.
      if (thieves.holds(person, cases.pkg(id), ctx.now()) && rng.bernoulli(p.goodsFoundProbability)) add(id, "goods", person);
    }
    if (!enough(id, person)) return false;
    arrest(id, person);
    return true;
  }

  function via(id: number, person: number): number {
    let mask = 0;
    for (const kind of EVIDENCE_KINDS) {
      if (cases.weightOf(id, person, kind) > 0) mask |= kindBit(kind);
    }
    return mask;
  }

  function arrest(id: number, person: number): void {
    const t = ctx.now();
    const house = cases.house(id);
    const group = world.personGroup(person);
    const rightful = truth.takerOf(cases.pkg(id)) === person; // a label for metrics, after the decision
    const record: ArrestRecord = { id: arrests.length, time: t, person, group, rightful, via: via(id, person), caseId: id };
    arrests.push(record);
    metrics.incGroup("arrests", group);
    if (!rightful) metrics.incGroup("arrests_wrongful", group);
    ctx.arrests.record(world.porchX(house), world.porchY(house), t);
    // What the arrested person gives away before they are taken off the street.
    const { held, admitted } = thieves.onArrest(person, t, rng.bernoulli(p.goodsFoundProbability));
    for (const pkg of [...held, ...admitted]) {
      const other = cases.caseOfPackage(pkg);
      if (other >= 0) add(other, "goods", person);
    }
    const sting = (record.via & kindBit("tracker")) !== 0; // a tracked bait led to this person
    bus.emit({ type: "arrest-made", time: t, caseId: id, person, group, wrongful: !rightful, sting, house });
    for (const other of [id, ...cases.naming(person)]) {
      if (cases.outcome(other) !== "cleared" && enough(other, person)) clear(other, record);
    }
  }

  function clear(id: number, record: ArrestRecord): void {
    cases.clear(id, record.id, record.person);
    const rightly = truth.takerOf(cases.pkg(id)) === record.person;
    if (cases.reported(id)) {
      metrics.inc("thefts_cleared");
      if (!rightly) metrics.inc("thefts_cleared_wrongly");
    }
    bus.emit({ type: "case-cleared", time: record.time, caseId: id, rightly });
  }

  return { add, pursue, arrests };
}
