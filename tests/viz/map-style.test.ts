/** The map's clock: simulated seconds as "Day N, hh:mm (weekday)", days counted from 1, day 0 a Monday. */
import { describe, expect, it } from "vitest";
import { clockLabel } from "../../viz/explore/map-style.ts";

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
