/**
 * `npm run demo`: the quick-start run. Prints a short Boltzmann wealth run and a short
 * Schelling run (fixed seed, so the output is the same every time) as tables.
 * Usage: `npm run demo [-- SEED]`.
 */
import { demoReport } from "./demo-report.ts";

const arg = process.argv[2];
const seed = arg === undefined ? 42 : Number(arg);
if (!Number.isInteger(seed) || seed < 0) {
  console.error(`demo: the seed must be a whole number >= 0, got "${arg}"`);
  process.exit(2);
}
console.log(demoReport({ seed }));
