/**
 * Cases and evidence (sim/domain/model/cases.ts, evidence.ts, investigation.ts,
 * theft-witnesses.ts): police arrest on the weight of evidence, an arrest clears only the
 * cases whose evidence points at the arrested person, and every link can be wrong —
 * wrongful arrests and wrong clearances follow from wrong evidence.
 */
import { describe, expect, it } from "vitest";
import { alertAdsPart } from "../../../sim/domain/model/alert-ads.ts";
import { runRecords } from "../../../sim/domain/model/case-records.ts";
import { createCaseFiles } from "../../../sim/domain/model/cases.ts";
import { EVIDENCE_KINDS, kindBit, kindList } from "../../../sim/domain/model/evidence.ts";
import { policePart } from "../../../sim/domain/model/police.ts";
import { thievesPart } from "../../../sim/domain/model/thieves.ts";
import { type HarnessOptions, runHarness, total } from "./harness.ts";

const busyThieves = { perThousandHouseholds: 40, activeDaysPerWeek: 4, prowlsPerActiveDay: 4 };
const eagerPolice = { investigateProbability: 1, officerHoursPerDayPer1000Households: 100 };

describe("case files", () => {
  it("add up the evidence against each person, list the cases naming a person, and keep the outcome", () => {
    const cases = createCaseFiles();
    const a = cases.open(3, 30, true, 100);
    const b = cases.open(4, 40, true, 200);
    cases.add(a, "clip", -1, 0); // footage that names nobody: a kind held, no weight
    cases.add(a, "clip", 7, 1);
    cases.add(a, "fr_candidate", 7, 1);
    cases.add(a, "witness", 8, 1);
    cases.add(b, "other", 7, 0.5);
    expect(kindList(cases.kinds(a))).toBe("clip;witness;fr_candidate");
    expect(cases.weightAgainst(a, 7)).toBe(2);
    expect(cases.weightOf(a, 7, "clip")).toBe(1);
    expect(cases.suspect(a)).toBe(7);
    expect(cases.naming(7)).toEqual([a, b]);
    expect(cases.naming(9)).toEqual([]);
    expect(cases.caseOfPackage(40)).toBe(b);
    cases.shelve(b);
    expect(cases.outcome(b)).toBe("shelved");
    cases.clear(b, 0, 8);
    expect([cases.outcome(b), cases.arrestId(b), cases.suspect(b)]).toEqual(["cleared", 0, 8]);
    expect(() => cases.house(5)).toThrow(/no case 5/);
  });

  it("list kinds in the order of cases.csv", () => {
    expect(kindList(EVIDENCE_KINDS.reduce((m, k) => m | kindBit(k), 0))).toBe("clip;witness;tracker;fr_candidate;goods;other");
    expect(kindList(0)).toBe("");
  });
});

/** A town without cameras: the only evidence is what witnesses say, and one witness is enough to arrest. */
function witnessOnly(witnessMistakeProbability: number, witnessProbability = 1): HarnessOptions {
  return {
    days: 42,
    world: { cameraShare: 0 },
    params: {
      thieves: { ...busyThieves, confessionProbability: 0 },
      residents: { reportProbability: 1, initialCameraShare: 0 },
      police: {
        ...eagerPolice,
        witnessProbability,
        witnessMistakeProbability,
        tipProbability: 0,
        arrestEvidenceThreshold: 1,
        goodsFoundProbability: 0,
      },
    },
  };
}

describe("wrong evidence, wrong arrests", () => {
  it("a witness who names the wrong person leads to a wrongful arrest and a wrong clearance; a right one does not", () => {
    const right = runHarness(witnessOnly(0));
    expect(total(right.rows, "arrests")).toBeGreaterThan(5);
    expect(total(right.rows, "arrests_wrongful")).toBe(0);
    expect(total(right.rows, "thefts_cleared_wrongly")).toBe(0);
    const wrong = runHarness(witnessOnly(1));
    expect(total(wrong.rows, "arrests")).toBeGreaterThan(5);
    expect(total(wrong.rows, "arrests_wrongful")).toBe(total(wrong.rows, "arrests"));
    expect(total(wrong.rows, "thefts_cleared_wrongly")).toBe(total(wrong.rows, "thefts_cleared"));
  });

  it("a track that ends at someone other than the taker is a wrongful sting arrest", () => {
    const sting = (trackerWrongPersonProbability: number) =>
      runHarness({
        days: 30,
        world: { cameraShare: 0.6 },
        params: {
          thieves: busyThieves,
          residents: { initialCameraShare: 0.6 },
          sting: {
            enabled: true,
            startDay: 0,
            durationDays: 30,
            trackers: 25,
            trackerReliability: 1,
            trackArrestProbability: 1,
            trackerWrongPersonProbability,
          },
        },
      }).events.filter((e) => e.type === "arrest-made" && e.sting);
    const right = sting(0);
    const wrong = sting(1);
    expect(right.length).toBeGreaterThan(3);
    expect(right.every((e) => e.type === "arrest-made" && !e.wrongful)).toBe(true);
    expect(wrong.length).toBeGreaterThan(3);
    expect(wrong.every((e) => e.type === "arrest-made" && e.wrongful)).toBe(true);
  });
});

