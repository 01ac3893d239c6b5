/** Active trips for the map: positions on demand, ended trips dropped, planned-ahead trips kept with a clock. */
import { describe, expect, it } from "vitest";
import { createActiveTrips } from "../../../sim/domain/world/index.ts";
import { straightTrip } from "./world-fixture.ts";

describe("createActiveTrips", () => {
  it("reports only people whose trip covers the snapshot time, at their interpolated positions", () => {
    const active = createActiveTrips();
    active.add(
      1,
      "resident",
      straightTrip(
        [
          [0, 0],
          [100, 0],
        ],
        1,
        0,
      ),
    );
    active.add(
      2,
      "courier",
      straightTrip(
        [
          [0, 50],
          [0, 150],
        ],
        2,
        10,
      ),
    );
    active.add(
      3,
      "thief",
      straightTrip(
        [
          [5, 5],
          [6, 6],
        ],
        1,
        500,
      ),
    );
    const s = active.snapshot(30);
    expect([...s.personIds]).toEqual([1, 2]);
    expect([...s.peoplePos]).toEqual([30, 0, 0, 90]);
    expect(s.peopleKind).toEqual(["resident", "courier"]);
    expect(active.snapshot(200).personIds.length).toBe(0); // 1 and 2 ended; 3 not started
    expect(active.size).toBe(1);
  });

  it("with a clock, keeps trips in progress while trips far ahead are added", () => {
    let now = 0;
    const active = createActiveTrips({ clock: () => now });
    for (let i = 0; i < 3000; i++) {
      now = i;
      active.add(
        i,
        "resident",
        straightTrip(
          [
            [0, 0],
            [100, 0],
          ],
          1,
          i,
        ),
      ); // each lasts 100 s
      active.add(
        100000 + i,
        "courier",
        straightTrip(
          [
            [0, 0],
            [10, 0],
          ],
          1,
          1e6 + i,
        ),
      ); // planned far ahead
    }
    expect(active.snapshot(now).personIds.filter((id) => id < 100000)).toHaveLength(101);
  });
});
