/**
 * The ground truth about cases, for metrics and the analyst's files only: who took each
 * package (from the `package-stolen` events as they happen). Police use it solely to label
 * what they did — an arrest rightful or wrongful, a clearance right or wrong — after they
 * decided; no decision of any actor reads it (`tests/domain/model/truth-blindness.test.ts`
 * swaps its entries after each theft and checks that every police decision stays the same).
 */
import type { EventBus } from "./events.ts";

/** Who took what. */
export interface CaseTruth {
  /** The person who took package `pkg`, or -1 if it was not stolen. */
  takerOf(pkg: number): number;
  /** Sets the taker of a package (the model records each theft; tests may overwrite it). */
  record(pkg: number, person: number): void;
}

/** A ledger filled from the bus's `package-stolen` events. */
export function createCaseTruth(bus: EventBus): CaseTruth {
  const taker = new Map<number, number>();
  const truth: CaseTruth = {
    takerOf: (pkg) => taker.get(pkg) ?? -1,
    record(pkg, person) {
      taker.set(pkg, person);
    },
  };
  bus.on("package-stolen", (e) => truth.record(e.pkg, e.person));
  return truth;
}
