import { describe, it, expect } from "vitest";
import { DataCollector, type MetricSpec } from "../../../sim/core/index.ts";
import type { DomainMetric } from "../../../sim/domain/parts.ts";
import {
  DISPARITIES,
  METRIC_DEFINITIONS,
  groupDisparity,
  metricCatalogue,
  ratio,
  summarise,
  toCsv,
  formatNumber,
} from "../../../sim/domain/metrics.ts";
import { disparityCounts } from "../../../sim/domain/submodels/summarise.ts";
import type { DailyRow } from "../../../sim/domain/simulation-api.ts";

const ISSUE_NAMES = [
  "packages_delivered",
  "packages_stolen",
  "packages_collected",
  "thefts_deterred",
  "thefts_on_camera",
  "thefts_reported",
  "arrests",
  "arrests_wrongful",
  "footage_requests_portal",
  "footage_requests_direct",
  "footage_requests_warrant",
  "footage_requests_emergency",
  "owners_asked",
  "clips_obtained",
  "clips_obtained_without_warrant",
  "clips_obtained_without_consent",
  "innocents_in_shared_footage",
  "clips_shared_other_agencies",
  "fr_searches",
  "fr_true_matches",
  "fr_false_matches",
  "posts_crime",
  "posts_suspicious",
  "posts_suspicious_innocent",
  "alert_ads_shown",
  "alert_reach",
  "alert_innocents_shown",
  "perceived_crime",
  "actual_crime",
  "camera_adoption",
  "sting_baits_placed",
  "sting_baits_taken",
  "sting_arrests",
  "sting_officer_hours",
];
const BY_GROUP = [
  "arrests",
  "arrests_wrongful",
  "innocents_in_shared_footage",
  "fr_searches",
  "fr_true_matches",
  "fr_false_matches",
  "posts_suspicious",
  "posts_suspicious_innocent",
  "alert_innocents_shown",
];
const GROUPS = ["a", "b", "c"];

/** The core's collector with the shipped parts' metrics, closing one row per `endDay()`. */
function recorder(groups: string[]) {
  const dc = new DataCollector<object, never, DomainMetric>({ metrics: METRIC_DEFINITIONS as MetricSpec<DomainMetric>[], groups, stepName: "day" });
  return Object.assign(dc, {
    catalogue: metricCatalogue(groups),
    endDay(): DailyRow {
      dc.collect({});
      return dc.row(dc.rowCount - 1);
    },
  });
}

describe("metricCatalogue", () => {
  const cat = metricCatalogue(GROUPS);
  const names = cat.map((m) => m.name);

  it("has every metric named in issue 5, documented, day first", () => {
    expect(names[0]).toBe("day");
    for (const n of ISSUE_NAMES) expect(names, n).toContain(n);
    for (const m of cat) {
      expect(m.unit.length, m.name).toBeGreaterThan(0);
      expect(m.description.length, m.name).toBeGreaterThan(20);
      expect(["count", "level"]).toContain(m.kind);
    }
    expect(new Set(names).size).toBe(names.length);
  });

  it("breaks the required metrics down by group, right after the total", () => {
    for (const n of BY_GROUP) {
      const i = names.indexOf(n);
      expect(names.slice(i + 1, i + 4)).toEqual(GROUPS.map((g) => `${n}__${g}`));
    }
  });

  it("makes levels of the states and counts of the events", () => {
    const kind = (n: string) => cat.find((m) => m.name === n)!.kind;
    expect(kind("perceived_crime")).toBe("level");
    expect(kind("actual_crime")).toBe("level");
    expect(kind("camera_adoption")).toBe("level");
    expect(kind("packages_stolen")).toBe("count");
    expect(kind("fr_false_matches__b")).toBe("count");
  });

  it("rejects group names that would break column names", () => {
    expect(() => metricCatalogue(["a", "a"])).toThrow(/twice/);
    expect(() => metricCatalogue(["a,b"])).toThrow(/group name/);
    expect(() => metricCatalogue(["x__y"])).toThrow(/group name/);
  });
});

