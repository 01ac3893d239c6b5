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
 *   `Trip.vehicle` and `Trip.edge` (street segment or -1) per piece, `porchArrival`/`porchDeparture`; `tripStart`, `tripEnd`,
 *   `positionAt(trip, t, out)`; `planTripArrivingBy(nb, req, arrive)`; `offsetTrip(trip, lateralM)`
 *   (the trip moved sideways off the centre line, pieces off the street: a crowd across a street); `streetRouter(nb)`
 *   for cached shortest-path trees. These plan with `tripPlannerOf(nb)`, the neighbourhood's
 *   own planner; `new TripPlanner(nb)` makes a separate one (`plan`, `planArrivingBy`,
 *   `planInto`, `planPlacesInto`) holding every buffer planning writes: a world owns one.
 * - `createCameraSystem(p, nb, rng, { retentionDays, onEvent }) -> CameraSystem`:
 *   `install(house, { kind?, visible?, cloud? })`, `installAt(x, y, heading, opts)`, `remove`,
 *   `cameraAt(house)`, `count`, `isActive`, `isVisible`, `cameraHouse`, `views()`,
 *   `observe(personId, trip, { concealedFace, countInView? })`, `observePlanned(personId, arena, i, opts)`
 *   (the same for trip i of a `TripArena`, no Trip object made) (returns frames in view; with
 *   `countInView: false` only those of cameras the trip may trigger — the others find the trip
 *   in a log when one of their clips closes and evaluate its frames then), `advanceTo(t)`
 *   (emits `CameraEvent`s up to t in time order: `clip-recorded`, `notification-sent`,
 *   `clip-uploaded`, `clip-expired`), `nextEventTime()`, `clipsInWindow(cameraId, t0, t1)`
 *   (stored clips), `markShared(clipId)`, `getClip(clipId)`, `usableFaceQuality`,
 *   `framesEvaluated`, `clipCount`. Rule: observe a trip no earlier than the last advanceTo
 *   before its start (observing it when it starts is always right).
 * - `createTraffic(p, nb, routines, people, rng, { cameras?, active?, onTrip? }) -> Traffic`:
 *   registers residents (`residentPerson[member]`) and an outsider pool (`outsiders`);
 *   `planDay(day)`, `scheduleDay(day, scheduler)` (each trip starts at its departure:
 *   cameras observe it, `active` gets it, `onTrip` is called), `start(plannedTrip)`. A day is
 *   planned at midnight into a `TripArena` (compact typed arrays) and stored in order of
 *   departure; without `onTrip`, trips never become Trip objects (cameras and the active
 *   list read the arena).
 * - `TripArena`: `append`, `trip(i)` (a Trip as views), `start(i)`, `end(i)`, `positionAt(i, t, out)`,
 *   `inOrder(order)` (a copy with the trips in another order), `clear()`;
 *   `planTripInto(nb, req, arena, arriveBy?)` plans into one (bit for bit as planTrip / planTripArrivingBy).
 * - `createActiveTrips({ clock? }) -> ActiveTrips`: `add(personId, kind, trip)` (at departure,
 *   or any time when a `clock` says what "now" is), `addPlanned(personId, kind, arena, i)`,
 *   `snapshot(t)` -> `{ peoplePos, peopleKind, personIds }` for `MapState`.
 * - `createWorld({ neighbourhood, cameras, policy }, rng, { onCameraEvent, onTrip? }) -> World`
 *   (`nb`, `planner`, `routines`, `people`, `cameras`, `traffic`, `active`): all of the above wired,
 *   on streams "neighbourhood", "routines", "cameras", "traffic".
 */
export { createNeighbourhood, type Neighbourhood } from "./neighbourhood.ts";
export { createGroupMix, type GroupMix } from "./group-mix.ts";
export { createPointIndex, type PointIndex } from "./point-index.ts";
export { createPeople, PERSON_KINDS, type People } from "./people.ts";
export { createRoutines, isWeekday, DAY, type Routines, type RoutineDay, type ResidentTrip } from "./routines.ts";
export {
  planTrip,
  planTripArrivingBy,
  planTripInto,
  tripStart,
  tripEnd,
  tripVertexCount,
  positionAt,
  tripPlannerOf,
  TripPlanner,
  type Trip,
  type TripRequest,
  type Place,
  type TravelMode,
} from "./movement.ts";
export { streetRouter, type StreetRouter, type PathTree } from "./street-router.ts";
export { TripArena } from "./trip-arena.ts";
export { offsetTrip } from "./trip-offset.ts";
export * from "./cameras/index.ts";
export { createTraffic, type Traffic, type TrafficOptions, type PlannedTrip } from "./traffic.ts";
export { createActiveTrips, type ActiveTrips, type MovingPeople } from "./active-trips.ts";
export { createWorld, type World, type WorldScenario } from "./world.ts";
