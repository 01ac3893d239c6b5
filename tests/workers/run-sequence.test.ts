/**
 * Runs in a row (workers/run-to-end.ts): the same results as one-off runs in any order, and
 * the previous simulation kept reachable until the next run has started, then let go.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import type { Simulation } from "../../sim/domain/simulation-api.ts";
import { createRunSequence, runToEnd } from "../../workers/run-to-end.ts";
import type { SimulationFactory } from "../../workers/simulation-factory.ts";
import { toyFactory } from "../fixtures/workers/toy-factory.ts";

setFlagsFromString("--expose-gc");
const gc = runInNewContext("gc") as () => void;

const parsed = toyFactory.parse("name: toy\nrun:\n  days: 12\n  warmupDays: 2\n", "toy.yaml");
if (!parsed.ok) throw new Error("fixture scenario invalid");
const scenario = parsed.scenario;

/**
 * The toy factory, noting every simulation it makes (weakly, so the note keeps none alive);
 * `beforeStep(run, stepsDone)` is called before each `stepDay`.
 */
function watchedFactory(beforeStep: (run: number, stepsDone: number) => void = () => undefined) {
  const made: WeakRef<Simulation>[] = [];
  const factory: SimulationFactory = {
    parse: toyFactory.parse,
    create(s, opts) {
      const sim = toyFactory.create(s, opts);
      const run = made.length;
      made.push(new WeakRef(sim));
      const step = sim.stepDay.bind(sim);
      let steps = 0;
      sim.stepDay = () => {
        beforeStep(run, steps++);
        return step();
      };
      return sim;
    },
  };
  return { factory, made };
}

/** Lets the current job end (WeakRef targets stay alive until then), then collects. */
async function collect(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  gc();
}

describe("run sequence", () => {
  it("gives each run the summary of a one-off run, whatever ran before it", () => {
    const seeds = [3, 1, 4, 1, 5];
    const alone = seeds.map((seed) => runToEnd(toyFactory, scenario, seed));
    const runs = createRunSequence(toyFactory);
    expect(seeds.map((seed) => runs.run(scenario, seed))).toEqual(alone);
    const backwards = createRunSequence(toyFactory);
    expect([...seeds].reverse().map((seed) => backwards.run(scenario, seed))).toEqual([...alone].reverse());
    expect(runs.run(scenario, 9, 4)).toEqual(runToEnd(toyFactory, scenario, 9, 4));
  });

  it("holds the last finished simulation between runs and lets it go once the next has run", async () => {
    const { factory, made } = watchedFactory();
    const runs = createRunSequence(factory);
    runs.run(scenario, 1);
    await collect();
    expect(made[0].deref()).toBeDefined(); // held between runs

    runs.run(scenario, 2);
    await collect();
    expect(made[0].deref()).toBeUndefined(); // let go once the next one ran
    expect(made[1].deref()).toBeDefined();
  });

  /**
   * Whether the first run's simulation is still alive, after a collection, just before the
   * second run steps day `day` (0 = its first day). Within one job a WeakRef keeps its target
   * only if it was made or read in that job, so each call reads the ref once, in a new job.
   */
  async function previousAliveBeforeDay(day: number): Promise<boolean | null> {
    let alive: boolean | null = null;
    const { factory, made } = watchedFactory((run, stepsDone) => {
      if (run === 1 && stepsDone === day) {
        gc();
        alive = made[0].deref() !== undefined;
      }
    });
    const runs = createRunSequence(factory);
    runs.run(scenario, 1);
    await collect(); // ends the job that made the first run's ref
    runs.run(scenario, 2);
    return alive;
  }

  it("keeps the previous simulation through the next one's first day and lets it go after", async () => {
    expect(await previousAliveBeforeDay(0)).toBe(true);
    expect(await previousAliveBeforeDay(1)).toBe(false);
  });

  it("holds nothing after a one-off run", async () => {
    const once = watchedFactory();
    runToEnd(once.factory, scenario, 1);
    await collect();
    expect(once.made[0].deref()).toBeUndefined();
  });
});
