/**
 * Measures the theft calibration of the default town against the survey figure of
 * securityorg-2024-package-theft in docs/sources.md (~15% of people lose a package a year): per-parcel theft
 * risk, share of households with at least one theft in a year, actual_crime, and mean
 * perceived_crime, per policy bundle, over a few seeds. The figures go into the
 * calibration part of sim/domain/README.md.
 *
 * Usage: `tsx scripts/measure-theft-calibration.ts [--days 365] [--seeds 1,2] [--bundles none,full-partnership] [--set a.b=1,c.d=2]`
 *        `tsx scripts/measure-theft-calibration.ts --report [--days 60]`: the README's other
 *        calibration rows and the benefits-and-harms table (seed 1, `none` vs
 *        `full-partnership`, and scenarios/bait-package-sting.yaml).
 * Each year-long run of the default town takes ~15 s of one core; keep it to a few runs.
 */
import type { Summary } from "../sim/domain/simulation-api.ts";
import { createInstrumentedSimulation } from "../sim/domain/simulation.ts";
import { applyParams, defaultScenario, type ParamValue, type Scenario } from "../sim/scenario/index.ts";
import { loadScenarioFile } from "../sim/scenario/load-file.ts";

/** The summary with undefined ratios as NaN, for arithmetic and for printing. */
function asNumbers(s: Summary): Record<string, number> {
  return Object.fromEntries(Object.entries(s).map(([k, v]) => [k, v ?? Number.NaN]));
}

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

const days = Number(arg("days", "365"));
const seeds = arg("seeds", "1,2").split(",").map(Number);
const bundles = arg("bundles", "none,full-partnership").split(",");
const extra: Record<string, ParamValue> = {};
for (const kv of arg("set", "").split(",").filter(Boolean)) {
  const [k, v] = kv.split("=");
  extra[k] = v === "true" ? true : v === "false" ? false : Number.isFinite(Number(v)) ? Number(v) : v;
}

interface Row {
  bundle: string;
  seed: number;
  households: number;
  perParcelRisk: number;
  shareHitPerYear: number;
  actualCrime: number;
  perceivedCrime: number;
  stolen: number;
  delivered: number;
  afternoonShare: number;
  ownersPerPortalRequest: number;
  ownerShareRate: number;
}

if (process.argv.includes("--report")) {
  report();
  process.exit(0);
}

const out: Row[] = [];
for (const bundle of bundles) {
  for (const seed of seeds) {
    const sc = applyParams(defaultScenario(), { "policy.name": bundle, ...extra } as Record<string, ParamValue>);
    const inst = createInstrumentedSimulation(sc, { seed, days });
    const warmupEnd = sc.run.warmupDays * 86400;
    const hit = new Set<number>();
    let afternoon = 0;
    inst.model.bus.on("package-stolen", (e) => {
      if (e.bait || e.time < warmupEnd) return;
      hit.add(e.house);
      const h = (e.time % 86400) / 3600;
      if (h >= 12 && h < 18) afternoon++;
    });
    while (!inst.sim.isDone()) inst.sim.stepDay();
    const s = asNumbers(inst.sim.summary());
    const households = inst.world.households;
    // Share of households hit over the measured period, scaled to a year (exact for days = 365).
    const share = hit.size / households;
    const shareYear = days >= 365 ? share : 1 - (1 - share) ** (365 / days);
    const row: Row = {
      bundle,
      seed,
      households,
      perParcelRisk: s.theft_rate_per_package,
      shareHitPerYear: shareYear,
      actualCrime: s.actual_crime,
      perceivedCrime: s.perceived_crime,
      stolen: s.packages_stolen,
      delivered: s.packages_delivered,
      afternoonShare: afternoon / s.packages_stolen,
      ownersPerPortalRequest: s.owners_asked / s.footage_requests_portal,
      ownerShareRate: s.owner_share_rate,
    };
    out.push(row);
    console.log(JSON.stringify(row));
  }
}

