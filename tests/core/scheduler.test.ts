import { describe, expect, it } from "vitest";
import { createRng, Scheduler } from "../../sim/core/index.ts";

describe("Scheduler", () => {
  it("fires by time, then priority (lower first), then insertion order", () => {
    const s = new Scheduler();
    const log: string[] = [];
    s.scheduleAt(5, () => log.push("t5-p0-first"));
    s.scheduleAt(2, () => log.push("t2"));
    s.scheduleAt(5, () => log.push("t5-p-1"), -1);
    s.scheduleAt(5, () => log.push("t5-p0-second"));
    s.scheduleAt(5, () => log.push("t5-p3"), 3);
    s.scheduleAt(5, () => log.push("t5-p0-third"));
    s.runUntil(10);
    expect(log).toEqual(["t2", "t5-p-1", "t5-p0-first", "t5-p0-second", "t5-p0-third", "t5-p3"]);
  });

  it("ties replay identically for any insertion pattern with many equal keys", () => {
    const run = () => {
      const s = new Scheduler();
      const rng = createRng(4);
      const log: number[] = [];
      for (let i = 0; i < 2000; i++) {
        const t = rng.int(0, 20);
        const p = rng.int(0, 3);
        s.scheduleAt(t, () => log.push(i), p);
      }
      s.runUntil(100);
      return log;
    };
    const a = run();
    expect(a).toEqual(run());
    // and the order is exactly (time, priority, insertion) order
    const rng = createRng(4);
    const keys = Array.from({ length: 2000 }, (_, i) => ({ i, t: rng.int(0, 20), p: rng.int(0, 3) }));
    keys.sort((x, y) => x.t - y.t || x.p - y.p || x.i - y.i);
    expect(a).toEqual(keys.map((k) => k.i));
  });

  it("cancelled events never fire, and cancel after firing is a no-op", () => {
    const s = new Scheduler();
    const log: string[] = [];
    const a = s.scheduleAt(1, () => log.push("a"));
    const b = s.scheduleAt(1, () => log.push("b"));
    const c = s.scheduleAt(2, () => log.push("c"));
    s.scheduleAt(1.5, () => c.cancel()); // cancelled by another event
    expect(s.pending).toBe(4);
    b.cancel();
    b.cancel();
    expect(b.cancelled).toBe(true);
    expect(s.pending).toBe(3);
    s.runUntil(3);
    expect(log).toEqual(["a"]);
    expect(c.cancelled).toBe(true);
    a.cancel(); // already fired
    expect(a.cancelled).toBe(false);
    expect(s.pending).toBe(0);
  });

  it("a stale handle cannot cancel a later event that reuses its slot", () => {
    const s = new Scheduler();
    const log: string[] = [];
    const first = s.scheduleAt(1, () => log.push("first"));
    s.runUntil(1);
    const second = s.scheduleAt(2, () => log.push("second"));
    first.cancel();
    expect(second.cancelled).toBe(false);
    s.runUntil(2);
    expect(log).toEqual(["first", "second"]);
  });

  it("events scheduled during an event at the same time run after it, in order", () => {
    const s = new Scheduler();
    const log: string[] = [];
    s.scheduleAt(3, () => {
      log.push("outer");
      s.scheduleIn(0, () => log.push("child1"));
      s.scheduleAt(3, () => {
        log.push("child2");
        s.scheduleIn(0, () => log.push("grandchild"));
      });
    });
    s.scheduleAt(3, () => log.push("sibling"));
    s.runUntil(3);
    expect(log).toEqual(["outer", "sibling", "child1", "child2", "grandchild"]);
  });

  it("runUntil fires events with time <= t and leaves the clock at t; later events wait", () => {
    const s = new Scheduler();
    const seen: number[] = [];
    for (const t of [1, 2, 3, 4]) s.scheduleAt(t, () => seen.push(s.now));
    s.runUntil(2.5);
    expect(seen).toEqual([1, 2]);
    expect(s.now).toBe(2.5);
    expect(s.peekTime()).toBe(3);
    expect(s.pending).toBe(2);
    s.runUntil(4);
    expect(seen).toEqual([1, 2, 3, 4]);
    expect(s.peekTime()).toBe(Infinity);
  });

  it("runNext fires one event at a time, skipping cancelled ones", () => {
    const s = new Scheduler();
    const log: number[] = [];
    s.scheduleAt(1, () => log.push(1));
    s.scheduleAt(2, () => log.push(2)).cancel();
    s.scheduleAt(3, () => log.push(3));
    expect(s.peekTime()).toBe(1);
    expect(s.runNext()).toBe(true);
    expect(s.now).toBe(1);
    expect(s.peekTime()).toBe(3);
    expect(s.runNext()).toBe(true);
    expect(s.now).toBe(3);
    expect(s.runNext()).toBe(false);
    expect(log).toEqual([1, 3]);
  });

  it("handles many events (heap growth) in sorted order", () => {
    const s = new Scheduler();
    const rng = createRng(9);
    const times: number[] = [];
    const fired: number[] = [];
    for (let i = 0; i < 10000; i++) {
      const t = rng.uniform(0, 1000);
      times.push(t);
      s.scheduleAt(t, () => fired.push(s.now));
    }
    s.runUntil(1000);
    expect(fired).toEqual([...times].sort((a, b) => a - b));
  });

  it("chains, cancellations and events scheduled from events fire as a naive scheduler fires them", () => {
    // Exercises the front slot: each event schedules a follow-up that is often the next to fire.
    interface Sched {
      readonly now: number;
      scheduleAt(t: number, fn: () => void, p: number): { cancel(): void };
      runUntil(t: number): void;
    }
    /** Reference: a list scanned for the smallest (time, priority, insertion) key. */
    const naive = (): Sched => {
      type Entry = { t: number; p: number; seq: number; fn: () => void; live: boolean };
      const list: Entry[] = [];
      const earlier = (a: Entry, b: Entry) => (a.t - b.t || a.p - b.p || a.seq - b.seq) < 0;
      let now = 0;
      return {
        get now() {
          return now;
        },
        scheduleAt(t, fn, p) {
          const e = { t, p, seq: list.length, fn, live: true };
          list.push(e);
          return { cancel: () => (e.live = false) };
        },
        runUntil(t) {
          for (;;) {
            let best: Entry | null = null;
            for (const e of list) if (e.live && (!best || earlier(e, best))) best = e;
            if (!best || best.t > t) break;
            best.live = false;
            now = best.t;
            best.fn();
          }
          now = t;
        },
      };
    };
    const scenario = (s: Sched): number[] => {
      const rng = createRng(11);
      const handles: { cancel(): void }[] = [];
      const fired: number[] = [];
      const add = (t: number, p: number) => {
        const id = handles.length;
        handles.push(s.scheduleAt(t, () => fire(id), p));
      };
      const fire = (id: number) => {
        fired.push(id);
        if (handles.length >= 3000) return;
        add(s.now + (rng.bernoulli(0.3) ? 0 : rng.int(0, 5)), rng.int(0, 2));
        if (rng.bernoulli(0.2)) add(s.now + rng.int(0, 50), rng.int(0, 2));
        if (rng.bernoulli(0.1)) handles[rng.int(0, handles.length)].cancel();
      };
      for (let i = 0; i < 20; i++) add(rng.int(0, 10), rng.int(0, 2));
      s.runUntil(1e9);
      return fired;
    };
    const fired = scenario(new Scheduler());
    expect(fired.length).toBeGreaterThan(2000);
    expect(fired).toEqual(scenario(naive()));
  });

  it("refuses to schedule in the past or run backwards", () => {
    const s = new Scheduler();
    s.runUntil(10);
    expect(() => s.scheduleAt(5, () => {})).toThrow(/before now/);
    expect(() => s.scheduleIn(-1, () => {})).toThrow(/delay/);
    expect(() => s.runUntil(9)).toThrow(/before now/);
    expect(s.scheduleIn(2, () => {}).time).toBe(12);
  });

  it("clear drops every pending event", () => {
    const s = new Scheduler();
    let fired = 0;
    for (let i = 0; i < 5; i++) s.scheduleAt(i, () => fired++);
    s.clear();
    expect(s.pending).toBe(0);
    s.runUntil(10);
    expect(fired).toBe(0);
  });
});