describe("the daily metrics in the core collector", () => {
  it("increments totals and groups, then resets counts but keeps levels", () => {
    const rec = recorder(GROUPS);
    rec.inc("packages_delivered", 3);
    rec.inc("packages_delivered");
    rec.incGroup("arrests_wrongful", "b");
    rec.incGroup("arrests_wrongful", 2, 2);
    rec.set("camera_adoption", 0.25);
    rec.setGroup("households", "a", 700);
    const d0 = rec.endDay();
    expect(d0.day).toBe(0);
    expect(d0.packages_delivered).toBe(4);
    expect(d0.arrests_wrongful).toBe(3);
    expect(d0.arrests_wrongful__a).toBe(0);
    expect(d0.arrests_wrongful__b).toBe(1);
    expect(d0.arrests_wrongful__c).toBe(2);
    expect(d0.camera_adoption).toBe(0.25);
    expect(d0.households__a).toBe(700);
    expect(Object.keys(d0)).toEqual(rec.catalogue.map((m) => m.name));

    const d1 = rec.endDay();
    expect(d1.day).toBe(1);
    expect(d1.packages_delivered).toBe(0);
    expect(d1.arrests_wrongful__c).toBe(0);
    expect(d1.camera_adoption).toBe(0.25);
    expect(d1.households__a).toBe(700);
    expect(rec.rowCount).toBe(2);
    expect(Array.from(rec.column("packages_delivered"))).toEqual([4, 0]);
  });

  it("throws a helpful error on unknown names and groups", () => {
    const rec = recorder(GROUPS);
    // @ts-expect-error a misspelt metric name does not compile
    expect(() => rec.inc("packages_stole")).toThrow(/unknown metric "packages_stole"/);
    // @ts-expect-error the day column is not a metric
    expect(() => rec.set("day", 3)).toThrow(/unknown metric/);
    expect(() => rec.incGroup("packages_stolen", "a")).toThrow(/not broken down by group/);
    expect(() => rec.incGroup("arrests", "z")).toThrow(/unknown group/);
    expect(() => rec.incGroup("arrests", 3)).toThrow(/unknown group/);
  });
});

describe("summarise", () => {
  const cat = metricCatalogue(["a", "b"]);
  const rec = recorder(["a", "b"]);
  const rows: DailyRow[] = [];
  // Day 0: warm-up, must be ignored.
  rec.inc("fr_false_matches", 100);
  rec.set("perceived_crime", 1000);
  rows.push(rec.endDay());
  // Days 1 and 2.
  for (let d = 1; d <= 2; d++) {
    rec.setGroup("households", "a", 2000);
    rec.setGroup("households", "b", 1000);
    rec.incGroup("fr_searches", "a", 50);
    rec.incGroup("fr_searches", "b", 50);
    rec.incGroup("fr_false_matches", "a", 1);
    rec.incGroup("fr_false_matches", "b", 4);
    rec.incGroup("fr_true_matches", "a", 5);
    rec.incGroup("arrests", "a", 3);
    rec.incGroup("arrests_wrongful", "a", 1);
    rec.incGroup("arrests", "b", 2);
    rec.incGroup("arrests_wrongful", "b", 1);
    rec.inc("thefts_reported", 10);
    rec.inc("thefts_cleared", 1);
    rec.inc("police_officer_hours", 20);
    rec.inc("clips_obtained", 8);
    rec.inc("clips_obtained_without_warrant", 6);
    rec.set("perceived_crime", d === 1 ? 20 : 40);
    rec.set("actual_crime", 10);
    rows.push(rec.endDay());
  }
  const s = summarise(rows, cat, 1);

  it("sums counts and averages levels after warm-up", () => {
    expect(s.days_summarised).toBe(2);
    expect(s.fr_false_matches).toBe(10);
    expect(s.fr_false_matches__b).toBe(8);
    expect(s.perceived_crime).toBe(30);
    expect(s.households__a).toBe(2000);
    expect("day" in s).toBe(false);
  });

  it("derives the policy ratios", () => {
    expect(s.false_identifications_per_correct).toBeCloseTo(10 / 10);
    expect(s.wrongful_arrests_per_rightful).toBeCloseTo(4 / 6);
    expect(s.clearance_rate).toBeCloseTo(2 / 20);
    expect(s.officer_hours_per_cleared_theft).toBeCloseTo(40 / 2);
    expect(s.share_shared_without_warrant).toBeCloseTo(12 / 16);
    expect(s.perceived_to_actual_ratio).toBeCloseTo(3);
    expect(s.fr_false_match_rate__a).toBeCloseTo(2 / 100);
    expect(s.fr_false_match_rate__b).toBeCloseTo(8 / 100);
    expect(s.fr_false_match_disparity).toBeCloseTo(4);
    // 2 wrongful per 2,000 households vs 2 per 1,000.
    expect(s.wrongful_arrest_rate__a).toBeCloseTo(1);
    expect(s.wrongful_arrest_rate__b).toBeCloseTo(2);
    expect(s.wrongful_arrest_disparity).toBeCloseTo(2);
  });

  it("gives each disparity a Katz 95% interval around it", () => {
    // False matches 2/100 (a) vs 8/100 (b): ln(4) +- 1.96 sqrt(1/8 - 1/100 + 1/2 - 1/100).
    const half = 1.959964 * Math.sqrt(1 / 8 - 1 / 100 + 1 / 2 - 1 / 100);
    expect(s.fr_false_match_disparity_low).toBeCloseTo(4 * Math.exp(-half), 5);
    expect(s.fr_false_match_disparity_high).toBeCloseTo(4 * Math.exp(half), 5);
  });

  it("derives the sting cost per sting arrest, undefined without a sting arrest", () => {
    const r = recorder(["a"]);
    r.inc("sting_cost_usd", 900);
    r.inc("sting_arrests", 2);
    const d0 = r.endDay();
    r.inc("sting_cost_usd", 300);
    const d1 = r.endDay();
    const c = metricCatalogue(["a"]);
    expect(summarise([d0, d1], c, 0).sting_cost_per_arrest_usd).toBeCloseTo(1200 / 2);
    // No sting arrest: the cost per arrest is undefined, never the total or 0.
    expect(summarise([d1], c, 0).sting_cost_per_arrest_usd).toBeNull();
    expect(summarise([], c, 0).sting_cost_per_arrest_usd).toBeNull();
  });

  it("reports ratios with a zero denominator as null, never 0 or 1, and survives JSON", () => {
    const empty = summarise([], cat, 0);
    for (const [k, v] of Object.entries(empty)) expect(v === null || Number.isFinite(v), k).toBe(true);
    expect(empty.clearance_rate).toBeNull();
    expect(empty.officer_hours_per_cleared_theft).toBeNull();
    expect(empty.fr_false_match_disparity).toBeNull();
    expect(empty.fr_false_match_disparity_low).toBeNull();
    expect(empty.packages_stolen).toBe(0);
    expect(JSON.parse(JSON.stringify(s))).toEqual(s);
    expect(JSON.parse(JSON.stringify(empty))).toEqual(empty);
  });

  it("leaves a disparity undefined when a group has no events, and keeps the counts", () => {
    // Three wrongful arrests, all in group a: not 'no disparity' (1), but undefined.
    const r = recorder(GROUPS);
    r.incGroup("arrests_wrongful", "a", 3);
    for (const g of GROUPS) r.setGroup("households", g, 500);
    const one = summarise([r.endDay()], metricCatalogue(GROUPS), 0);
    expect(one.wrongful_arrest_disparity).toBeNull();
    expect(one.wrongful_arrest_disparity_high).toBeNull();
    expect(disparityCounts(one, DISPARITIES[1])).toEqual([
      { group: "a", events: 3, base: 500 },
      { group: "b", events: 0, base: 500 },
      { group: "c", events: 0, base: 500 },
    ]);
  });
});

