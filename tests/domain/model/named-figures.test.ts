/**
 * Named figures of the whole model, each with a tolerance and the reason for it, so that a
 * change to the model says which figure moved instead of only that a hash changed.
 *
 * The town: the default scenario under the `portal-partnership` bundle (so that footage
 * requests happen), 1,000 households instead of 2,000 to keep the test short, 60 days
 * after the 45-day warm-up, seeds 1-3. Figures are pooled over the seeds unless a check is
 * about one run. Published figures are cited by their key in docs/sources.md.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { applyParams, createSimulation, defaultScenario, type Scenario, type Summary } from "../../../sim/index.ts";

const SEEDS = [1, 2, 3];
const DAYS = 60;
const HOUSEHOLDS = 1000;

type Row = Record<string, number>;
interface Run {
  seed: number;
  summary: Summary;
  /** Every day's row, warm-up included. */
  daily: Row[];
}

const scenario: Scenario = applyParams(defaultScenario(), {
  "policy.name": "portal-partnership",
  "neighbourhood.households": HOUSEHOLDS,
});

let runs: Run[] = [];
/** Sum of a summary key over the seeds. */
const pooled = (key: string) => runs.reduce((a, r) => a + (r.summary[key] ?? Number.NaN), 0);
/** Mean of a summary key over the seeds. */
const mean = (key: string) => pooled(key) / runs.length;

beforeAll(() => {
  runs = SEEDS.map((seed) => {
    const sim = createSimulation(scenario, { seed, days: DAYS });
    while (!sim.isDone()) sim.stepDay();
    return { seed, summary: sim.summary(), daily: sim.daily() as unknown as Row[] };
  });
}, 180_000);

