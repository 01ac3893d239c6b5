/**
 * Beliefs about crime against crime that changes over time: offender activity falling by
 * 40% a year for two years (thieves.trendPerYear -0.4), on the stand-in world, and which
 * exposures keep the share of residents who believe crime is rising above or below one
 * half. Offenders are busier than in the default town (20 per 1,000 households, 3 days a
 * week) so that a 400-household town sees enough thefts for its beliefs to mean something.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { DAY } from "../../../sim/domain/model/context.ts";
import type { DailyRow } from "../../../sim/domain/simulation-api.ts";
import { runHarness, type HarnessOptions, type HarnessRun } from "./harness.ts";

const WARMUP = 45;
const YEAR = 365;
const QUARTER = 91;
const BUSY = { perThousandHouseholds: 20, activeDaysPerWeek: 3 };
const FALLING = { ...BUSY, trendPerYear: -0.4 };

/** Mean of a column over reported days [from, to). */
const meanOf = (rows: DailyRow[], key: string, from: number, to: number) =>
  rows.slice(WARMUP + from, WARMUP + to).reduce((a, r) => a + r[key], 0) / (to - from);
/** Quarterly means of a column over the second year. */
const secondYearQuarters = (rows: DailyRow[], key: string) =>
  [0, 1, 2, 3].map((q) => meanOf(rows, key, YEAR + q * QUARTER, YEAR + (q + 1) * QUARTER));

function runFull(o: Partial<HarnessOptions>, days = 2 * YEAR, side = 20): HarnessRun {
  return runHarness({ days: WARMUP + days, warmupDays: WARMUP, seed: 3, ...o, world: { side, ...o.world } });
}
function run(o: Partial<HarnessOptions>, days = 2 * YEAR, side = 20): DailyRow[] {
  return runFull(o, days, side).rows;
}

/** Feed items (residents' posts, police posts, alert ads) reaching a household per 30 days, over reported days [from, to). */
function feedPerHousehold(r: HarnessRun, from: number, to: number): number {
  let reach = 0;
  for (const e of r.events) {
    if (e.type !== "post-published" && e.type !== "police-post-published" && e.type !== "alert-ad-shown") continue;
    const day = Math.floor(e.time / DAY) - WARMUP;
    if (day >= from && day < to) reach += e.reach;
  }
  return (reach / r.world.households) * (30 / (to - from));
}