describe("Scheduler handle-less scheduling", () => {
  it("scheduleAtFast / scheduleInFast order exactly like scheduleAt and mix with it", () => {
    const run = (fast: boolean) => {
      const s = new Scheduler();
      const rng = createRng(7);
      const log: number[] = [];
      for (let i = 0; i < 1000; i++) {
        const t = rng.int(0, 30);
        const p = rng.int(0, 3);
        if (fast && i % 2 === 0) s.scheduleAtFast(t, () => log.push(i), p);
        else s.scheduleAt(t, () => log.push(i), p);
      }
      s.runUntil(10);
      for (let i = 1000; i < 1200; i++) {
        const d = rng.int(0, 10);
        if (fast && i % 3 === 0) s.scheduleInFast(d, () => log.push(i));
        else s.scheduleIn(d, () => log.push(i));
      }
      s.runUntil(100);
      return log;
    };
    const mixed = run(true);
    expect(mixed).toHaveLength(1200);
    expect(mixed).toEqual(run(false));
  });

  it("handle-less events count as pending, are dropped by clear, and refuse the past", () => {
    const s = new Scheduler();
    let fired = 0;
    s.scheduleAtFast(3, () => fired++);
    s.scheduleInFast(1, () => fired++);
    expect(s.pending).toBe(2);
    expect(s.peekTime()).toBe(1);
    s.runUntil(2);
    expect(fired).toBe(1);
    expect(() => s.scheduleAtFast(1, () => fired++)).toThrow(RangeError);
    expect(() => s.scheduleInFast(-1, () => fired++)).toThrow(RangeError);
    expect(() => s.scheduleAtFast(5, () => fired++, NaN)).toThrow(RangeError);
    s.clear();
    s.runUntil(10);
    expect(fired).toBe(1);
    expect(s.pending).toBe(0);
  });
});
