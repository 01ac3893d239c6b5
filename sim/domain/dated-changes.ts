/**
 * The scenario's timeline at run time: at the start of each day, the changes dated that
 * day are applied to the live scenario the mechanisms read. Each change is validated
 * again (as `--set` is) and copied field by field into the sections the timeline may
 * change, so a mechanism holding a section object sees the new values the next time it
 * reads them.
 *
 * API: `createDatedChanges(live, schema?)` -> `{ startDay(runDay) }` (what a run applied is
 * `changeSchedule` of the scenario layer, recorded in manifest.json).
 */
import { applyParams, FIXED_SECTIONS, ScenarioSchema, type AnyScenarioSchema, type ParamValue, type Scenario } from "../scenario/index.ts";

/** Applies a scenario's dated changes to it as the run reaches them. */
export interface DatedChanges {
  /** Applies the changes dated `runDay` (a day of the run, warm-up included). */
  startDay(runDay: number): void;
}

/**
 * Dated changes of `live` (a scenario the run owns: it is changed in place).
 *
 * @example
 * const live = structuredClone(scenario);
 * const changes = createDatedChanges(live);
 * changes.startDay(live.run.warmupDays + 120); // live.policy.warrantRequired is now true
 */
export function createDatedChanges(live: Scenario, schema: AnyScenarioSchema = ScenarioSchema): DatedChanges {
  const pending = [...live.timeline].sort((a, b) => a.day - b.day);
  let next = 0;
  return {
    startDay(runDay) {
      while (next < pending.length && live.run.warmupDays + pending[next].day <= runDay) {
        const entry = pending[next++];
        const changed = applyParams(live, entry.set as Record<string, ParamValue>, schema) as Record<string, unknown>;
        const target = live as unknown as Record<string, unknown>;
        for (const section of Object.keys(entry.set).map((path) => path.split(".")[0])) {
          if ((FIXED_SECTIONS as readonly string[]).includes(section)) continue;
          Object.assign(target[section] as object, changed[section]);
        }
      }
    },
  };
}