describe("ratio and groupDisparity", () => {
  it("are null when undefined", () => {
    expect(ratio(6, 3)).toBe(2);
    expect(ratio(0, 0)).toBeNull();
    expect(ratio(5, 0)).toBeNull();
    expect(groupDisparity([10, 40], [100, 100])?.ratio).toBe(4);
    expect(groupDisparity([10, 10, 10], [100, 100, 100])?.ratio).toBe(1);
    expect(groupDisparity([0, 5], [100, 100])).toBeNull();
    expect(groupDisparity([3, 3], [100, 0])).toBeNull();
    expect(groupDisparity([0, 0], [100, 100])).toBeNull();
  });

  it("compare the highest group rate with the lowest, whatever their order", () => {
    const d = groupDisparity([40, 10, 20], [100, 100, 100]);
    expect(d?.ratio).toBe(4);
    expect(d!.low).toBeLessThan(4);
    expect(d!.high).toBeGreaterThan(4);
  });
});

describe("toCsv", () => {
  it("writes a header and one deterministic line per day", () => {
    const cat = metricCatalogue(["a"]);
    const rec = recorder(["a"]);
    rec.inc("packages_delivered", 7);
    rec.set("perceived_crime", 1 / 3);
    const rows = [rec.endDay(), rec.endDay()];
    const lines = toCsv(rows, cat).trimEnd().split("\n");
    expect(lines).toHaveLength(3);
    expect(lines[0].split(",")).toEqual(cat.map((m) => m.name));
    const first = lines[1].split(",");
    expect(first[0]).toBe("0");
    expect(first[cat.findIndex((m) => m.name === "packages_delivered")]).toBe("7");
    expect(first[cat.findIndex((m) => m.name === "perceived_crime")]).toBe("0.3333333333");
    expect(lines[2].split(",")[0]).toBe("1");
  });

  it("formats numbers without platform noise", () => {
    expect(formatNumber(0.1 + 0.2)).toBe("0.3");
    expect(formatNumber(-0)).toBe("0");
    expect(formatNumber(NaN)).toBe("");
    expect(formatNumber(1e-7)).toBe("1e-7");
  });
});