const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / xs.length;
for (const bundle of bundles) {
  const rs = out.filter((r) => r.bundle === bundle);
  console.log(
    `${bundle}: per-parcel risk ${(100 * mean(rs.map((r) => r.perParcelRisk))).toFixed(3)}%, ` +
      `households hit per year ${(100 * mean(rs.map((r) => r.shareHitPerYear))).toFixed(1)}%, ` +
      `actual_crime ${mean(rs.map((r) => r.actualCrime)).toFixed(1)}, perceived_crime ${mean(rs.map((r) => r.perceivedCrime)).toFixed(1)}, ` +
      `afternoon share ${(100 * mean(rs.map((r) => r.afternoonShare))).toFixed(0)}% ` +
      `(${rs.length} seeds x ${days} days)`,
  );
}

/** The README's other calibration figures and the side-by-side table, seed 1. */
function report(): void {
  const run = (sc: Scenario) => {
    const inst = createInstrumentedSimulation(sc, { seed: 1, days });
    const warmupEnd = sc.run.warmupDays * 86400;
    let thefts = 0;
    let afternoon = 0;
    inst.model.bus.on("package-stolen", (e) => {
      if (e.bait || e.time < warmupEnd) return;
      thefts++;
      const h = (e.time % 86400) / 3600;
      if (h >= 12 && h < 18) afternoon++;
    });
    while (!inst.sim.isDone()) inst.sim.stepDay();
    return { s: asNumbers(inst.sim.summary()), afternoonShare: afternoon / thefts };
  };
  const base = (name: string) => applyParams(defaultScenario(), { "policy.name": name, ...extra } as Record<string, ParamValue>);
  const none = run(base("none"));
  const full = run(base("full-partnership"));
  const loaded = loadScenarioFile(new URL("../scenarios/bait-package-sting.yaml", import.meta.url).pathname);
  if (!loaded.ok) throw new Error("bait-package-sting.yaml does not load");
  const sting = run(applyParams(loaded.scenario, extra)).s;
  const pct = (x: number) => `${(100 * x).toFixed(2)}%`;
  console.log(`per-parcel risk (none): ${pct(none.s.theft_rate_per_package)}; afternoon share (none): ${pct(none.afternoonShare)}`);
  console.log(
    `owners asked per portal request (full): ${(full.s.owners_asked / full.s.footage_requests_portal).toFixed(1)}; share rate ${pct(full.s.owner_share_rate)}`,
  );
  console.log(
    `sting: ${sting.sting_baits_placed} baits placed, ${sting.sting_baits_taken} taken, ${sting.sting_arrests} arrests, ` +
      `${sting.sting_officer_hours_per_arrest.toFixed(1)} officer h per arrest, ${sting.sting_cost_usd.toFixed(0)} USD, ` +
      `${sting.sting_cost_per_arrest_usd.toFixed(0)} USD per arrest`,
  );
  const rows: [string, (s: Record<string, number>) => string][] = [
    ["packages stolen", (s) => `${s.packages_stolen}`],
    ["arrests (wrongful)", (s) => `${s.arrests} (${s.arrests_wrongful})`],
    ["clearance rate", (s) => `${(100 * s.clearance_rate).toFixed(0)}%`],
    ["innocent people in footage handed to police", (s) => `${s.innocents_in_shared_footage}`],
    ["face-recognition searches / false matches", (s) => `${s.fr_searches} / ${s.fr_false_matches}`],
    ["'suspicious person' posts about innocent people", (s) => `${s.posts_suspicious_innocent}`],
    ["innocent people shown in alert ads", (s) => `${s.alert_innocents_shown}`],
    ["perceived / actual crime (per 1,000 households per 30 days)", (s) => `${s.perceived_crime.toFixed(0)} / ${s.actual_crime.toFixed(0)}`],
  ];
  for (const [label, f] of rows) console.log(`| ${label} | ${f(none.s)} | ${f(full.s)} |`);
}
