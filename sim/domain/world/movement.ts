/**
 * Movement: a trip is a piecewise-linear path in time, computed once when it starts —
 * no per-second stepping. People follow shortest paths along street segments at the
 * speed of their mode, and walk between the street and a porch (set-back) on foot, with
 * an optional dwell at the porch (a courier's drop, a visitor at the door).
 */
import type { Neighbourhood } from "./neighbourhood.ts";
import { streetRouter, type StreetRouter } from "./street-router.ts";
import type { TripArena } from "./trip-arena.ts";

/** How a person travels along streets. */
export type TravelMode = "walk" | "drive";

/** A place a trip starts or ends at: a household's porch (or the street in front of it), or an intersection. */
export type Place = { house: number; street?: boolean } | { node: number };

/** What to plan. */
export interface TripRequest {
  from: Place;
  to: Place;
  mode: TravelMode;
  /** Departure time (s). */
  depart: number;
  /**
   * When `to` is a house: walk from the street to its porch, wait `dwell` seconds, and
   * walk back to the street (the trip ends on the street). Otherwise the trip ends at
   * the porch (or the street point when `to.street`).
   */
  porchApproach?: boolean;
  /** Seconds spent standing at the destination porch (with `porchApproach`, or at the end). */
  dwell?: number;
  /** Overrides the mode's street speed (m/s). */
  speed?: number;
}

/**
 * A planned trip. `path` holds (t, x, y) vertices; between two vertices the person moves
 * in a straight line at constant speed. `vehicle[i]` is 1 when piece i (vertex i to i+1)
 * is driven (the person is inside a car), 0 on foot.
 */
export interface Trip {
  readonly mode: TravelMode;
  readonly path: Float64Array;
  readonly vehicle: Uint8Array;
  /**
   * Street segment (graph edge) piece i runs along, or -1 off the street (porch legs,
   * waiting). Optional so hand-made trips work; cameras use it to find candidates fast.
   */
  readonly edge?: Int32Array;
  /** Metres travelled. */
  readonly length: number;
  /** Time of arrival at the destination porch, NaN when the trip never reaches one. */
  readonly porchArrival: number;
  /** Time of leaving the destination porch (after the dwell), NaN when none. */
  readonly porchDeparture: number;
}

/** Departure time of a trip. */
export function tripStart(trip: Trip): number {
  return trip.path[0];
}

/** Arrival time of a trip (last vertex). */
export function tripEnd(trip: Trip): number {
  return trip.path[trip.path.length - 3];
}

/** Number of vertices of a trip. */
export function tripVertexCount(trip: Trip): number {
  return trip.path.length / 3;
}

/**
 * Position at time t (clamped to the trip's start and end), written into out[0], out[1].
 *
 * @example
 * ```ts
 * const xy = new Float64Array(2);
 * positionAt(trip, scheduler.now, xy);
 * ```
 */
export function positionAt(trip: Trip, t: number, out: { [i: number]: number }): void {
  positionOnPath(trip.path, 0, trip.path.length / 3, t, out);
}

/** `positionAt` on n (t, x, y) vertices stored in p from index o on (a trip inside a larger buffer). */
export function positionOnPath(p: Float64Array, o: number, n: number, t: number, out: { [i: number]: number }): void {
  if (t <= p[o]) {
    out[0] = p[o + 1];
    out[1] = p[o + 2];
    return;
  }
  const last = o + 3 * (n - 1);
  if (t >= p[last]) {
    out[0] = p[last + 1];
    out[1] = p[last + 2];
    return;
  }
  let lo = 0;
  let hi = n - 1; // p[o+3*lo] <= t < p[o+3*hi]
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1;
    if (p[o + 3 * mid] <= t) lo = mid;
    else hi = mid;
  }
  const a = o + 3 * lo;
  const b = o + 3 * hi;
  const t0 = p[a];
  const t1 = p[b];
  const f = t1 > t0 ? (t - t0) / (t1 - t0) : 0;
  out[0] = p[a + 1] + f * (p[b + 1] - p[a + 1]);
  out[1] = p[a + 2] + f * (p[b + 2] - p[a + 2]);
}

/**
 * Trips' arrays are views on slabs of this many bytes (a slab is freed once none of its
 * trips is referenced), so planning allocates no buffer per trip.
 */
const SLAB_BYTES = 1 << 16;
let slab = new ArrayBuffer(SLAB_BYTES);
let slabUsed = 0;