describe("named figures of the default town (portal partnership, 1,000 households, 60 days, seeds 1-3)", () => {
  it("conservation: every parcel delivered is collected, stolen or still waiting at the end", () => {
    for (const r of runs) {
      const sum = (k: string) => r.daily.reduce((a, row) => a + row[k], 0);
      const waitingAtEnd = r.daily[r.daily.length - 1].packages_waiting;
      // Exact: counts of whole parcels over the whole run, warm-up included.
      expect(sum("packages_collected") + sum("packages_stolen") + waitingAtEnd, `parcels conserved (seed ${r.seed})`).toBe(sum("packages_delivered"));
      expect(r.daily.length, `daily rows = warm-up + days (seed ${r.seed})`).toBe(scenario.run.warmupDays + DAYS);
    }
  });

  it("deliveries: about 3 parcels per household per week", () => {
    // pitney-bowes-2023-parcels; the default is deliveries.parcelsPerHouseholdPerWeek = 3.
    // ~26,000 parcels a run make Poisson noise ~0.6%; 60 days are 8 weeks and 4 weekdays,
    // which puts the weekly mean ~1.5% above 3. Tolerance 5%.
    const perWeek = pooled("packages_delivered") / runs.length / HOUSEHOLDS / (DAYS / 7);
    const target = scenario.deliveries.parcelsPerHouseholdPerWeek;
    expect(Math.abs(perWeek / target - 1), `parcels per household per week: ${perWeek.toFixed(3)} vs ${target}`).toBeLessThan(0.05);
  });

  it("theft volume: packages stolen per 1,000 households per 30 days within the calibration band", () => {
    // securityorg-2024-package-theft: ~15% of households lose a package a year, 0.15 x 1000 x
    // 30 / 365 = 12.3 per 1,000 households per 30 days. The defaults are tuned to it (365-day
    // runs of the 2,000-household town measure ~15-16). The band 0.6-1.6 x the target is the
    // one the calibration test uses: ~100 thefts over three short runs, with offenders
    // arrested or displaced, vary by about +-20% between seed sets.
    const target = (0.15 * 1000 * 30) / 365;
    const rate = (pooled("packages_stolen") / runs.length / (HOUSEHOLDS / 1000)) * (30 / DAYS);
    expect(rate, `thefts per 1,000 households per 30 days: ${rate.toFixed(1)} (target ${target.toFixed(1)})`).toBeGreaterThan(0.6 * target);
    expect(rate, `thefts per 1,000 households per 30 days: ${rate.toFixed(1)} (target ${target.toFixed(1)})`).toBeLessThan(1.6 * target);
    // actual_crime is the same figure measured daily over a rolling 30 days.
    expect(mean("actual_crime"), "actual_crime within the same band").toBeGreaterThan(0.6 * target);
    expect(mean("actual_crime"), "actual_crime within the same band").toBeLessThan(1.6 * target);
  });

  it("per-parcel theft risk: about 0.1%", () => {
    // ~12 thefts per 1,000 households a month over ~13 parcels per household a month;
    // 365-day runs measure 0.11-0.12%. Same band as the theft volume.
    const risk = pooled("packages_stolen") / pooled("packages_delivered");
    expect(risk, `theft_rate_per_package pooled: ${(risk * 100).toFixed(3)}%`).toBeGreaterThan(0.0006);
    expect(risk, `theft_rate_per_package pooled: ${(risk * 100).toFixed(3)}%`).toBeLessThan(0.0016);
  });

  it("clearance: cleared <= reported <= stolen, and the clearance rate is in [0, 1]", () => {
    const stolen = pooled("packages_stolen");
    const reported = pooled("thefts_reported");
    const cleared = pooled("thefts_cleared");
    expect(reported, "thefts_reported <= packages_stolen").toBeLessThanOrEqual(stolen);
    expect(reported, "some thefts are reported (residents.reportProbability > 0)").toBeGreaterThan(0);
    expect(cleared, "thefts_cleared <= thefts_reported").toBeLessThanOrEqual(reported);
    const rate = cleared / reported;
    expect(rate, `clearance rate pooled: ${rate.toFixed(3)}`).toBeGreaterThanOrEqual(0);
    expect(rate, `clearance rate pooled: ${rate.toFixed(3)}`).toBeLessThanOrEqual(1);
    for (const r of runs) {
      const reported = r.summary.thefts_reported ?? 0;
      if (reported === 0) expect(r.summary.clearance_rate, `clearance_rate undefined without reports (seed ${r.seed})`).toBeNull();
      else
        expect(r.summary.clearance_rate, `clearance_rate = thefts_cleared / thefts_reported (seed ${r.seed})`).toBeCloseTo(
          (r.summary.thefts_cleared ?? 0) / reported,
          12,
        );
    }
    expect(pooled("thefts_on_camera"), "thefts_on_camera <= packages_stolen").toBeLessThanOrEqual(stolen);
  });

  it("camera adoption: near the seeded share plus a little growth", () => {
    // residents.initialCameraShare 0.2 (parks-2025-video-doorbells), growing by
    // adoptionPerYear; the summary averages the 60 days, whose middle is 44 days after the
    // start. Each household starts with a camera by chance: the binomial sd of one run's
    // share is sqrt(0.2 x 0.8 / 1000) = 0.013, 0.007 for the mean of three; tolerance 0.03.
    const expected = scenario.residents.initialCameraShare + scenario.residents.adoptionPerYear * ((scenario.run.warmupDays + DAYS / 2) / 365);
    const share = mean("camera_adoption");
    expect(Math.abs(share - expected), `camera_adoption: ${share.toFixed(4)} vs ${expected.toFixed(4)}`).toBeLessThan(0.03);
  });

  it("owners who share: above the base chance (owners have reasons), near the ~3.5% target", () => {
    // gizmodo-2019-fort-lauderdale: ~3.5% of asked owners shared, a calibration target.
    // Owners decide for reasons (engagement with the app, fear; submodels/owner-sharing.ts),
    // which only raise the odds over residents.requestShareProbability in this scenario, so
    // the pooled share must be above that base and, with the base tuned on a year of the
    // portal-partnership scenario, within 0.02 of the target in these 60 days (engagement
    // and fear build up over the year; 0.02 is about 2 binomial sd at ~300 asks).
    const base = scenario.residents.requestShareProbability;
    const asked = pooled("owners_asked");
    const shared = pooled("owners_shared");
    expect(asked, "owners_asked pooled: enough asks for the share to mean something").toBeGreaterThanOrEqual(100);
    expect(shared, "owners_shared <= owners_asked").toBeLessThanOrEqual(asked);
    expect(shared / asked, `owners_shared / owners_asked: ${shared}/${asked} vs base ${base}`).toBeGreaterThan(base);
    expect(Math.abs(shared / asked - 0.035), `owners_shared / owners_asked: ${shared}/${asked} vs the 0.035 target`).toBeLessThan(0.02);
  });

  it("reach of a footage request: about 15 owners asked per portal request", () => {
    // platform.requestRadiusM (150 m) is calibrated so that a request reaches ~15 owners in
    // the default town, as in Fort Lauderdale (gizmodo-2019-fort-lauderdale: 319 owners for
    // 22 requests, ~14.5 each). A few dozen requests, each around a different porch with
    // its own cluster of cameras: band 0.5-1.6 x 14.5.
    const requests = pooled("footage_requests_portal");
    expect(requests, "footage_requests_portal pooled").toBeGreaterThanOrEqual(5);
    const perRequest = pooled("owners_asked") / requests;
    expect(perRequest, `owners asked per portal request: ${perRequest.toFixed(1)}`).toBeGreaterThan(0.5 * 14.5);
    expect(perRequest, `owners asked per portal request: ${perRequest.toFixed(1)}`).toBeLessThan(1.6 * 14.5);
  });

  it("perceived crime: app users perceive more than non-users, nobody runs away", () => {
    // Not tuned to: app users see crime, 'suspicious person' and police posts within the feed
    // radius on top of what non-users hear by word of mouth, as surveys find
    // (fetterman-2023-neighbourhood-apps). Every run must show it; the mean over households
    // lies between the two groups' means, and three times actual crime would be a runaway.
    for (const r of runs) {
      const app = r.summary.perceived_crime_app_users ?? Number.NaN;
      const non = r.summary.perceived_crime_non_app_users ?? Number.NaN;
      expect(app, `perceived by app users ${app.toFixed(1)} vs non-users ${non.toFixed(1)} (seed ${r.seed})`).toBeGreaterThan(non);
      expect(r.summary.perceived_crime).toBeGreaterThanOrEqual(non);
      expect(r.summary.perceived_crime).toBeLessThanOrEqual(app);
    }
    const perceived = mean("perceived_crime");
    const actual = mean("actual_crime");
    expect(perceived, `perceived_crime: ${perceived.toFixed(1)} vs actual ${actual.toFixed(1)}`).toBeLessThan(3 * actual);
  });

  it("households: the configured town, split into groups that add up", () => {
    for (const r of runs) {
      expect(r.summary.households, `households (seed ${r.seed})`).toBe(HOUSEHOLDS);
      const groups = Object.keys(r.summary).filter((k) => k.startsWith("households__"));
      expect(groups.length, "household groups").toBe(Object.keys(scenario.neighbourhood.groups).length);
      expect(
        groups.reduce((a, k) => a + (r.summary[k] ?? Number.NaN), 0),
        `households by group add up (seed ${r.seed})`,
      ).toBe(HOUSEHOLDS);
    }
  });
});
