/**
 * The contract between the surveillance model and everything that drives it (the
 * engine in workers/, the CLI, the dashboard). The model implements `Simulation`;
 * hosts only ever see these types. Everything here is plain, structured-clone-able data
 * so that it crosses a Worker boundary unchanged.
 */
import type { MapEvent } from "./model/map-events.ts";

/** One row of daily metrics: metric name -> value for that simulated day. */
export type DailyRow = Record<string, number>;
/**
 * The summary of a run (summary.json): metric totals and averages, and derived ratios;
 * a ratio that is undefined (zero denominator, or no events in a group a disparity
 * compares) is null.
 */
export type Summary = Record<string, number | null>;

/** What a metric means. The list of these is the documentation of daily.csv columns. */
export interface MetricInfo {
  name: string;
  unit: string;
  description: string;
  /** "count": summed over the run in the summary; "level": averaged over the run. */
  kind: "count" | "level";
  /** A short label for dashboards ("Packages stolen"; by-group columns end in ", group <g>"); set on every column of the model's catalogue. */
  label?: string;
}

/** The static picture of the neighbourhood, sent once, for the map. Metres, origin top-left. */
export interface MapLayout {
  width: number;
  height: number;
  /** Street segments as [x1, y1, x2, y2] quadruples. */
  streets: Float32Array;
  /** Porch positions as [x, y] pairs, one per household (index = household id). */
  houses: Float32Array;
  /** Demographic group index per household; names in `groups`. */
  houseGroup: Uint8Array;
  groups: string[];
}

/** A camera as the map draws it. */
export interface CameraView {
  x: number;
  y: number;
  /** Radians, 0 = +x, counter-clockwise. */
  heading: number;
  /** Full horizontal field of view, radians. */
  fov: number;
  /** Metres. */
  range: number;
  kind: "doorbell" | "street";
  visible: boolean;
}

/** A person as the map draws it. */
export type PersonKind = "resident" | "visitor" | "courier" | "thief" | "police";

/** Something that just happened, drawn briefly on the map; its `type` is a `MapEventKind`. */
export type { MapEvent, MapEventKind } from "./model/map-events.ts";

/** The moving picture: what the map needs at one moment. */
export interface MapState {
  time: number;
  day: number;
  cameras: CameraView[];
  /** People on the move: [x, y] pairs and a kind per person. */
  peoplePos: Float32Array;
  peopleKind: PersonKind[];
  /** Households with a package waiting on the porch. */
  packagesWaiting: Uint32Array;
  /** Households with a bait package on the porch. */
  baits: Uint32Array;
  /** Events since the previous snapshot (at most a few hundred). */
  events: MapEvent[];
}

/** One reported theft, as `cases.csv` lists it (null: an empty field). */
export interface CaseRow {
  case_id: number;
  /** Day of the run (warm-up included, as daily.csv's `day`) the victim reported the theft. */
  day_reported: number;
  household: number;
  victim_group: string;
  /** The kinds of evidence police held, `;`-joined: clip, witness, tracker, fr_candidate, goods, other. */
  evidence: string;
  /** The person the evidence points at most (the arrested person once cleared). */
  suspect_person: number | null;
  suspect_group: string | null;
  /** Ground truth, for the analyst only: the suspect took the parcel. */
  suspect_is_taker: boolean | null;
  /** cleared (by an arrest), shelved (never investigated), open (investigated, not cleared). */
  outcome: "cleared" | "shelved" | "open";
  arrest_id: number | null;
}

/** One arrest, as `arrests.csv` lists it. */
export interface ArrestRow {
  arrest_id: number;
  day: number;
  person: number;
  group: string;
  /** Ground truth, for the analyst only: the person took the parcel of the case the arrest was made for. */
  rightful: boolean;
  /** The kinds of evidence against the person that led to the arrest, `;`-joined. */
  via: string;
  /** The case the arrest was made for (a bait case of a sting is not in cases.csv). */
  case_id: number;
}

/** The event-level records of a run: reported thefts and arrests. */
export interface RunRecords {
  cases: CaseRow[];
  arrests: ArrestRow[];
}

/** A running simulation of one scenario with one seed. */
export interface Simulation {
  readonly seed: number;
  /** Days completed so far (mid-day, the day in progress is `day`, i.e. `floor(time / 86400)`). */
  readonly day: number;
  /** Length of the run in days (warm-up included). */
  readonly totalDays: number;
  /** Simulated seconds since the start (t = 0 is midnight starting day 0, a Monday). */
  readonly time: number;
  /** Advance one simulated day and return that day's metrics; the same as `advanceTo((day + 1) * 86400)[0]`. */
  stepDay(): DailyRow;
  /**
   * Run the model up to simulated second `time` (clamped to the end of the run; a time at or
   * before `time` does nothing) and return the rows of the days completed on the way, in
   * order (empty when still inside a day). However a run is cut into `advanceTo` calls,
   * the rows and the summary are byte-identical; `snapshot()` between calls shows the
   * moment reached.
   */
  advanceTo(time: number): DailyRow[];
  isDone(): boolean;
  /** Names, units and meaning of every daily column, in column order. */
  metrics(): MetricInfo[];
  /** Every daily row so far. */
  daily(): DailyRow[];
  /** Totals (counts) and means (levels) over the days after warm-up, plus derived ratios. */
  summary(): Summary;
  /** Every reported theft and every arrest so far, warm-up included (empty for a model without police). */
  records(): RunRecords;
  layout(): MapLayout;
  snapshot(): MapState;
}
