/**
 * Runs with map snapshots advance in sub-day steps: one progress message per step with a
 * snapshot of that moment (people on the move mid-day), the same daily rows and results
 * as a run without snapshots, and pacing that still means days per second.
 */
import { describe, expect, it } from "vitest";
import { createEngine, defaultSnapshotsPerDay, MAX_SNAPSHOTS_PER_SECOND, UNPACED_SNAPSHOTS_PER_DAY } from "../../workers/engine.ts";
import type { Progress } from "../../workers/engine-api.ts";
import { domainFactory } from "../../workers/domain-factory.ts";
import { canonicalJson } from "../../workers/test-page/canonical-json.ts";
import { SMALL_TOWN } from "../fixtures/workers/small-town.ts";
import { toyFactory } from "../fixtures/workers/toy-factory.ts";

const DAY = 86400;
const TOY = "name: toy\nrun:\n  seed: 5\n  days: 30\n  warmupDays: 2\n";

describe("engine runs with snapshots", () => {
  it("surveillance model: hourly snapshots give the rows and results of a run without them, and show people mid-day", async () => {
    const plain = createEngine(domainFactory);
    await plain.create({ yaml: SMALL_TOWN }, { seed: 8, days: 2 });
    const plainRows: Progress["rows"] = [];
    expect(await plain.run((p) => void plainRows.push(...p.rows))).toEqual({ status: "done", day: 3 });

    const live = createEngine(domainFactory);
    await live.create({ yaml: SMALL_TOWN }, { seed: 8, days: 2 });
    const messages: Progress[] = [];
    expect(await live.run((p) => void messages.push(p), { snapshots: true, snapshotsPerDay: 24 })).toEqual({ status: "done", day: 3 });

    expect(canonicalJson(messages.flatMap((m) => m.rows))).toBe(canonicalJson(plainRows));
    expect(canonicalJson(await live.results())).toBe(canonicalJson(await plain.results()));

    // One message an hour, each with the snapshot of that hour; rows only at midnight.
    expect(messages).toHaveLength(3 * 24);
    messages.forEach((m, i) => {
      const t = (i + 1) * 3600;
      expect(m.snapshot?.time).toBe(t);
      expect(m.day).toBe(Math.floor(t / DAY));
      expect(m.snapshot?.day).toBe(m.day);
      expect(m.rows.length).toBe(t % DAY === 0 ? 1 : 0);
    });
    const daytime = messages.filter((m) => {
      const h = (m.snapshot!.time % DAY) / 3600;
      return h >= 7 && h <= 20;
    });
    const moving = daytime.reduce((a, m) => a + m.snapshot!.peopleKind.length, 0);
    expect(moving).toBeGreaterThan(10);
    expect(new Set(daytime.flatMap((m) => m.snapshot!.peopleKind)).size).toBeGreaterThanOrEqual(2);
    // Events are split between the snapshots, none lost or repeated: the same as one snapshot at the end.
    const events = messages.flatMap((m) => m.snapshot!.events);
    const once = (await plain.snapshot()).events;
    expect(once.length).toBeLessThan(300);
    expect(events.length).toBeGreaterThan(0);
    expect(canonicalJson(events)).toBe(canonicalJson(once));
  });

  it("pauses at the end of a step within the day, resumes from there with the same results; paced runs keep to days per second", async () => {
    const plain = createEngine(toyFactory);
    await plain.create({ yaml: TOY });
    await plain.run(() => undefined);

    const engine = createEngine(toyFactory);
    await engine.create({ yaml: TOY });
    const times: number[] = [];
    // Pause asked for while the first snapshot is being shown: the run stops right there, at 04:00 of day 0.
    const paused = await engine.run(
      (p) => {
        times.push(p.snapshot!.time);
        if (times.length === 1) engine.pause();
      },
      { snapshots: true, snapshotsPerDay: 6 },
    );
    expect(paused).toEqual({ status: "paused", day: 0 });
    expect(times).toEqual([DAY / 6]);
    const t0 = performance.now();
    // 100 days/s with 8 steps a day: 12.5 ms a day, 1.6 ms a step.
    const rest = await engine.run((p) => void times.push(p.snapshot!.time), {
      snapshots: true,
      snapshotsPerDay: 8,
      daysPerSecond: 100,
      untilDay: 11,
    });
    const elapsed = performance.now() - t0;
    expect(rest).toEqual({ status: "done", day: 11 });
    expect(elapsed).toBeGreaterThanOrEqual(90);
    expect(elapsed).toBeLessThan(1000);
    // From 04:00 on the 8-a-day grid of day 0 (06:00, 09:00, ...), then 8 steps a day.
    expect(times.slice(1, 8)).toEqual(Array.from({ length: 7 }, (_, i) => ((i + 2) * DAY) / 8));
    expect(times.slice(-80)).toEqual(Array.from({ length: 80 }, (_, i) => DAY + ((i + 1) * DAY) / 8));
    await engine.run(() => undefined, { snapshots: true });
    expect(canonicalJson(await engine.results())).toBe(canonicalJson(await plain.results()));
  });

  it("a step from a pause within the day finishes that day first", async () => {
    const plain = createEngine(toyFactory);
    await plain.create({ yaml: TOY });
    const days = await plain.step(2);

    const engine = createEngine(toyFactory);
    await engine.create({ yaml: TOY });
    let shown = 0;
    await engine.run(
      () => {
        if (++shown === 3) engine.pause();
      },
      { snapshots: true, snapshotsPerDay: 4 },
    );
    const rows = await engine.step(2);
    expect(canonicalJson(rows)).toBe(canonicalJson(days));
  });

  it("default steps per day: every hour when slow, fewer when fast, a few when unpaced; bad values are refused", async () => {
    expect(defaultSnapshotsPerDay(1)).toBe(24);
    expect(defaultSnapshotsPerDay(2)).toBe(24);
    expect(defaultSnapshotsPerDay(10)).toBe(6);
    expect(defaultSnapshotsPerDay(100)).toBe(1);
    expect(defaultSnapshotsPerDay(undefined)).toBe(UNPACED_SNAPSHOTS_PER_DAY);
    for (const dps of [1, 2, 5, 10, 30, 60]) expect(defaultSnapshotsPerDay(dps) * dps).toBeLessThanOrEqual(MAX_SNAPSHOTS_PER_SECOND);
    const engine = createEngine(toyFactory);
    await engine.create({ yaml: TOY });
    await expect(engine.run(() => undefined, { snapshots: true, snapshotsPerDay: 2.5 })).rejects.toThrow(/snapshotsPerDay/);
    expect(await engine.run(() => undefined, { untilDay: 1 })).toEqual({ status: "done", day: 1 });
  });
});