// Scratch buffers shared by every plan (planning is single-threaded and not re-entrant),
// sized by `useNeighbourhood` for the longest possible trip, so appends need no checks.
let scratchVerts = new Float64Array(0);
let scratchFlags = new Uint8Array(0);
let scratchEdges = new Int32Array(0);
/**
 * Where the trip being planned is written: the scratch buffers from vertex 0, or an
 * arena's buffers from vertex `vo` on (planned in place, see `planPlacesInto`).
 */
let verts: Float64Array = scratchVerts;
let flags: Uint8Array = scratchFlags;
let edges: Int32Array = scratchEdges;
let vo = 0;
let nodesBuf = new Int32Array(0);
let edgesBuf = new Int32Array(0);
/**
 * Bound on a trip's vertices besides one per node of its street path (at most the node
 * count: shortest paths are simple): start, porch to street, end leg to the street point,
 * porch, dwell, back to the street (6), with room to spare.
 */
const MAX_EXTRA_VERTICES = 8;
let nv = 0;
/**
 * The planner's running state: current point, time, metres travelled, porch times. In a
 * typed array because a module-level `let` holding a double is boxed: every assignment
 * would allocate a number on the heap (several per vertex), which drove the GC.
 */
const state = new Float64Array(6);
const CX = 0;
const CY = 1;
const CT = 2;
const TRAVELLED = 3;
const PORCH_ARRIVAL = 4;
const PORCH_DEPARTURE = 5;

function pushVertex(t: number, x: number, y: number, vehicle: number, edge: number): void {
  if (nv > 0 && x === state[CX] && y === state[CY] && t === state[CT]) return; // zero-length piece
  const at = vo + nv;
  if (nv > 0) {
    flags[at - 1] = vehicle;
    edges[at - 1] = edge;
  }
  verts[3 * at] = t;
  verts[3 * at + 1] = x;
  verts[3 * at + 2] = y;
  nv++;
  state[CX] = x;
  state[CY] = y;
  state[CT] = t;
}

/** Moves from the current point to (x, y) at `speed`. */
function moveTo(x: number, y: number, speed: number, vehicle: number, edge: number): void {
  moveBy(x, y, Math.hypot(x - state[CX], y - state[CY]), speed, vehicle, edge);
}

/** `moveTo` when the distance d from the current point to (x, y) is known (the same Math.hypot value). */
function moveBy(x: number, y: number, d: number, speed: number, vehicle: number, edge: number): void {
  state[TRAVELLED] += d;
  pushVertex(state[CT] + d / speed, x, y, vehicle, edge);
}

/**
 * Per house, the distances `moveTo` would compute again and again, filled once per
 * neighbourhood: porch <-> street point, and street point <-> each end of the house's
 * segment (3 per house). Math.hypot ignores signs, so either direction gives the same
 * value, bit for bit. Read inline (`houseLegs[LEGS * h + leg]`): a helper returning a double
 * that V8 does not inline boxes it on the heap.
 */
const LEG_PORCH = 0;
const LEG_A = 1;
const LEG_B = 2;
const LEGS = 3;
let houseLegs = new Float64Array(0);

function fillHouseLegs(nb: Neighbourhood): Float64Array<ArrayBuffer> {
  const legs = new Float64Array(LEGS * nb.householdCount);
  for (let h = 0; h < nb.householdCount; h++) {
    const sx = nb.houseStreetX[h];
    const sy = nb.houseStreetY[h];
    const a = nb.edgeA[nb.houseEdge[h]];
    const b = nb.edgeB[nb.houseEdge[h]];
    legs[LEGS * h + LEG_PORCH] = Math.hypot(sx - nb.houseX[h], sy - nb.houseY[h]);
    legs[LEGS * h + LEG_A] = Math.hypot(nb.graph.nodeX(a) - sx, nb.graph.nodeY(a) - sy);
    legs[LEGS * h + LEG_B] = Math.hypot(nb.graph.nodeX(b) - sx, nb.graph.nodeY(b) - sy);
  }
  return legs;
}

/** Points the module's caches at neighbourhood nb (they hold one neighbourhood at a time). */
function useNeighbourhood(nb: Neighbourhood): void {
  if (nb === routedNb) return;
  routedNb = nb;
  routedRouter = streetRouter(nb);
  segmentHypot = new Float64Array(nb.edgeA.length).fill(-1);
  houseLegs = fillHouseLegs(nb);
  const maxVertices = nb.graph.nodeCount + MAX_EXTRA_VERTICES;
  scratchVerts = new Float64Array(3 * maxVertices);
  scratchFlags = new Uint8Array(maxVertices);
  scratchEdges = new Int32Array(maxVertices);
  nodesBuf = new Int32Array(nb.graph.nodeCount);
  edgesBuf = new Int32Array(nb.graph.nodeCount);
}