describe("beliefs when crime falls by 40% a year for two years", () => {
  let off: DailyRow[] = [];
  let steady: DailyRow[] = [];
  let callLogs: DailyRow[] = [];
  let noPartnership: DailyRow[] = [];
  let partnership: DailyRow[] = [];
  let campaign: HarnessRun;
  beforeAll(() => {
    // Without the app (no posts, no police posts, no ads) and without cameras (no notifications).
    off = run({ world: { cameraShare: 0 }, params: { thieves: FALLING, residents: { initialCameraShare: 0, appUserShare: 0, adoptionPerYear: 0 } } });
    // Everyone on the app, its feed steady (crime and 'suspicious person' posts; no partnership, so no police posts).
    steady = run({ params: { thieves: FALLING, residents: { appUserShare: 1 } } });
    // The same, but in year two the company starts reposting every reported theft from the call log.
    callLogs = run({
      params: { thieves: FALLING, platform: { policeCallPostShare: 1 }, residents: { appUserShare: 1 } },
      beforeDay: (day, p) => {
        if (day === WARMUP + YEAR) p.policy.callLogAlerts = true;
      },
    });
    // A growing feed: the default town (15% of households without a camera on the app), in
    // which the department signs a partnership at the start of year two — portal posts, the
    // company's call-log alerts, promotion bringing neighbours onto the app and more cameras,
    // a giveaway — against the same town without one.
    noPartnership = run({ params: { thieves: FALLING } });
    partnership = run({
      params: { thieves: FALLING },
      beforeDay: (day, p) => {
        if (day === WARMUP + YEAR) Object.assign(p.policy, { portal: true, callLogAlerts: true, policePromotion: true, cameraGiveaway: true });
      },
    });
    // Counterfactual beyond the calibrated figures: a town where only camera owners are on
    // the app (appUserShare 0) and in which a partnership at the start of year two comes with
    // a promotion campaign far stronger than the reported ones — every household not on the
    // app signing up through the department at a yearly probability of 1 (calibrated 0.15,
    // Chandler) and camera purchases 11 times the baseline (promotionAdoptionBoost 10, default
    // 0.5) — plus the department's posts and the company's call-log alerts.
    campaign = runFull({
      params: { thieves: FALLING, residents: { appUserShare: 0, departmentSignupsPerYear: 1, promotionAdoptionBoost: 10 } },
      beforeDay: (day, p) => {
        if (day === WARMUP + YEAR) Object.assign(p.policy, { portal: true, callLogAlerts: true, policePromotion: true });
      },
    });
  }, 240_000);

  it("actual crime falls", () => {
    for (const rows of [off, steady, callLogs, noPartnership, partnership]) {
      // Activity in year two is 0.6^1-2 of the first day's; thefts follow: a year-on-year
      // ratio of ~0.6 with a few hundred thefts a year, 0.8 cannot be reached by luck.
      expect(meanOf(rows, "actual_crime", YEAR, 2 * YEAR)).toBeLessThan(0.8 * meanOf(rows, "actual_crime", 0, YEAR));
      expect(meanOf(rows, "actual_crime_trend", YEAR, 2 * YEAR)).toBeLessThan(0);
    }
  });

  it("with the app, notifications, ads and alerts off, beliefs follow actual crime", () => {
    expect(meanOf(off, "posts_crime", 0, 2 * YEAR) + meanOf(off, "alert_reach", 0, 2 * YEAR)).toBe(0);
    expect(meanOf(off, "perceived_crime", YEAR, 2 * YEAR)).toBeLessThan(0.8 * meanOf(off, "perceived_crime", 0, YEAR));
    for (const share of secondYearQuarters(off, "share_believing_crime_rising")) expect(share).toBeLessThan(0.5);
  });

  it("a steady app feed does not keep the share believing crime is rising above one half", () => {
    expect(meanOf(steady, "perceived_crime_app_users", 0, 2 * YEAR)).toBeGreaterThan(0);
    for (const share of secondYearQuarters(steady, "share_believing_crime_rising")) expect(share).toBeLessThan(0.5);
  });

  it("a new stream of police posts in the feed raises the share believing crime is rising while crime falls", () => {
    const before = meanOf(callLogs, "posts_police", 0, YEAR);
    const after = meanOf(callLogs, "posts_police", YEAR, 2 * YEAR);
    expect(before).toBe(0);
    expect(after).toBeGreaterThan(0);
    // With the steady feed nobody believes crime is rising in year two; the new stream (about
    // doubling the feed) convinces a clear share of households for a while.
    const peak = Math.max(...secondYearQuarters(callLogs, "share_believing_crime_rising"));
    expect(peak).toBeGreaterThan(Math.max(...secondYearQuarters(steady, "share_believing_crime_rising")) + 0.1);
    // ...although actual crime fell over the same quarters as without the new posts.
    expect(meanOf(callLogs, "actual_crime", YEAR, 2 * YEAR)).toBeLessThan(meanOf(callLogs, "actual_crime", 0, YEAR));
    // The belief passes: once the memory has caught up with the new feed, the share falls again.
    expect(secondYearQuarters(callLogs, "share_believing_crime_rising")[3]).toBeLessThan(peak);
  });

  it("a partnership that grows the feed in year two raises the share believing crime is rising, but not above one half", () => {
    for (const key of ["posts_police_calllog", "posts_police_portal", "app_signups_promoted"]) {
      expect(meanOf(partnership, key, 0, YEAR), key).toBe(0);
      expect(meanOf(partnership, key, YEAR, 2 * YEAR), key).toBeGreaterThan(0);
    }
    expect(partnership.at(-1)!.camera_adoption).toBeGreaterThan(noPartnership.at(-1)!.camera_adoption);
    expect(meanOf(partnership, "actual_crime", YEAR, 2 * YEAR)).toBeLessThan(0.8 * meanOf(partnership, "actual_crime", 0, YEAR));
    // More posts reach more households while crime falls: the share believing it is rising
    // is higher than without the partnership in year two (seeds 1-4: +0.11 to +0.37 at the
    // quarterly peak)...
    const peak = Math.max(...secondYearQuarters(partnership, "share_believing_crime_rising"));
    expect(peak).toBeGreaterThan(Math.max(...secondYearQuarters(noPartnership, "share_believing_crime_rising")) + 0.1);
    // ...but stays below one half: with offender activity falling 40% a year the feed would have
    // to grow by ~80% a year for most households to feel a rise, and the households not on the
    // app, who hear only of losses, follow actual crime (sim/domain/README.md, "Perception").
    for (const share of secondYearQuarters(partnership, "share_believing_crime_rising")) expect(share).toBeLessThan(0.5);
  });

  it("a promotion campaign beyond the calibrated figures, growing the feed ~10-fold, keeps most believing crime is rising while it falls", () => {
    const rows = campaign.rows;
    // The feed reaching a household grows 8- to 13-fold from year one to year two (seeds 1-4:
    // 1.05 to 11.1, 0.93 to 8.8, 0.92 to 12.1, 1.45 to 11.9 items per household per 30 days),
    // far above the ~80% a year the update equations ask for against a 40% fall; cameras go
    // from ~20% of households to 68-76%.
    expect(feedPerHousehold(campaign, YEAR, 2 * YEAR)).toBeGreaterThan(5 * feedPerHousehold(campaign, 0, YEAR));
    expect(rows.at(-1)!.camera_adoption).toBeGreaterThan(2 * rows[WARMUP]!.camera_adoption);
    // Actual crime falls all the same: fewer thefts in year two than in year one, a falling trend.
    expect(meanOf(rows, "actual_crime", YEAR, 2 * YEAR)).toBeLessThan(meanOf(rows, "actual_crime", 0, YEAR));
    expect(meanOf(rows, "actual_crime_trend", YEAR, 2 * YEAR)).toBeLessThan(0);
    // In the third quarter of year two, as the campaign's newcomers to the feed pile up, more
    // than half believe crime is rising while its measured trend falls (seeds 1-4: 0.57, 0.59,
    // 0.74, 0.60; trend -3.0, -2.5, -1.0, -2.1 a year). Earlier quarters pass one half in some
    // seeds only (first 0.06-0.71, second 0.30-0.54); by the fourth most households' memory
    // has caught up with the new feed (0.04-0.70).
    const third = secondYearQuarters(rows, "share_believing_crime_rising")[2]!;
    expect(third).toBeGreaterThan(0.5);
    expect(meanOf(rows, "actual_crime_trend", YEAR + 2 * QUARTER, YEAR + 3 * QUARTER)).toBeLessThan(0);
  });
});

