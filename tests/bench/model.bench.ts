/**
 * Benchmarks of the whole surveillance model (`npm run bench -- default_year town_10k_90d`):
 * - default_year: the default scenario (its town of a few thousand households) for one
 *   simulated year after its warm-up;
 * - town_10k_90d: the default scenario with 10,000 households for 90 simulated days.
 * Each line: `wall_s` (elapsed), `sim_days_per_s` (simulated days per elapsed second),
 * `peak_rss_mb`, plus `cpu_s` (this process's CPU time: the machine is shared, so CPU time
 * is the fairer yardstick) and the day count. Goal: default_year under 10 s on one core.
 * Both run under the `doorstep` CLI's V8 flags (cli/runtime-flags.ts), as a user's
 * `doorstep run` does.
 */
import { createSimulation } from "../../sim/domain/simulation.ts";
import { applyParams, defaultScenario } from "../../sim/scenario/index.ts";
import { CLI_NODE_FLAGS } from "../../cli/runtime-flags.ts";
import { peakRssMb, type Bench } from "./bench.ts";

function timeRun(households: number | null, days: number): Record<string, unknown>[] {
  const base = defaultScenario();
  const sc = households === null ? base : applyParams(base, { "neighbourhood.households": households });
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  const sim = createSimulation(sc, { days });
  while (!sim.isDone()) sim.stepDay();
  const wall = (performance.now() - t0) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const summary = sim.summary();
  return [
    {
      wall_s: Math.round(wall * 100) / 100,
      sim_days_per_s: Math.round((sim.totalDays / wall) * 100) / 100,
      peak_rss_mb: peakRssMb(),
      cpu_s: Math.round(((cpu.user + cpu.system) / 1e6) * 100) / 100,
      households: sc.neighbourhood.households,
      days: sim.totalDays,
      packages_stolen: summary.packages_stolen,
      clips_recorded: summary.clips_recorded,
    },
  ];
}

const benches: Bench[] = [
  { name: "default_year", nodeFlags: CLI_NODE_FLAGS, run: () => timeRun(null, 365) },
  { name: "town_10k_90d", nodeFlags: CLI_NODE_FLAGS, run: () => timeRun(10000, 90) },
];

export default benches;
