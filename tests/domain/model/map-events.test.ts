/**
 * The map's event layer: each kind in MAP_EVENT_KINDS becomes a map event of that very
 * type at its porch, everything else is left out, and a whole run only ever sends kinds
 * from the list (so the dashboard's colour table, keyed by the list, covers all of them).
 */
import { describe, expect, it } from "vitest";
import type { DomainEvent, EventOf } from "../../../sim/domain/model/events.ts";
import { createMapEventBuffer, MAP_EVENT_KINDS, MAP_EVENTS_MAX, toMapEvent, type MapEventKind } from "../../../sim/domain/model/map-events.ts";
import { createSimulation } from "../../../sim/domain/simulation.ts";
import { applyParams, defaultScenario } from "../../../sim/scenario/index.ts";

/** Porches on a line: house h at (10 h, 5 h + 1). */
const PORCHES = { porchX: (h: number) => 10 * h, porchY: (h: number) => 5 * h + 1 };

/** One event of every kind the map shows (a kind missing here fails to compile). */
const SAMPLES: { [K in MapEventKind]: EventOf<K> } = {
  "package-stolen": { type: "package-stolen", time: 10, house: 1, pkg: 4, thief: 0, person: 9, bait: false, deliveredAt: 2 },
  "theft-deterred": { type: "theft-deterred", time: 11, house: 2, thief: 0, reason: "camera" },
  "theft-confronted": { type: "theft-confronted", time: 12, house: 3, thief: 0 },
  "theft-reported": { type: "theft-reported", time: 13, house: 4, pkg: 4, caseId: 1 },
  "arrest-made": { type: "arrest-made", time: 14, caseId: 1, person: 9, group: 0, wrongful: false, sting: true, house: 5 },
  "bait-placed": { type: "bait-placed", time: 15, house: 6, pkg: 7, tracker: true },
  "post-published": { type: "post-published", time: 16, house: 7, kind: "suspicious", subject: 9, subjectGroup: 1, innocent: true, reach: 40 },
  "alert-ad-shown": { type: "alert-ad-shown", time: 17, house: 8, subject: 9, subjectGroup: 1, innocent: true, reach: 120, shares: 1 },
  "live-stream-started": { type: "live-stream-started", time: 18, house: 9, cameras: 3 },
  "camera-adopted": { type: "camera-adopted", time: 19, house: 10, free: true },
};

describe("toMapEvent", () => {
  it("turns every listed kind into a map event of the same type at its porch", () => {
    expect(Object.keys(SAMPLES).sort()).toEqual([...MAP_EVENT_KINDS].sort());
    for (const kind of MAP_EVENT_KINDS) {
      const e = SAMPLES[kind] as DomainEvent;
      const m = toMapEvent(e, PORCHES);
      expect(m, kind).not.toBeNull();
      expect(m?.type).toBe(kind);
      expect(m?.time).toBe(e.time);
      expect([m?.x, m?.y]).toEqual([10 * SAMPLES[kind].house, 5 * SAMPLES[kind].house + 1]);
      expect(m?.label.length).toBeGreaterThan(0);
    }
    expect(toMapEvent(SAMPLES["alert-ad-shown"], PORCHES)?.label).toBe("alert ad shown to 120 households");
    expect(toMapEvent(SAMPLES["arrest-made"], PORCHES)?.label).toBe("sting arrest");
  });

  it("leaves out background events, events without a place and events at no house", () => {
    const hidden: DomainEvent[] = [
      { type: "package-delivered", time: 1, house: 1, pkg: 1, bait: false },
      { type: "clip-recorded", time: 1, clip: 1, house: 1, persons: [] },
      { type: "footage-requested", time: 1, caseId: 1, channel: "portal", owners: 12 },
      { type: "officer-hours-spent", time: 1, hours: 2, task: "case" },
      { ...SAMPLES["arrest-made"], house: -1 },
    ];
    for (const e of hidden) expect(toMapEvent(e, PORCHES), e.type).toBeNull();
  });
});

describe("createMapEventBuffer", () => {
  it("keeps the most recent MAP_EVENTS_MAX shown events between drains", () => {
    const buf = createMapEventBuffer(PORCHES);
    for (let i = 0; i < 3 * MAP_EVENTS_MAX; i++) {
      buf.push({ type: "package-delivered", time: i, house: 1, pkg: i, bait: false });
      buf.push({ ...SAMPLES["camera-adopted"], time: i });
    }
    const out = buf.drain();
    expect(out).toHaveLength(MAP_EVENTS_MAX);
    expect(out[out.length - 1].time).toBe(3 * MAP_EVENTS_MAX - 1);
    expect(buf.drain()).toEqual([]);
  });
});

describe("a whole run", () => {
  it("sends only listed kinds to the map, alert ads under their own name", () => {
    const scenario = applyParams(defaultScenario(), {
      "neighbourhood.households": 300,
      "run.warmupDays": 0,
      "thieves.perThousandHouseholds": 30,
      "policy.name": "community-alert-ads",
      "policy.alertVetting": false,
      "alerts.adConversionProbability": 1,
    });
    const sim = createSimulation(scenario, { seed: 4, days: 20 });
    const seen = new Set<string>();
    while (!sim.isDone()) {
      sim.stepDay();
      for (const e of sim.snapshot().events) seen.add(e.type);
    }
    const listed = new Set<string>(MAP_EVENT_KINDS);
    expect([...seen].filter((t) => !listed.has(t))).toEqual([]);
    expect(seen).toContain("alert-ad-shown");
    expect(seen).toContain("package-stolen");
  });
});