function wait(seconds: number): void {
  if (seconds > 0) pushVertex(state[CT] + seconds, state[CX], state[CY], 0, -1);
}

function checkPlace(nb: Neighbourhood, pl: Place, what: string): void {
  if ("house" in pl) {
    if (!(pl.house >= 0 && pl.house < nb.householdCount && Number.isInteger(pl.house)))
      throw new RangeError(`planTrip: ${what}.house ${pl.house} is not a household (0..${nb.householdCount - 1})`);
  } else if (!(pl.node >= 0 && pl.node < nb.graph.nodeCount && Number.isInteger(pl.node))) {
    throw new RangeError(`planTrip: ${what}.node ${pl.node} is not an intersection (0..${nb.graph.nodeCount - 1})`);
  }
}

/**
 * Plans a trip along the streets.
 *
 * @example
 * ```ts
 * const trip = planTrip(nb, { from: { node: nb.edgeNodesOfMap[0] }, to: { house: 12 },
 *   mode: "drive", depart: 9 * 3600, porchApproach: true, dwell: 30 });
 * trip.porchArrival;  // when the courier reaches the door
 * tripEnd(trip);      // back at the van
 * ```
 */
export function planTrip(nb: Neighbourhood, req: TripRequest): Trip {
  planScratch(nb, req);
  // Views on a shared slab (path, then edges, then vehicle flags): no buffer of its own per trip.
  const pieces = nv - 1;
  const bytes = (24 * nv + 5 * pieces + 7) & ~7;
  if (slabUsed + bytes > slab.byteLength) {
    slab = new ArrayBuffer(Math.max(SLAB_BYTES, bytes));
    slabUsed = 0;
  }
  const at = slabUsed;
  slabUsed += bytes;
  const path = new Float64Array(slab, at, 3 * nv);
  const edge = new Int32Array(slab, at + 24 * nv, pieces);
  const vehicle = new Uint8Array(slab, at + 24 * nv + 4 * pieces, pieces);
  for (let i = 0; i < 3 * nv; i++) path[i] = verts[i];
  for (let i = 0; i < pieces; i++) {
    edge[i] = edges[i];
    vehicle[i] = flags[i];
  }
  return {
    mode: req.mode,
    path,
    vehicle,
    edge,
    length: state[TRAVELLED],
    porchArrival: state[PORCH_ARRIVAL],
    porchDeparture: state[PORCH_DEPARTURE],
  };
}

/**
 * Plans a trip into an arena (see trip-arena.ts) instead of allocating it: the same
 * vertices, pieces and times as `planTrip` or, with `arriveBy` (then `req.depart` is the
 * arrival time), as `planTripArrivingBy`, bit for bit. Returns the trip's index in the arena.
 */
export function planTripInto(nb: Neighbourhood, req: TripRequest, arena: TripArena, arriveBy = false): number {
  planScratch(nb, req);
  const i = arena.append(req.mode, verts, flags, edges, nv, state[TRAVELLED], state[PORCH_ARRIVAL], state[PORCH_DEPARTURE]);
  if (arriveBy) arena.shiftToArrive(i, req.depart);
  return i;
}

/** A place as one integer, for `planPlacesInto`: house h's porch as h, intersection n as ~n (negative). */
export function housePlace(h: number): number {
  return h;
}

/** Intersection n as a place code (see `housePlace`). */
export function nodePlace(n: number): number {
  return ~n;
}

/**
 * `planTripInto` for places given as codes (`housePlace`, `nodePlace`) at the mode's own
 * speed, without porch approach or dwell: bit for bit the same trip, without a request and
 * two place objects to allocate per trip (background traffic plans ~14,000 a day).
 */
export function planPlacesInto(nb: Neighbourhood, from: number, to: number, mode: TravelMode, depart: number, arena: TripArena, arriveBy = false): number {
  checkCode(nb, from, "from");
  checkCode(nb, to, "to");
  useNeighbourhood(nb);
  const speed = mode === "drive" ? nb.params.movement.driveSpeed : nb.params.movement.walkSpeed;
  // Written in place, after the arena's used vertices: no copy from the scratch buffers.
  arena.reserve(nb.graph.nodeCount + MAX_EXTRA_VERTICES);
  verts = arena.pathBuffer;
  flags = arena.vehicleBuffer;
  edges = arena.edgeBuffer;
  vo = arena.usedVertices;
  planCore(nb, from, false, to, false, mode === "drive" ? 1 : 0, speed, depart, 0, false);
  const i = arena.commit(mode, nv, state[TRAVELLED], state[PORCH_ARRIVAL], state[PORCH_DEPARTURE]);
  if (arriveBy) arena.shiftToArrive(i, depart);
  return i;
}

