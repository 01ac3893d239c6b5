/**
 * sim/domain/world — the physical world the surveillance model runs in. Re-exports only.
 *
 * API summary (stable; additions only):
 * - `createNeighbourhood(p, rng) -> Neighbourhood`: street graph (`graph`, core NetworkSpace,
 *   metres), `width`/`height`, `householdCount`, `groups`/`groupShares`/`houseGroup`, porch
 *   `houseX/houseY`, street point in front `houseStreetX/houseStreetY`, `houseEdge` +
 *   `houseEdgeOffset` (m from the edge's start node), `houseFacing` (radians, porch -> street),
 *   `edgeA/edgeB/edgeLength`, `edgeNodesOfMap` (entry intersections), `housesNear(x, y, r)`,
 *   `streetSegments()`. Streets come from `layoutSeed`, groups from `rng`.
 * - `createRoutines(p, nb, rng) -> Routines`: members per house (`houseMemberStart`,
 *   `memberHouse`, `memberCommuter`), `day(d)` (away interval per member, empty interval per
 *   house), `isHome(house, t)`, `nextHomeAt(house, t)`, `residentsTrips(day)`; `isWeekday`, `DAY`.
 * - `createPeople() -> People`: `add(kind, group, home) -> personId`, `kind`, `kindCode`,
 *   `group`, `home`, `count`.
 * - `planTrip(nb, { from, to, mode, depart, porchApproach?, dwell?, speed? }) -> Trip`
 *   (`from`/`to`: `{ house, street? }` or `{ node }`); `Trip.path` = (t, x, y) vertices,
 *   `Trip.vehicle` per piece, `porchArrival`/`porchDeparture`; `tripStart`, `tripEnd`,
 *   `positionAt(trip, t, out)`; `streetRouter(nb)` for cached shortest-path trees.
 */
export { createNeighbourhood, type Neighbourhood } from "./neighbourhood.ts";
export { createGroupMix, type GroupMix } from "./group-mix.ts";
export { createPointIndex, type PointIndex } from "./point-index.ts";
export { createPeople, PERSON_KINDS, type People } from "./people.ts";
export { createRoutines, isWeekday, DAY, type Routines, type RoutineDay, type ResidentTrip } from "./routines.ts";
export {
  planTrip,
  tripStart,
  tripEnd,
  tripVertexCount,
  positionAt,
  type Trip,
  type TripRequest,
  type Place,
  type TravelMode,
} from "./movement.ts";
export { streetRouter, type StreetRouter, type PathTree } from "./street-router.ts";