describe("an arrest clears the cases its evidence links", () => {
  it("a confession clears the offender's other reported thefts; without goods or confession each arrest clears its own case", () => {
    // Few witnesses: offenders steal several times before one names them.
    const run = (confessionProbability: number) =>
      runHarness({
        ...witnessOnly(0, 0.2),
        params: { ...witnessOnly(0, 0.2).params, thieves: { ...busyThieves, confessionProbability } },
      });
    const silent = run(0);
    const confessing = run(1);
    const perArrest = (r: ReturnType<typeof run>) => total(r.rows, "thefts_cleared") / total(r.rows, "arrests");
    expect(perArrest(silent)).toBeLessThanOrEqual(1);
    expect(perArrest(confessing)).toBeGreaterThan(1.2 * perArrest(silent));
    const { cases, arrests } = runRecords(confessing.model.use(policePart), confessing.world);
    const linked = cases.filter((c) => c.outcome === "cleared" && arrests[c.arrest_id!].case_id !== c.case_id);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.every((c) => c.evidence.split(";").includes("goods"))).toBe(true);
  });

  it("cases.csv: one row per reported theft; thefts_cleared is the number of cleared rows; suspect_is_taker matches the arrest", () => {
    const r = runHarness({
      days: 42,
      policy: "full-partnership",
      world: { cameraShare: 0.5, passersPerDay: 200 },
      params: {
        thieves: { ...busyThieves, concealFaceShare: 0.3 },
        residents: { reportProbability: 0.8, requestShareProbability: 0.5, victimShareProbability: 1, initialCameraShare: 0.5 },
        police: { ...eagerPolice, investigateProbability: 0.7, witnessProbability: 0.3, tipProbability: 0.2 },
      },
    });
    const { cases, arrests } = runRecords(r.model.use(policePart), r.world);
    expect(cases).toHaveLength(total(r.rows, "thefts_reported"));
    const cleared = cases.filter((c) => c.outcome === "cleared");
    expect(cleared.length).toBeGreaterThan(5);
    expect(cleared).toHaveLength(total(r.rows, "thefts_cleared"));
    expect(cleared.filter((c) => !c.suspect_is_taker)).toHaveLength(total(r.rows, "thefts_cleared_wrongly"));
    expect(arrests).toHaveLength(total(r.rows, "arrests"));
    expect(arrests.filter((a) => !a.rightful)).toHaveLength(total(r.rows, "arrests_wrongful"));
    for (const c of cleared) {
      const a = arrests[c.arrest_id!];
      expect(a.person).toBe(c.suspect_person);
      if (a.case_id === c.case_id) expect(a.rightful).toBe(c.suspect_is_taker);
    }
    expect(new Set(cases.map((c) => c.outcome))).toEqual(new Set(["cleared", "open", "shelved"]));
  });
});

describe("vetting and thieves decide from what they can observe", () => {
  it("ad vetting passes what police records support and rejects the rest, whoever the person is", () => {
    const r = runHarness({
      days: 1,
      policy: "community-alert-ads",
      switches: { alertVetting: true },
      params: { alerts: { adConversionProbability: 1, vettingFalsePassProbability: 0, vettingFalseRejectProbability: 0 } },
    });
    const ads = r.model.use(alertAdsPart);
    const shown: boolean[] = [];
    r.model.bus.on("alert-ad-shown", () => shown.push(true));
    r.model.bus.on("alert-ad-rejected", () => shown.push(false));
    ads.connect({ supports: () => false });
    ads.consider(5, 0, false); // a real offender, but nothing on record: rejected
    ads.connect({ supports: () => true });
    ads.consider(5, 0, true); // an innocent person, but a theft on record: shown
    expect(shown).toEqual([false, true]);
  });

  it("thieves do not learn from cameras they could not see", () => {
    const run = (visible: boolean) =>
      runHarness({
        days: 28,
        world: { cameraShare: 1 },
        wrapWorld: (w) => ({ ...w, cameraVisible: () => visible }),
        params: {
          thieves: { ...busyThieves, learningRate: 0.5, cameraNoticeProbability: 1 },
          residents: { initialCameraShare: 1 },
          police: { officerHoursPerDayPer1000Households: 0 },
        },
      }).model.use(thievesPart).list;
    const hidden = run(false);
    expect(hidden.some((t) => t.thefts > 0)).toBe(true);
    expect(hidden.every((t) => t.cameraRisk === 0.5)).toBe(true);
    const seen = run(true).filter((t) => t.thefts > 0);
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((t) => t.cameraRisk < 0.5)).toBe(true);
  });
});
