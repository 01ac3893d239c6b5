/**
 * Two simulations in one thread share no buffer: two towns of different sizes, advanced
 * in turn at odd times within each day (so one plans trips, evaluates frames and closes
 * clips between any two steps of the other), give byte for byte the daily rows and summary
 * of each run on its own. Different sizes matter: a buffer sized for one town and reused by
 * the other would be too short or would hold the other town's streets.
 */
import { describe, expect, it, vi } from "vitest";
import type { Simulation } from "../../../sim/domain/simulation-api.ts";
import { applyParams, defaultScenario, type Scenario } from "../../../sim/scenario/index.ts";

const DAYS = 10;

/** A small busy town: thefts, reports and clips within a few days. */
function town(households: number, extra: Record<string, string | number | boolean> = {}): Scenario {
  return applyParams(defaultScenario(), {
    "neighbourhood.households": households,
    "run.warmupDays": 1,
    "thieves.perThousandHouseholds": 30,
    "residents.reportProbability": 1,
    ...extra,
  });
}

/** Text of a run's results in which every number keeps its exact value. */
function resultText(sim: Simulation): string {
  const exact = (_k: string, v: unknown) => (typeof v === "number" ? (Object.is(v, -0) ? "-0" : String(v)) : v);
  return JSON.stringify({ daily: sim.daily(), summary: sim.summary() }, exact);
}

type CreateSimulation = typeof import("../../../sim/domain/simulation.ts").createSimulation;

/**
 * `createSimulation` from a fresh copy of every module: no state a module keeps between
 * calls can pass from one run to another.
 */
async function freshCreateSimulation(): Promise<CreateSimulation> {
  vi.resetModules();
  return (await import("../../../sim/domain/simulation.ts")).createSimulation;
}

/** A run on its own, in modules no other run has touched. */
async function runAlone(sc: Scenario, seed: number): Promise<string> {
  const createSimulation = await freshCreateSimulation();
  const sim = createSimulation(sc, { seed, days: DAYS });
  while (!sim.isDone()) sim.stepDay();
  return resultText(sim);
}

/** Two towns unlike in size, street layout, block length, policy and camera sensitivity. */
const small = town(220);
const large = town(640, {
  "policy.name": "portal-partnership",
  "cameras.motionSensitivity": 1,
  "neighbourhood.layoutSeed": 9,
  "neighbourhood.blockLength": 120,
});

describe("two simulations in one thread", () => {
  it("advanced in turn at odd times, give the results of each run alone", async () => {
    const aloneA = await runAlone(small, 5);
    const aloneB = await runAlone(large, 23);
    const createSimulation = await freshCreateSimulation();
    const a = createSimulation(small, { seed: 5, days: DAYS });
    const b = createSimulation(large, { seed: 23, days: DAYS });
    // Steps of a few hours, never a divisor of the day, so the two cross midnight, close
    // clips and plan days at different moments; b runs behind a by a shifting lag.
    const stepsA = [7919, 3 * 3600 + 17, 5 * 3600 + 401, 1811];
    const stepsB = [4 * 3600 + 7, 2999, 6 * 3600 + 1, 997, 3 * 3600];
    let ta = 0;
    let tb = 0;
    for (let i = 0; !a.isDone() || !b.isDone(); i++) {
      ta += stepsA[i % stepsA.length];
      a.advanceTo(ta);
      tb += stepsB[i % stepsB.length];
      b.advanceTo(tb);
    }
    expect(a.day).toBe(a.totalDays);
    expect(b.day).toBe(b.totalDays);
    // Both towns record clips: the camera pipeline (trip log, passes, frame runs) runs in both.
    for (const sim of [a, b]) expect(sim.daily().reduce((n, r) => n + Number(r.clips_recorded), 0)).toBeGreaterThan(0);
    const textA = resultText(a);
    const textB = resultText(b);
    // The towns differ, so a mix-up between them could not go unseen.
    expect(textA).not.toBe(textB);
    expect(textA).toBe(aloneA);
    expect(textB).toBe(aloneB);
  }, 120_000);
});
