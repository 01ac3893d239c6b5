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

/** The map event for a domain event, or null when the map does not show it. */
export function toMapEvent(e: DomainEvent, world: WorldView): MapEvent | null {
  const at = (house: number, label: string): MapEvent | null =>
    house < 0 ? null : { time: e.time, x: world.porchX(house), y: world.porchY(house), type: e.type, label };
  switch (e.type) {
    case "package-stolen":
      return at(e.house, e.bait ? "bait package taken" : "package stolen");
    case "theft-deterred":
      return at(e.house, `theft deterred (${e.reason})`);
    case "theft-confronted":
      return at(e.house, "thief confronted");
    case "theft-reported":
      return at(e.house, "theft reported");
    case "arrest-made":
      return at(e.house, e.wrongful ? "wrongful arrest" : e.sting ? "sting arrest" : "arrest");
    case "post-published":
      return at(e.house, e.kind === "crime" ? "crime post" : "'suspicious person' post");
    case "alert-ad-shown":
      return at(e.house, `alert ad shown to ${e.reach} households`);
    case "footage-requested":
      return null;
    case "bait-placed":
      return at(e.house, "bait placed");
    case "camera-adopted":
      return at(e.house, e.free ? "free camera installed" : "camera installed");
    case "live-stream-started":
      return at(e.house, `911 live-stream (${e.cameras} cameras)`);
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