function checkCode(nb: Neighbourhood, code: number, what: string): void {
  const ok = Number.isInteger(code) && (code >= 0 ? code < nb.householdCount : ~code < nb.graph.nodeCount);
  if (!ok) throw new RangeError(`planTrip: ${what} place ${code} is neither a household (0..${nb.householdCount - 1}) nor an intersection (~0..~${nb.graph.nodeCount - 1})`);
}

/** Plans a trip into the scratch buffers (verts/flags/edges from vertex 0, nv vertices). */
function planScratch(nb: Neighbourhood, req: TripRequest): void {
  checkPlace(nb, req.from, "from");
  checkPlace(nb, req.to, "to");
  const streetSpeed = req.speed ?? (req.mode === "drive" ? nb.params.movement.driveSpeed : nb.params.movement.walkSpeed);
  if (!(streetSpeed > 0)) throw new RangeError(`planTrip: speed must be > 0, got ${streetSpeed}`);
  useNeighbourhood(nb);
  verts = scratchVerts;
  flags = scratchFlags;
  edges = scratchEdges;
  vo = 0;
  const { from, to } = req;
  const fromCode = "house" in from ? from.house : ~from.node;
  const toCode = "house" in to ? to.house : ~to.node;
  const fromStreet = "house" in from && from.street === true;
  const toStreet = "house" in to && to.street === true;
  planCore(nb, fromCode, fromStreet, toCode, toStreet, req.mode === "drive" ? 1 : 0, streetSpeed, req.depart, req.dwell ?? 0, req.porchApproach === true);
}

/**
 * The planner proper, on place codes (house h as h, node n as ~n; `*Street`: the house's
 * street point instead of its porch). Writes the scratch buffers and state.
 */
function planCore(nb: Neighbourhood, from: number, fromStreet: boolean, to: number, toStreet: boolean, veh: number, streetSpeed: number, depart: number, dwell: number, porchApproach: boolean): void {
  const walk = nb.params.movement.walkSpeed;
  nv = 0;
  state[TRAVELLED] = 0;

  // Start: a porch (then walk to the street), a street point, or an intersection.
  if (from >= 0) {
    const h = from;
    if (fromStreet) pushVertex(depart, nb.houseStreetX[h], nb.houseStreetY[h], 0, -1);
    else {
      pushVertex(depart, nb.houseX[h], nb.houseY[h], 0, -1);
      moveBy(nb.houseStreetX[h], nb.houseStreetY[h], houseLegs[LEGS * h + LEG_PORCH], walk, 0, -1);
    }
  } else {
    pushVertex(depart, nb.graph.nodeX(~from), nb.graph.nodeY(~from), 0, -1);
  }

  routeStreets(nb, from, to, streetSpeed, veh);

  // End: walk to the porch when the destination is a porch.
  let porchArrival = NaN;
  let porchDeparture = NaN;
  if (to >= 0 && !toStreet) {
    const h = to;
    // The route ended on h's street point: the porch leg, either way.
    moveBy(nb.houseX[h], nb.houseY[h], houseLegs[LEGS * h + LEG_PORCH], walk, 0, -1);
    porchArrival = state[CT];
    wait(dwell);
    porchDeparture = state[CT];
    if (porchApproach) moveBy(nb.houseStreetX[h], nb.houseStreetY[h], houseLegs[LEGS * h + LEG_PORCH], walk, 0, -1);
  } else if (dwell) {
    wait(dwell);
  }
  if (nv === 1) {
    // A trip to where one already is: one zero-length piece.
    flags[vo] = 0;
    edges[vo] = -1;
    verts[3 * vo + 3] = state[CT];
    verts[3 * vo + 4] = state[CX];
    verts[3 * vo + 5] = state[CY];
    nv = 2;
  }
  state[PORCH_ARRIVAL] = porchArrival;
  state[PORCH_DEPARTURE] = porchDeparture;
}

/**
 * Plans a trip that arrives at `arrive` (the request's `depart` is ignored): the same
 * route as `planTrip`, shifted back in time by its duration.
 *
 * @example
 * ```ts
 * // a commuter who is home at 17:30 left the map edge a few minutes earlier
 * planTripArrivingBy(nb, { from: { node: 0 }, to: { house: 3 }, mode: "drive", depart: 0 }, 17.5 * 3600);
 * ```
 */
export function planTripArrivingBy(nb: Neighbourhood, req: TripRequest, arrive: number): Trip {
  const trip = planTrip(nb, { ...req, depart: arrive });
  const shift = tripEnd(trip) - arrive;
  const path = trip.path;
  for (let i = 0; i < path.length; i += 3) path[i] -= shift;
  return { ...trip, porchArrival: trip.porchArrival - shift, porchDeparture: trip.porchDeparture - shift };
}

