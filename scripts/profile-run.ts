/**
 * Runs the default scenario (optionally with another town size) for N days and prints wall time, CPU
 * time and a fingerprint of the results (sha-256 of the daily rows and of the summary), so a
 * speed change can be checked to leave every result bit as it was.
 *
 *   node --max-semi-space-size=64 --initial-old-space-size=128 --single-threaded-gc --import tsx/esm scripts/profile-run.ts [days] [households]
 *
 * Add `--cpu-prof --cpu-prof-dir=DIR` to the node flags for a CPU profile.
 */
import { createHash } from "node:crypto";
import { createSimulation } from "../sim/domain/simulation.ts";
import { applyParams, defaultScenario } from "../sim/scenario/index.ts";

const days = Number(process.argv[2] ?? 365);
const households = process.argv[3];
const scenario = households ? applyParams(defaultScenario(), { "neighbourhood.households": Number(households) }) : defaultScenario();
const sha = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 24);
const cpu0 = process.cpuUsage();
const t0 = performance.now();
const sim = createSimulation(scenario, { days });
while (!sim.isDone()) sim.stepDay();
const wall = (performance.now() - t0) / 1000;
const cpu = process.cpuUsage(cpu0);
console.log(
  JSON.stringify({
    days: sim.totalDays,
    wall_s: Math.round(wall * 100) / 100,
    cpu_s: Math.round(((cpu.user + cpu.system) / 1e6) * 100) / 100,
    daily: sha(JSON.stringify(sim.daily())),
    summary: sha(JSON.stringify(sim.summary())),
  }),
);