describe("beliefs in a steady town", () => {
  it("have settled by the end of the warm-up (spin-up check)", () => {
    // Arrests are switched off (no evidence reaches the threshold): an offender jailed mid-run
    // would change actual crime, not beliefs, and the check is about beliefs settling.
    const rows = run(
      { params: { thieves: BUSY, police: { arrestEvidenceThreshold: 20 }, residents: { adoptionPerYear: 0, appUserShare: 0.5 } } },
      240,
      16,
    );
    // Steady offender activity and exposures: perceived over actual crime in the first two
    // reported months is within 25% of that of months 7-8 (police posts only start in the
    // third week of a run; with a 14-day warm-up the first months were far below). The ratio,
    // not the level: the offenders themselves settle (learning, arrests) in the first months.
    const actualEarly = meanOf(rows, "actual_crime", 0, 60);
    const actualLate = meanOf(rows, "actual_crime", 180, 240);
    for (const key of ["perceived_crime", "perceived_crime_app_users"]) {
      const early = meanOf(rows, key, 0, 60) / actualEarly;
      const late = meanOf(rows, key, 180, 240) / actualLate;
      expect(Math.abs(early / late - 1), `${key} / actual_crime: ${early.toFixed(2)} early vs ${late.toFixed(2)} late`).toBeLessThan(0.25);
    }
  });

  it("with no offenders, perceived crime falls below the level with the default offenders", () => {
    const base = run({}, 180, 16);
    const none = run({ params: { thieves: { perThousandHouseholds: 0 } } }, 180, 16);
    expect(meanOf(base, "actual_crime", 0, 180)).toBeGreaterThan(0);
    expect(meanOf(none, "actual_crime", 0, 180)).toBe(0);
    // Only 'suspicious person' posts and notifications are left to see; with the start level
    // as an anchor (the old model) perceived crime could not fall below it.
    expect(meanOf(none, "perceived_crime", 90, 180)).toBeLessThan(0.5 * meanOf(base, "perceived_crime", 90, 180));
  });
});
