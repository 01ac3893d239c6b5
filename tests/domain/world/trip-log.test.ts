/**
 * The camera system's log of recent trips: which cameras each trip may trigger (noted as it
 * is observed) survives the ring's growth and is forgotten when the trip is pruned.
 */
import { describe, expect, it } from "vitest";
import { TripLog } from "../../../sim/domain/world/cameras/trip-log.ts";

/** A two-vertex trip from t to t + 10 s. */
function trip(t: number): Float64Array {
  return new Float64Array([t, 0, 0, t + 10, 10, 0]);
}

describe("trip log: hot cameras per trip", () => {
  it("answers which cameras each live trip may trigger, across growth of both rings", () => {
    const log = new TripLog(4);
    const vehicle = new Uint8Array(2);
    const hotOf = (seq: number) => Array.from({ length: seq % 5 }, (_, i) => 1000 * i + seq); // 0..4 cameras
    const seqs: number[] = [];
    for (let i = 0; i < 3000; i++) {
      const seq = log.add(trip(i), null, vehicle, 0, 2, i, 1, i);
      seqs.push(seq);
      for (const c of hotOf(seq)) log.addHot(seq, c);
    }
    for (const seq of seqs) {
      for (const c of hotOf(seq)) expect(log.isHot(seq, c)).toBe(true);
      expect(log.isHot(seq, 999_999)).toBe(false);
      expect(log.isHot(seq, 1000 * 5 + seq)).toBe(false);
    }
  });

  it("drops pruned trips' notes and keeps the rest right as the ring is reused", () => {
    const log = new TripLog(4);
    const vehicle = new Uint8Array(2);
    let next = 0;
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 40; i++, next++) {
        const seq = log.add(trip(next), null, vehicle, 0, 2, next, 1, next);
        log.addHot(seq, seq % 7);
        if (seq % 3 === 0) log.addHot(seq, 100 + seq);
      }
      log.prune(next - 20 + 10); // trips ended before the last 20 started are dropped
      expect(log.tail).toBe(next - 20);
      for (let seq = log.tail; seq < log.head; seq++) {
        expect(log.isHot(seq, seq % 7)).toBe(true);
        expect(log.isHot(seq, 100 + seq)).toBe(seq % 3 === 0);
        expect(log.isHot(seq, (seq + 1) % 7)).toBe(false);
      }
    }
  });
});
