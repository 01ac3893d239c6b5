/**
 * Which domain events the map shows, where, and with what label. Frequent background
 * events (deliveries, collections, clips, officer time) and events without a place
 * (area-wide footage requests) are left out so the map stays readable; a bounded buffer
 * keeps at most the most recent ones between two snapshots.
 *
 * `MAP_EVENT_KINDS` is the one list of what the map can show; `MapEventKind`, the type of
 * `MapEvent.type`, derives from it, and the compiler holds `toMapEvent` to it both ways:
 * a case for a kind not in the list, or a listed kind with no case, fails to compile.
 */
import type { DomainEvent } from "./events.ts";

/**
 * Where porches are: the part of the world view the map's events need (a structural
 * slice, so this file and the contract in simulation-api.ts stay free of the world's types).
 */
export interface PorchPositions {
  porchX(house: number): number;
  porchY(house: number): number;
}

/** The domain event types the map shows, in the order its legend lists them. */
export const MAP_EVENT_KINDS = [
  "package-stolen",
  "theft-deterred",
  "theft-confronted",
  "theft-reported",
  "arrest-made",
  "bait-placed",
  "post-published",
  "alert-ad-shown",
  "live-stream-started",
  "camera-adopted",
] as const satisfies readonly DomainEvent["type"][];

/** A kind of event the map shows: one of `MAP_EVENT_KINDS`. */
export type MapEventKind = (typeof MAP_EVENT_KINDS)[number];

/** Something that just happened, drawn briefly on the map. */
export interface MapEvent {
  /** Simulated seconds. */
  time: number;
  /** Metres, as `MapLayout`. */
  x: number;
  y: number;
  /** The domain event's past-tense type. */
  type: MapEventKind;
  /** Words for the event log and the newest flashes, e.g. "sting arrest". */
  label: string;
}

/** A domain event the map shows. */
type ShownEvent = Extract<DomainEvent, { type: MapEventKind }>;

/** Events kept between two snapshots at most. */
export const MAP_EVENTS_MAX = 300; // matches "at most a few hundred" of MapState.events

/** The map event at house `house`'s porch, or null when the event has no house. */
function atPorch(e: ShownEvent, world: PorchPositions, house: number, label: string): MapEvent | null {
  return house < 0 ? null : { time: e.time, x: world.porchX(house), y: world.porchY(house), type: e.type, label };
}

/** What the default case receives: the compiler rejects it if a listed kind has no case. */
function notShown(_e: Exclude<DomainEvent, ShownEvent>): null {
  return null;
}

/**
 * The map event for a domain event, or null when the map does not show it. Called for
 * every event of a run, so the frequent types the map leaves out return before any work.
 */
export function toMapEvent(e: DomainEvent, world: PorchPositions): MapEvent | null {
  switch (e.type) {
    case "package-stolen":
      return atPorch(e, world, e.house, e.bait ? "bait package taken" : "package stolen");
    case "theft-deterred":
      return atPorch(e, world, e.house, `theft deterred (${e.reason})`);
    case "theft-confronted":
      return atPorch(e, world, e.house, "thief confronted");
    case "theft-reported":
      return atPorch(e, world, e.house, "theft reported");
    case "arrest-made":
      return atPorch(e, world, e.house, e.wrongful ? "wrongful arrest" : e.sting ? "sting arrest" : "arrest");
    case "post-published":
      return atPorch(e, world, e.house, e.kind === "crime" ? "crime post" : "'suspicious person' post");
    case "alert-ad-shown":
      return atPorch(e, world, e.house, `alert ad shown to ${e.reach} households`);
    case "bait-placed":
      return atPorch(e, world, e.house, "bait placed");
    case "camera-adopted":
      return atPorch(e, world, e.house, e.free ? "free camera installed" : "camera installed");
    case "live-stream-started":
      return atPorch(e, world, e.house, `911 live-stream (${e.cameras} cameras)`);
    default:
      return notShown(e);
  }
}

/** A bounded buffer of map events, drained by each snapshot. */
export function createMapEventBuffer(world: PorchPositions): { push(e: DomainEvent): void; drain(): MapEvent[] } {
  let buf: MapEvent[] = [];
  return {
    push(e) {
      const m = toMapEvent(e, world);
      if (!m) return;
      buf.push(m);
      if (buf.length > 2 * MAP_EVENTS_MAX) buf = buf.slice(-MAP_EVENTS_MAX);
    },
    drain() {
      const out = buf.length > MAP_EVENTS_MAX ? buf.slice(-MAP_EVENTS_MAX) : buf;
      buf = [];
      return out;
    },
  };
}
