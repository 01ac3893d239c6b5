/**
 * Which domain events the map shows, where, and with what label. Frequent background
 * events (deliveries, collections, clips, officer time) are left out so the map stays
 * readable; a bounded buffer keeps at most the most recent ones between two snapshots.
 */
import type { MapEvent } from "../simulation-api.ts";
import type { DomainEvent } from "./events.ts";
import type { WorldView } from "./ports.ts";

/** Events kept between two snapshots at most. */
export const MAP_EVENTS_MAX = 300; // matches "at most a few hundred" of MapState.events

/** The map event at house `house`'s porch, or null when the event has no house. */
function atPorch(e: DomainEvent, world: WorldView, house: number, label: string): MapEvent | null {
  return house < 0 ? null : { time: e.time, x: world.porchX(house), y: world.porchY(house), type: e.type, label };
}

/**
 * The map event for a domain event, or null when the map does not show it. Called for
 * every event of a run, so the frequent types the map leaves out return before any work.
 */
export function toMapEvent(e: DomainEvent, world: WorldView): MapEvent | null {
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
      return null;
  }
}

/** A bounded buffer of map events, drained by each snapshot. */
export function createMapEventBuffer(world: WorldView): { push(e: DomainEvent): void; drain(): MapEvent[] } {
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