/** The last neighbourhood routed on, its router and the street length of each segment as `moveTo` computes it. */
let routedNb: Neighbourhood | null = null;
let routedRouter: StreetRouter | null = null;
let segmentHypot = new Float64Array(0);

/** Moves from the current point (intersection `from`) to intersection `to` along segment e. */
function moveAlong(nb: Neighbourhood, e: number, to: number, speed: number, veh: number): void {
  // Same value as moveTo's Math.hypot(x - state[CX], y - state[CY]): the segment's end points (hypot ignores signs).
  let d = segmentHypot[e];
  if (d < 0) {
    d = Math.hypot(nb.graph.nodeX(nb.edgeB[e]) - nb.graph.nodeX(nb.edgeA[e]), nb.graph.nodeY(nb.edgeB[e]) - nb.graph.nodeY(nb.edgeA[e]));
    segmentHypot[e] = d;
  }
  state[TRAVELLED] += d;
  pushVertex(state[CT] + d / speed, nb.graph.nodeX(to), nb.graph.nodeY(to), veh, e);
}

/** Appends the street part of the route, from the current point (on `from`'s street) to `to`'s street point (places as codes, see `planCore`). */
function routeStreets(nb: Neighbourhood, from: number, to: number, speed: number, veh: number): void {
  const router = routedRouter as StreetRouter;
  // Candidate (node, cost to/from it) pairs for each end: both ends of a house's segment, or one intersection.
  const fe = from >= 0 ? nb.houseEdge[from] : -1;
  const fs = from >= 0 ? nb.houseEdgeOffset[from] : 0;
  const te = to >= 0 ? nb.houseEdge[to] : -1;
  const ts = to >= 0 ? nb.houseEdgeOffset[to] : 0;
  const endX = to >= 0 ? nb.houseStreetX[to] : nb.graph.nodeX(~to);
  const endY = to >= 0 ? nb.houseStreetY[to] : nb.graph.nodeY(~to);
  if (fe >= 0 && fe === te) {
    moveTo(endX, endY, speed, veh, fe); // same segment: straight along it
    return;
  }
  const nf = fe >= 0 ? 2 : 1;
  const fromNode0 = fe >= 0 ? nb.edgeA[fe] : ~from;
  const fromNode1 = fe >= 0 ? nb.edgeB[fe] : -1;
  const fromCost0 = fe >= 0 ? fs : 0;
  const fromCost1 = fe >= 0 ? nb.edgeLength[fe] - fs : 0;
  const nt = te >= 0 ? 2 : 1;
  const toNode0 = te >= 0 ? nb.edgeA[te] : ~to;
  const toNode1 = te >= 0 ? nb.edgeB[te] : -1;
  const toCost0 = te >= 0 ? ts : 0;
  const toCost1 = te >= 0 ? nb.edgeLength[te] - ts : 0;
  let best = Infinity;
  let bi = 0;
  let bj = 0;
  for (let i = 0; i < nf; i++) {
    const dist = router.tree(i === 0 ? fromNode0 : fromNode1).dist;
    for (let j = 0; j < nt; j++) {
      const c = (i === 0 ? fromCost0 : fromCost1) + dist[j === 0 ? toNode0 : toNode1] + (j === 0 ? toCost0 : toCost1);
      if (c < best) {
        best = c;
        bi = i;
        bj = j;
      }
    }
  }
  if (best === Infinity) throw new Error("planTrip: destination unreachable along the streets");
  const k = router.pathNodes(bi === 0 ? fromNode0 : fromNode1, bj === 0 ? toNode0 : toNode1, nodesBuf, edgesBuf);
  // The first move runs along the start segment (if any), from the current point (the
  // house's street point, else the start node itself: no distance).
  const startLeg = fe >= 0 ? houseLegs[LEGS * from + (bi === 0 ? LEG_A : LEG_B)] : 0;
  moveBy(nb.graph.nodeX(nodesBuf[0]), nb.graph.nodeY(nodesBuf[0]), startLeg, speed, veh, fe);
  for (let i = 1; i < k; i++) moveAlong(nb, edgesBuf[i - 1], nodesBuf[i], speed, veh);
  // The last from the end node to the house's street point (or nowhere: the end node is the destination).
  const endLeg = te >= 0 ? houseLegs[LEGS * to + (bj === 0 ? LEG_A : LEG_B)] : 0;
  moveBy(endX, endY, endLeg, speed, veh, te);
}
