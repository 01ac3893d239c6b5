/**
 * `Simulation.advanceTo`: a run cut into any steps (hours, 7-hour chunks, irregular steps
 * that cross midnights) gives byte-identical daily rows and summary to `stepDay()`, and
 * snapshots taken mid-day show the people on the move at that moment.
 */
import { describe, expect, it } from "vitest";
import { createSimulation } from "../../../sim/domain/simulation.ts";
import type { DailyRow, Simulation } from "../../../sim/domain/simulation-api.ts";
import { applyParams, defaultScenario, type ParamValue, type Scenario } from "../../../sim/scenario/index.ts";

const DAY = 86400;
const HOUR = 3600;
const DAYS = 4;

/** A small busy town (one warm-up day) so that thefts, reports and alerts happen within a few days. */
function town(params: Record<string, ParamValue> = {}): Scenario {
  return applyParams(defaultScenario(), {
    "neighbourhood.households": 400,
    "run.warmupDays": 1,
    "thieves.perThousandHouseholds": 30,
    "thieves.activeDaysPerWeek": 4,
    "residents.reportProbability": 1,
    ...params,
  });
}

const SCENARIOS: [string, Scenario][] = [
  ["baseline town", town()],
  [
    "portal partnership with a bait sting",
    town({ "policy.name": "portal-partnership", "sting.startDay": 0, "residents.requestShareProbability": 0.5 }),
  ],
];
const SEEDS = [3, 17];

/** Text of a run's results in which every number, NaN and infinities included, keeps its exact value. */
function resultText(sim: Simulation): string {
  const exact = (_k: string, v: unknown) => (typeof v === "number" ? (Object.is(v, -0) ? "-0" : String(v)) : v);
  return JSON.stringify({ daily: sim.daily(), summary: sim.summary() }, exact);
}

/** Runs to the end with advanceTo at the given step sizes (cycled), checking what each call returns. */
function runInSteps(sc: Scenario, seed: number, steps: number[]): { text: string; returned: DailyRow[] } {
  const sim = createSimulation(sc, { seed, days: DAYS });
  const returned: DailyRow[] = [];
  let t = 0;
  for (let i = 0; !sim.isDone(); i++) {
    t += steps[i % steps.length];
    const before = sim.day;
    const rows = sim.advanceTo(t);
    returned.push(...rows);
    expect(rows.length).toBe(sim.day - before);
    expect(sim.time).toBe(Math.min(t, sim.totalDays * DAY));
    expect(sim.day).toBe(Math.min(Math.floor(t / DAY), sim.totalDays));
  }
  return { text: resultText(sim), returned };
}

describe("advanceTo", () => {
  for (const [name, sc] of SCENARIOS) {
    for (const seed of SEEDS) {
      it(`${name}, seed ${seed}: 1 h, 7 h and irregular steps give the rows and summary of stepDay()`, () => {
        const ref = createSimulation(sc, { seed, days: DAYS });
        const stepped: DailyRow[] = [];
        while (!ref.isDone()) stepped.push(ref.stepDay());
        const expected = resultText(ref);
        expect(ref.daily().reduce((a, r) => a + r.packages_delivered, 0)).toBeGreaterThan(0);

        for (const steps of [[HOUR], [7 * HOUR], [1, 59, 3599.5, 1.5 * DAY, 7, 40_000, 0.25, 12_345, 2 * DAY]]) {
          const r = runInSteps(sc, seed, steps);
          expect(r.text).toBe(expected);
          expect(r.returned).toEqual(stepped);
        }
      });
    }
  }

  it("stepDay() from mid-day finishes that day; advanceTo never goes past the end or back", () => {
    const [, sc] = SCENARIOS[0];
    const ref = createSimulation(sc, { seed: 3, days: 2 });
    while (!ref.isDone()) ref.stepDay();

    const sim = createSimulation(sc, { seed: 3, days: 2 });
    expect(sim.advanceTo(10 * HOUR)).toEqual([]);
    expect(sim.advanceTo(5 * HOUR)).toEqual([]); // the past: nothing happens
    expect(sim.time).toBe(10 * HOUR);
    expect(sim.day).toBe(0);
    const first = sim.stepDay();
    expect(sim.time).toBe(DAY);
    expect(first).toEqual(ref.daily()[0]);
    expect(sim.advanceTo(DAY)).toEqual([]);
    const rest = sim.advanceTo(Infinity);
    expect(rest).toHaveLength(sim.totalDays - 1);
    expect(sim.isDone()).toBe(true);
    expect(sim.time).toBe(sim.totalDays * DAY);
    expect(sim.advanceTo(Infinity)).toEqual([]);
    expect(resultText(sim)).toBe(resultText(ref));
    expect(() => sim.stepDay()).toThrow(/all 3 days are done/);
  });

  it("snapshots at 14:00 show people of several kinds on the move, where they are at that moment", () => {
    const [, sc] = SCENARIOS[0];
    const sim = createSimulation(sc, { seed: 5, days: DAYS });
    const layout = sim.layout();
    const kinds = new Set<string>();
    for (let d = 0; d < sim.totalDays; d++) {
      const at = d * DAY + 14 * HOUR;
      sim.advanceTo(at);
      const s = sim.snapshot();
      expect(s.time).toBe(at);
      expect(s.day).toBe(d);
      expect(s.peoplePos.length).toBe(2 * s.peopleKind.length);
      expect(s.peopleKind.length).toBeGreaterThan(0);
      for (let i = 0; i < s.peopleKind.length; i++) {
        kinds.add(s.peopleKind[i]);
        const [x, y] = [s.peoplePos[2 * i], s.peoplePos[2 * i + 1]];
        expect(x).toBeGreaterThanOrEqual(-1);
        expect(x).toBeLessThanOrEqual(layout.width + 1);
        expect(y).toBeGreaterThanOrEqual(-1);
        expect(y).toBeLessThanOrEqual(layout.height + 1);
      }
      // A minute later someone has moved: positions are of that moment, not of the day.
      sim.advanceTo(at + 60);
      const later = sim.snapshot();
      expect(later.time).toBe(at + 60);
      expect(Array.from(later.peoplePos)).not.toEqual(Array.from(s.peoplePos));
      sim.advanceTo((d + 1) * DAY);
    }
    for (const k of ["resident", "visitor", "courier"]) expect(kinds).toContain(k);

    // At midnight (what stepDay leaves) the streets are much emptier than at 14:00 on average.
    const night = createSimulation(sc, { seed: 5, days: DAYS });
    let atMidnight = 0;
    while (!night.isDone()) {
      night.stepDay();
      atMidnight += night.snapshot().peopleKind.length;
    }
    expect(atMidnight).toBeLessThan(sim.totalDays);
  });
});
