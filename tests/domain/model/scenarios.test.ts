/**
 * Every shipped scenario in scenarios/*.yaml runs to its end (small town, few days, via
 * overrides), and stages its sting or march on days the run reports.
 */
import { readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createSimulation } from "../../../sim/domain/simulation.ts";
import { applyParams } from "../../../sim/scenario/index.ts";
import { loadScenarioFile } from "../../../sim/scenario/load-file.ts";

const dir = join(import.meta.dirname, "../../../scenarios");
const files = readdirSync(dir).filter((f) => f.endsWith(".yaml"));

describe("shipped scenarios", () => {
  it("there are scenarios to run", () => expect(files.length).toBeGreaterThanOrEqual(8));

  for (const file of files) {
    it(`${file} runs to its end`, () => {
      const loaded = loadScenarioFile(join(dir, file));
      if (!loaded.ok) throw new Error(`${file}: ${loaded.diagnostics.map((d) => d.message).join("; ")}`);
      const sc = applyParams(loaded.scenario, { "neighbourhood.households": 150, "run.warmupDays": 1, "sting.startDay": 0 });
      const sim = createSimulation(sc, { days: 3 });
      while (!sim.isDone()) sim.stepDay();
      expect(sim.day).toBe(4);
      const rows = sim.daily();
      const sum = (k: string) => rows.reduce((a, r) => a + r[k], 0);
      expect(sum("packages_delivered")).toBe(sum("packages_collected") + sum("packages_stolen") + rows.at(-1)!.packages_waiting);
      for (const v of Object.values(sim.summary())) expect(v === null || Number.isFinite(v)).toBe(true); // null: an undefined ratio
    });

    it(`${file}: its dated events fall on reported days, not in the warm-up`, () => {
      const loaded = loadScenarioFile(join(dir, file));
      if (!loaded.ok) throw new Error(file);
      const { run, sting, protest } = loaded.scenario;
      // Run days count the warm-up; a sting or march inside it would happen unseen.
      const reported = (day: number) => day >= run.warmupDays && day < run.warmupDays + run.days;
      if (sting.enabled) expect(reported(sting.startDay) && reported(sting.startDay + sting.durationDays - 1), "sting").toBe(true);
      if (protest.enabled) expect(reported(protest.day), "protest").toBe(true);
    });
  }
});
