/**
 * Scenario section `run:` — how long to simulate, from which seed, and how often to
 * sample the metrics. Nothing here changes the model itself, only how it is run.
 */
import { num, section } from "../param.ts";

/** `run:` seed, duration, warm-up and sampling interval. */
export const runSection = section("How the simulation is run: seed, duration, warm-up and sampling.", {
  seed: num({
    description: "Root random seed; the same seed and scenario always give the same run.",
    default: 1,
    min: 0,
    max: 4294967295,
    int: true,
    source: "assumption (any value; fixed so runs are reproducible)",
  }),
  days: num({
    description: "Simulated days after the warm-up, over which metrics are reported.",
    unit: "days",
    default: 180,
    min: 1,
    max: 3650,
    int: true,
    source: "assumption (long enough for retention (60 days) and near-repeat effects (1-2 months) to play out)",
  }),
  warmupDays: num({
    description: "Days simulated before metrics are reported, so routines, police cases, posts and residents' beliefs settle.",
    unit: "days",
    default: 45,
    min: 0,
    max: 365,
    int: true,
    source:
      "assumption (police posts from call logs start two to three weeks into a run, when the first cases are worked; beliefs then need about four weeks to settle on what residents see, see sim/domain/README.md, spin-up)",
  }),
  sampleIntervalDays: num({
    description: "Days between two metric samples (1 = daily metrics).",
    unit: "days",
    default: 1,
    min: 1,
    max: 365,
    int: true,
    source: "assumption (metrics are daily)",
  }),
});
