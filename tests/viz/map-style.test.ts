/**
 * The map's styles: its clock (simulated seconds as "Day N, hh:mm (weekday)", days counted
 * from 1, day 0 a Monday) and a colour and legend line for every kind of map event.
 */
import { describe, expect, it } from "vitest";
import { MAP_EVENT_KINDS } from "../../sim/domain/model/map-events.ts";
import { legendEntries } from "../../viz/explore/map-legend.ts";
import { clockLabel, EVENT_STYLES, PEOPLE } from "../../viz/explore/map-style.ts";

describe("clockLabel", () => {
  it("counts days from 1 on a 24-hour clock with the weekday", () => {
    expect(clockLabel(0)).toBe("Day 1, 00:00 (Mon)");
    expect(clockLabel(14 * 3600 + 59 * 60 + 59)).toBe("Day 1, 14:59 (Mon)");
    expect(clockLabel(23 * 86400 + 14 * 3600)).toBe("Day 24, 14:00 (Wed)");
    expect(clockLabel(6 * 86400 + 23 * 3600 + 30 * 60)).toBe("Day 7, 23:30 (Sun)");
    // Midnight ending a day is the start of the next.
    expect(clockLabel(7 * 86400)).toBe("Day 8, 00:00 (Mon)");
  });
});

describe("map event styles", () => {
  it("give every kind the model sends to the map its own colour and a legend line", () => {
    expect(Object.keys(EVENT_STYLES).sort()).toEqual([...MAP_EVENT_KINDS].sort());
    const legend = legendEntries(["A", "B"]).map((e) => e.label);
    for (const kind of MAP_EVENT_KINDS) {
      expect(EVENT_STYLES[kind].color, kind).toMatch(/^#[0-9a-f]{6}$/);
      expect(legend, kind).toContain(EVENT_STYLES[kind].label);
    }
    const colours = MAP_EVENT_KINDS.map((k) => EVENT_STYLES[k].color);
    expect(new Set(colours).size).toBe(colours.length);
    // Alert ads are the platform's, not a theft: they must not flash in theft red.
    expect(EVENT_STYLES["alert-ad-shown"].color).not.toBe(EVENT_STYLES["package-stolen"].color);
  });

  it("lists groups, cameras, people, packages, then the event rings", () => {
    const labels = legendEntries(["A", "B"]).map((e) => e.label);
    expect(labels.slice(0, 2)).toEqual(["House, group A", "House, group B"]);
    expect(labels.slice(-MAP_EVENT_KINDS.length)).toEqual(MAP_EVENT_KINDS.map((k) => EVENT_STYLES[k].label));
    expect(labels).toHaveLength(2 + 2 + Object.keys(PEOPLE).length + 2 + MAP_EVENT_KINDS.length);
  });
});
