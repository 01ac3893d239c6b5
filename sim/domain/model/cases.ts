/**
 * Case files: one per theft police know of (a victim's report, or a bait taken during a
 * sting), with the evidence items police hold and what became of the case. This is what
 * officers know — never who took the parcel (that is `case-truth.ts`, for metrics and
 * the analyst's files only). Records live behind named accessors.
 */
import { type EvidenceKind, kindBit } from "./evidence.ts";

/** What became of a case: cleared by an arrest, shelved without investigation, or still open. */
export type CaseOutcome = "open" | "cleared" | "shelved";

/** One item of evidence: its kind, whom it points at, and its weight. */
interface Item {
  kind: EvidenceKind;
  person: number;
  weight: number;
}

interface CaseFile {
  house: number;
  pkg: number;
  reported: boolean;
  openedAt: number;
  kinds: number;
  items: Item[];
  outcome: CaseOutcome;
  arrestId: number;
  /** The person the case was cleared against (-1 while not cleared). */
  clearedAgainst: number;
}

/** The case files of one simulation. */
export interface CaseFiles {
  /** Opens a case; returns its id (0, 1, 2, ... in order of opening). */
  open(house: number, pkg: number, reported: boolean, at: number): number;
  readonly size: number;
  house(id: number): number;
  pkg(id: number): number;
  reported(id: number): boolean;
  openedAt(id: number): number;
  outcome(id: number): CaseOutcome;
  /** The arrest that cleared the case, or -1. */
  arrestId(id: number): number;
  /** The kinds of evidence held, as a bit set (see `kindList`). */
  kinds(id: number): number;
  /** Adds an item pointing at `person` (-1: evidence that names nobody, e.g. footage with no usable lead). */
  add(id: number, kind: EvidenceKind, person: number, weight: number): void;
  /** Total weight of the items pointing at `person`. */
  weightAgainst(id: number, person: number): number;
  /** Total weight of the items of one kind pointing at `person`. */
  weightOf(id: number, person: number, kind: EvidenceKind): number;
  /**
   * The person the evidence points at most (the arrested person once cleared), or -1;
   * ties go to the person named first.
   */
  suspect(id: number): number;
  /** Ids of the cases with an item pointing at `person`, in the order they first named them. */
  naming(person: number): readonly number[];
  /** The case of a package, or -1. */
  caseOfPackage(pkg: number): number;
  /** Marks a case shelved (not investigated); a later arrest can still clear it. */
  shelve(id: number): void;
  /** Marks a case cleared by arrest `arrestId` of `person`. */
  clear(id: number, arrestId: number, person: number): void;
}

/** An empty set of case files. */
export function createCaseFiles(): CaseFiles {
  const files: CaseFile[] = [];
  const byPerson = new Map<number, number[]>();
  const byPackage = new Map<number, number>();
  const get = (id: number): CaseFile => {
    const f = files[id];
    if (!f) throw new RangeError(`cases: no case ${id} (${files.length} open)`);
    return f;
  };
  return {
    open(house, pkg, reported, at) {
      const id = files.length;
      files.push({ house, pkg, reported, openedAt: at, kinds: 0, items: [], outcome: "open", arrestId: -1, clearedAgainst: -1 });
      if (pkg >= 0) byPackage.set(pkg, id);
      return id;
    },
    get size() {
      return files.length;
    },
    house: (id) => get(id).house,
    pkg: (id) => get(id).pkg,
    reported: (id) => get(id).reported,
    openedAt: (id) => get(id).openedAt,
    outcome: (id) => get(id).outcome,
    arrestId: (id) => get(id).arrestId,
    kinds: (id) => get(id).kinds,
    add(id, kind, person, weight) {
      const f = get(id);
      f.kinds |= kindBit(kind);
      if (person < 0) return;
      f.items.push({ kind, person, weight });
      let list = byPerson.get(person);
      if (!list) byPerson.set(person, (list = []));
      if (!list.includes(id)) list.push(id);
    },
    weightAgainst(id, person) {
      let w = 0;
      for (const item of get(id).items) if (item.person === person) w += item.weight;
      return w;
    },
    weightOf(id, person, kind) {
      let w = 0;
      for (const item of get(id).items) if (item.person === person && item.kind === kind) w += item.weight;
      return w;
    },
    suspect(id) {
      const f = get(id);
      if (f.clearedAgainst >= 0) return f.clearedAgainst;
      let best = -1;
      let bestW = 0;
      for (const item of f.items) {
        const w = this.weightAgainst(id, item.person);
        if (w > bestW) {
          best = item.person;
          bestW = w;
        }
      }
      return best;
    },
    naming: (person) => byPerson.get(person) ?? [],
    caseOfPackage: (pkg) => byPackage.get(pkg) ?? -1,
    shelve(id) {
      const f = get(id);
      if (f.outcome === "open") f.outcome = "shelved";
    },
    clear(id, arrestId, person) {
      const f = get(id);
      f.outcome = "cleared";
      f.arrestId = arrestId;
      f.clearedAgainst = person;
    },
  };
}
