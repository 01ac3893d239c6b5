/**
 * The analyst's event-level records of a run: one row per reported theft (`cases.csv`)
 * and one per arrest (`arrests.csv`), built from the police's case files and arrests and
 * labelled with the ground truth (`suspect_is_taker`, `rightful`) — which no actor reads.
 */
import type { ArrestRow, CaseRow, RunRecords } from "../simulation-api.ts";
import type { WorldView } from "./ports.ts";
import { DAY } from "./context.ts";
import { kindList } from "./evidence.ts";
import type { Police } from "./police.ts";

/**
 * The records of a run so far: reported cases in order of report, arrests in order.
 *
 * @example
 * const { cases, arrests } = runRecords(model.use(policePart), world);
 */
export function runRecords(
  police: Pick<Police, "cases" | "truth" | "arrests">,
  world: Pick<WorldView, "groups" | "houseGroup" | "personGroup">,
): RunRecords {
  const { cases: files, truth } = police;
  const cases: CaseRow[] = [];
  for (let id = 0; id < files.size; id++) {
    if (!files.reported(id)) continue;
    const suspect = files.suspect(id);
    cases.push({
      case_id: id,
      day_reported: Math.floor(files.openedAt(id) / DAY),
      household: files.house(id),
      victim_group: world.groups[world.houseGroup(files.house(id))],
      evidence: kindList(files.kinds(id)),
      suspect_person: suspect >= 0 ? suspect : null,
      suspect_group: suspect >= 0 ? world.groups[world.personGroup(suspect)] : null,
      suspect_is_taker: suspect >= 0 ? truth.takerOf(files.pkg(id)) === suspect : null,
      outcome: files.outcome(id),
      arrest_id: files.arrestId(id) >= 0 ? files.arrestId(id) : null,
    });
  }
  const arrests: ArrestRow[] = police.arrests.map((a) => ({
    arrest_id: a.id,
    day: Math.floor(a.time / DAY),
    person: a.person,
    group: world.groups[a.group],
    rightful: a.rightful,
    via: kindList(a.via),
    case_id: a.caseId,
  }));
  return { cases, arrests };
}
