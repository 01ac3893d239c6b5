/**
 * A scenario timeline at run time: changes apply at the start of their day (after the
 * warm-up), the run before them is the run without them, the mechanisms read the new
 * values, and the caller's scenario is left as it was.
 */
import { describe, expect, it } from "vitest";
import { parseScenario, type Scenario } from "../../sim/scenario/index.ts";
import { createSimulation } from "../../sim/domain/simulation.ts";

function scenario(extra: string): Scenario {
  const r = parseScenario(
    `extends: baseline\nrun: { seed: 3, days: 24, warmupDays: 2 }\nneighbourhood: { households: 300 }\nthieves: { perThousandHouseholds: 40 }\n${extra}`,
    { fileName: "t.yaml" },
  );
  if (!r.ok) throw new Error(JSON.stringify(r.diagnostics));
  return r.scenario;
}

function run(s: Scenario) {
  const sim = createSimulation(s);
  while (!sim.isDone()) sim.stepDay();
  return sim.daily();
}

const total = (rows: ReturnType<typeof run>, name: string, from: number, to: number) =>
  rows.filter((r) => r.day >= from && r.day < to).reduce((sum, r) => sum + r[name], 0);

describe("dated changes", () => {
  const CHANGE_DAY = 12; // after the warm-up of 2 days: run day 14
  const RUN_DAY = 14;
  const plain = scenario("");
  const changed = scenario(
    `timeline:\n  - { day: ${CHANGE_DAY}, set: { policy.name: full-partnership, deliveries.parcelsPerHouseholdPerWeek: 9 } }\n`,
  );
  const before = structuredClone(changed);
  const a = run(plain);
  const b = run(changed);

  it("leaves the days before the change exactly as the run without it", () => {
    expect(b.slice(0, RUN_DAY)).toEqual(a.slice(0, RUN_DAY));
    expect(b.slice(RUN_DAY)).not.toEqual(a.slice(RUN_DAY));
  });

  it("switches the mechanisms from that day on", () => {
    // No partnership before the change: no portal requests, no face searches.
    expect(total(b, "footage_requests_portal", 0, RUN_DAY)).toBe(0);
    expect(total(b, "footage_requests_portal", RUN_DAY, b.length)).toBeGreaterThan(0);
    expect(total(a, "footage_requests_portal", 0, a.length)).toBe(0);
    // Deliveries triple (3 -> 9 a week per household): far beyond day-to-day noise.
    const perDay = (from: number, to: number) => total(b, "packages_delivered", from, to) / (to - from);
    expect(perDay(RUN_DAY, b.length) / perDay(2, RUN_DAY)).toBeGreaterThan(2.5);
  });

  it("is deterministic and leaves the caller's scenario unchanged", () => {
    expect(run(changed)).toEqual(b);
    expect(changed).toEqual(before);
    expect(changed.policy.name).toBe("none");
  });
});
