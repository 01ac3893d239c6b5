/**
 * Scenario key `timeline:` — dated changes, e.g. a city ordinance that requires warrants
 * from day 120 on:
 *
 * ```yaml
 * timeline:
 *   - { day: 120, set: { policy.name: warrant-required } }
 *   - { day: 200, set: { policy.faceRecognition: false } }
 * ```
 *
 * `day` counts days after the warm-up (day 0 is the first reported day); each change is
 * applied at the start of that day, in the order written. A change is checked like
 * `--set`: the path must name a parameter that can change mid-run, and the scenario with
 * every change up to it applied must validate. Problems become diagnostics at the line
 * and column of the offending key or value.
 */
import { applyParamsChecked, type ParamValue } from "./apply-params.ts";
import type { Diagnostic } from "./diagnostic.ts";
import { messages } from "./messages.ts";
import { paramAt, paramPaths } from "./schema-walk.ts";
import { ScenarioSchema, type AnyScenarioSchema, type Scenario } from "./schema.ts";
import { closestName } from "./suggest.ts";
import type { Locator } from "./zod-issues.ts";

export { timelineSchema, type TimelineEntry } from "./timeline-schema.ts";

/**
 * Sections a timeline may not change: they build the world (streets, houses, routines,
 * cameras) and the run itself when it starts. Every other section, a registered part's
 * included, may change mid-run.
 */
export const FIXED_SECTIONS = ["run", "neighbourhood", "cameras"] as const;

/**
 * Parameters of the other sections that the mechanisms read once, when the run starts
 * (populations drawn, per-group rates and the face-recognition calibration worked out,
 * the cloud's retention set): a change mid-run would have no effect, so it is refused.
 */
export const FIXED_AT_START: readonly string[] = [
  "policy.retentionDays",
  "deliveries.stopsPerCourier",
  "thieves.perThousandHouseholds",
  "thieves.groupWeights",
  "thieves.concealFaceShare",
  "thieves.arrestMemoryDays",
  "residents.initialCameraShare",
  "residents.appUserShare",
  "residents.suspiciousPostProbability",
  "residents.suspiciousBias",
  "faceRecognition.groupFalseMatchMultiplier",
  "faceRecognition.matchThreshold",
  "faceRecognition.calibrationThreshold",
  "faceRecognition.falseMatchFactorPerTenthThreshold",
  "faceRecognition.missFactorPerTenthThreshold",
  "perception.priorLevel",
  "perception.priorShareRising",
  "perception.priorShareFalling",
  "perception.localRadiusM",
];

/** Where a problem of `timeline[index].set[param]` is reported. */
function setPath(index: number, param?: string): (string | number)[] {
  return param === undefined ? ["timeline", index, "set"] : ["timeline", index, "set", param];
}

/** The first of `params` whose path is a prefix of `issuePath` (the parameter that caused it). */
function causeOf(issuePath: string, params: readonly string[]): string | undefined {
  return (
    params.find((p) => issuePath === p || issuePath.startsWith(`${p}.`)) ??
    params.find((p) => p.startsWith("policy.") && issuePath.startsWith("policy."))
  );
}

/**
 * Checks every change of `scenario.timeline` (already valid in shape): days in order,
 * paths that exist and may change mid-run, values that fit once applied in turn.
 *
 * @example
 * checkTimeline(scenario, (path) => ({ file: "s.yaml", line: 1, column: 1 })); // [] when fine
 */
export function checkTimeline(scenario: Scenario, locate: Locator, schema: AnyScenarioSchema = ScenarioSchema): Diagnostic[] {
  const out: Diagnostic[] = [];
  const push = (code: string, message: string, path: (string | number)[], target: "key" | "value" = "value") =>
    out.push({ code, message, path, ...locate(path, target) });
  let state = scenario;
  let lastDay = 0;
  scenario.timeline.forEach((entry, i) => {
    if (entry.day < lastDay) push("timeline-order", messages.timelineOrder(entry.day, lastDay), ["timeline", i, "day"]);
    lastDay = Math.max(lastDay, entry.day);
    const params = Object.keys(entry.set);
    if (params.length === 0) push("out-of-range", messages.tooShort(entry.set, 1), setPath(i));
    let pathsOk = true;
    for (const param of params) {
      const problem = pathProblem(param, schema);
      if (problem) {
        push(problem.code, problem.message, setPath(i, param), "key");
        pathsOk = false;
      }
    }
    if (!pathsOk) return;
    const applied = applyParamsChecked(state, entry.set as Record<string, ParamValue>, schema);
    if (applied.ok) {
      state = applied.scenario;
      return;
    }
    for (const p of applied.problems) {
      const cause = causeOf(p.path, params);
      push(p.code, cause === undefined || cause === p.path ? p.message : `${p.path}: ${p.message}`, setPath(i, cause), "value");
    }
  });
  return out;
}

/** Why `param` cannot be changed by a timeline, or undefined when it can. */
function pathProblem(param: string, schema: AnyScenarioSchema): { code: string; message: string } | undefined {
  const info = paramAt(param.split("."), schema);
  if (info === undefined || param.startsWith("timeline")) {
    const known = paramPaths(schema).map((p) => p.path);
    return { code: "unknown-param", message: messages.unknownParam(param, closestName(param, known)) };
  }
  const section = param.split(".")[0];
  if ((FIXED_SECTIONS as readonly string[]).includes(section) || FIXED_AT_START.some((f) => param === f || param.startsWith(`${f}.`))) {
    return { code: "fixed-at-start", message: messages.fixedAtStart(param) };
  }
  return undefined;
}

/** A dated change as a run's manifest records it. */
export interface ScheduledChange {
  /** Day after the warm-up, as written. */
  day: number;
  /** Day of the run (warm-up included; the `day` column of daily.csv) at whose start it applies. */
  runDay: number;
  /** Whether the run reaches that day (a shorter `--days` may end before it). */
  applied: boolean;
  set: Record<string, string | number | boolean>;
}

/**
 * The timeline of `scenario` for a run of `totalDays` days (warm-up included).
 *
 * @example
 * changeSchedule(scenario, 194); // [{ day: 120, runDay: 134, applied: true, set: { "policy.name": "warrant-required" } }]
 */
export function changeSchedule(scenario: Scenario, totalDays: number): ScheduledChange[] {
  return scenario.timeline.map((c) => {
    const runDay = scenario.run.warmupDays + c.day;
    return { day: c.day, runDay, applied: runDay < totalDays, set: { ...c.set } };
  });
}
