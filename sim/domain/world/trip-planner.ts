/**
 * The trip planner of one neighbourhood: shortest paths along street segments at the
 * speed of the mode, walks between the street and a porch (set-back) on foot, an
 * optional dwell at the porch (a courier's drop, a visitor at the door).
 *
 * A planner owns every buffer planning writes (the trip being planned, the route, the
 * slabs trips are cut from) and the per-neighbourhood distances it reuses, so each
 * simulation plans with its own planner and two simulations never share a buffer.
 * Planning is single-threaded and not re-entrant within one planner.
 */
import type { Neighbourhood } from "./neighbourhood.ts";
import { streetRouter, type StreetRouter } from "./street-router.ts";
import type { TripArena } from "./trip-arena.ts";
import { tripEnd, type Place, type TravelMode, type Trip, type TripRequest } from "./trip.ts";

/**
 * Trips' arrays are views on slabs of this many bytes (a slab is freed once none of its
 * trips is referenced), so planning allocates no buffer per trip.
 */
const SLAB_BYTES = 1 << 16;
/**
 * Bound on a trip's vertices besides one per node of its street path (at most the node
 * count: shortest paths are simple): start, porch to street, end leg to the street point,
 * porch, dwell, back to the street (6), with room to spare.
 */
const MAX_EXTRA_VERTICES = 8;
/**
 * Slots of the planner's running state: current point, time, metres travelled, porch
 * times. Doubles live in a typed array: a double in a field that changes type, or in a
 * `let` captured by a closure, is boxed, and every assignment would allocate.
 */
const CX = 0;
const CY = 1;
const CT = 2;
const TRAVELLED = 3;
const PORCH_ARRIVAL = 4;
const PORCH_DEPARTURE = 5;
/**
 * Per house, the distances `moveTo` would compute again and again: porch <-> street point,
 * and street point <-> each end of the house's segment (3 per house). Math.hypot ignores
 * signs, so either direction gives the same value, bit for bit. Read inline
 * (`houseLegs[LEGS * h + leg]`): a helper returning a double that V8 does not inline boxes it.
 */
const LEG_PORCH = 0;
const LEG_A = 1;
const LEG_B = 2;
const LEGS = 3;

function fillHouseLegs(nb: Neighbourhood): Float64Array {
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

function checkPlace(nb: Neighbourhood, pl: Place, what: string): void {
  if ("house" in pl) {
    if (!(pl.house >= 0 && pl.house < nb.householdCount && Number.isInteger(pl.house)))
      throw new RangeError(`planTrip: ${what}.house ${pl.house} is not a household (0..${nb.householdCount - 1})`);
  } else if (!(pl.node >= 0 && pl.node < nb.graph.nodeCount && Number.isInteger(pl.node))) {
    throw new RangeError(`planTrip: ${what}.node ${pl.node} is not an intersection (0..${nb.graph.nodeCount - 1})`);
  }
}

function checkCode(nb: Neighbourhood, code: number, what: string): void {
  const ok = Number.isInteger(code) && (code >= 0 ? code < nb.householdCount : ~code < nb.graph.nodeCount);
  if (!ok)
    throw new RangeError(
      `planTrip: ${what} place ${code} is neither a household (0..${nb.householdCount - 1}) nor an intersection (~0..~${nb.graph.nodeCount - 1})`,
    );
}

/**
 * Plans trips on one neighbourhood's streets.
 *
 * @example
 * ```ts
 * const planner = new TripPlanner(nb);
 * const trip = planner.plan({ from: { node: nb.edgeNodesOfMap[0] }, to: { house: 12 },
 *   mode: "drive", depart: 9 * 3600, porchApproach: true, dwell: 30 });
 * trip.porchArrival;  // when the courier reaches the door
 * ```
 */
export class TripPlanner {
  readonly nb: Neighbourhood;
  private readonly router: StreetRouter;
  private readonly houseLegs: Float64Array;
  /** Street length of each segment as `moveTo` computes it (-1 until first used). */
  private readonly segmentHypot: Float64Array;
  /** Scratch for the trip being planned, sized for the longest possible trip (appends need no checks). */
  private readonly scratchVerts: Float64Array;
  private readonly scratchFlags: Uint8Array;
  private readonly scratchEdges: Int32Array;
  /** The route's nodes and edges. */
  private readonly nodesBuf: Int32Array;
  private readonly edgesBuf: Int32Array;
  /** Where the trip being planned is written: the scratch buffers from vertex 0, or an arena's from vertex `vo` on. */
  private verts: Float64Array;
  private flags: Uint8Array;
  private edges: Int32Array;
  private vo = 0;
  /** Vertices of the trip being planned. */
  private nv = 0;
  private readonly state = new Float64Array(6);
  private slab = new ArrayBuffer(SLAB_BYTES);
  private slabUsed = 0;

  constructor(nb: Neighbourhood) {
    this.nb = nb;
    this.router = streetRouter(nb);
    this.houseLegs = fillHouseLegs(nb);
    this.segmentHypot = new Float64Array(nb.edgeA.length).fill(-1);
    const maxVertices = nb.graph.nodeCount + MAX_EXTRA_VERTICES;
    this.scratchVerts = new Float64Array(3 * maxVertices);
    this.scratchFlags = new Uint8Array(maxVertices);
    this.scratchEdges = new Int32Array(maxVertices);
    this.nodesBuf = new Int32Array(nb.graph.nodeCount);
    this.edgesBuf = new Int32Array(nb.graph.nodeCount);
    this.verts = this.scratchVerts;
    this.flags = this.scratchFlags;
    this.edges = this.scratchEdges;
  }

  /** Plans a trip along the streets (a Trip whose arrays are views on the planner's slabs). */
  plan(req: TripRequest): Trip {
    this.planScratch(req);
    const nv = this.nv;
    // Views on a shared slab (path, then edges, then vehicle flags): no buffer of its own per trip.
    const pieces = nv - 1;
    const bytes = (24 * nv + 5 * pieces + 7) & ~7;
    if (this.slabUsed + bytes > this.slab.byteLength) {
      this.slab = new ArrayBuffer(Math.max(SLAB_BYTES, bytes));
      this.slabUsed = 0;
    }
    const at = this.slabUsed;
    this.slabUsed += bytes;
    const path = new Float64Array(this.slab, at, 3 * nv);
    const edge = new Int32Array(this.slab, at + 24 * nv, pieces);
    const vehicle = new Uint8Array(this.slab, at + 24 * nv + 4 * pieces, pieces);
    const verts = this.verts;
    for (let i = 0; i < 3 * nv; i++) path[i] = verts[i];
    for (let i = 0; i < pieces; i++) {
      edge[i] = this.edges[i];
      vehicle[i] = this.flags[i];
    }
    const s = this.state;
    return { mode: req.mode, path, vehicle, edge, length: s[TRAVELLED], porchArrival: s[PORCH_ARRIVAL], porchDeparture: s[PORCH_DEPARTURE] };
  }

  /** Plans a trip that arrives at `arrive` (the request's `depart` is ignored): `plan`'s route, shifted back by its duration. */
  planArrivingBy(req: TripRequest, arrive: number): Trip {
    const trip = this.plan({ ...req, depart: arrive });
    const shift = tripEnd(trip) - arrive;
    const path = trip.path;
    for (let i = 0; i < path.length; i += 3) path[i] -= shift;
    return { ...trip, porchArrival: trip.porchArrival - shift, porchDeparture: trip.porchDeparture - shift };
  }

  /** `plan` (or, with `arriveBy`, `planArrivingBy` with `req.depart` as the arrival) into an arena; returns the trip's index. */
  planInto(req: TripRequest, arena: TripArena, arriveBy = false): number {
    this.planScratch(req);
    const s = this.state;
    const i = arena.append(req.mode, this.verts, this.flags, this.edges, this.nv, s[TRAVELLED], s[PORCH_ARRIVAL], s[PORCH_DEPARTURE]);
    if (arriveBy) arena.shiftToArrive(i, req.depart);
    return i;
  }

  /**
   * `planInto` for places given as codes (`housePlace`, `nodePlace`) at the mode's own speed,
   * without porch approach or dwell: bit for bit the same trip, without a request and two
   * place objects to allocate per trip (background traffic plans ~14,000 a day).
   */
  planPlacesInto(from: number, to: number, mode: TravelMode, depart: number, arena: TripArena, arriveBy = false): number {
    const nb = this.nb;
    checkCode(nb, from, "from");
    checkCode(nb, to, "to");
    const speed = mode === "drive" ? nb.params.movement.driveSpeed : nb.params.movement.walkSpeed;
    // Written in place, after the arena's used vertices: no copy from the scratch buffers.
    arena.reserve(nb.graph.nodeCount + MAX_EXTRA_VERTICES);
    this.verts = arena.pathBuffer;
    this.flags = arena.vehicleBuffer;
    this.edges = arena.edgeBuffer;
    this.vo = arena.usedVertices;
    this.planCore(from, false, to, false, mode === "drive" ? 1 : 0, speed, depart, 0, false);
    const s = this.state;
    const i = arena.commit(mode, this.nv, s[TRAVELLED], s[PORCH_ARRIVAL], s[PORCH_DEPARTURE]);
    if (arriveBy) arena.shiftToArrive(i, depart);
    return i;
  }

  /** Plans a trip into the scratch buffers (from vertex 0, `nv` vertices). */
  private planScratch(req: TripRequest): void {
    const nb = this.nb;
    checkPlace(nb, req.from, "from");
    checkPlace(nb, req.to, "to");
    const streetSpeed = req.speed ?? (req.mode === "drive" ? nb.params.movement.driveSpeed : nb.params.movement.walkSpeed);
    if (!(streetSpeed > 0)) throw new RangeError(`planTrip: speed must be > 0, got ${streetSpeed}`);
    this.verts = this.scratchVerts;
    this.flags = this.scratchFlags;
    this.edges = this.scratchEdges;
    this.vo = 0;
    const { from, to } = req;
    const fromCode = "house" in from ? from.house : ~from.node;
    const toCode = "house" in to ? to.house : ~to.node;
    const fromStreet = "house" in from && from.street === true;
    const toStreet = "house" in to && to.street === true;
    this.planCore(
      fromCode,
      fromStreet,
      toCode,
      toStreet,
      req.mode === "drive" ? 1 : 0,
      streetSpeed,
      req.depart,
      req.dwell ?? 0,
      req.porchApproach === true,
    );
  }

  /**
   * The planner proper, on place codes (house h as h, node n as ~n; `*Street`: the house's
   * street point instead of its porch). Writes the trip's vertices and the running state.
   */
  private planCore(
    from: number,
    fromStreet: boolean,
    to: number,
    toStreet: boolean,
    veh: number,
    streetSpeed: number,
    depart: number,
    dwell: number,
    porchApproach: boolean,
  ): void {
    const nb = this.nb;
    const legs = this.houseLegs;
    const s = this.state;
    const walk = nb.params.movement.walkSpeed;
    this.nv = 0;
    s[TRAVELLED] = 0;

    // Start: a porch (then walk to the street), a street point, or an intersection.
    if (from >= 0) {
      const h = from;
      if (fromStreet) this.pushVertex(depart, nb.houseStreetX[h], nb.houseStreetY[h], 0, -1);
      else {
        this.pushVertex(depart, nb.houseX[h], nb.houseY[h], 0, -1);
        this.moveBy(nb.houseStreetX[h], nb.houseStreetY[h], legs[LEGS * h + LEG_PORCH], walk, 0, -1);
      }
    } else {
      this.pushVertex(depart, nb.graph.nodeX(~from), nb.graph.nodeY(~from), 0, -1);
    }

    this.routeStreets(from, to, streetSpeed, veh);

    // End: walk to the porch when the destination is a porch.
    let porchArrival = Number.NaN;
    let porchDeparture = Number.NaN;
    if (to >= 0 && !toStreet) {
      const h = to;
      // The route ended on h's street point: the porch leg, either way.
      this.moveBy(nb.houseX[h], nb.houseY[h], legs[LEGS * h + LEG_PORCH], walk, 0, -1);
      porchArrival = s[CT];
      this.wait(dwell);
      porchDeparture = s[CT];
      if (porchApproach) this.moveBy(nb.houseStreetX[h], nb.houseStreetY[h], legs[LEGS * h + LEG_PORCH], walk, 0, -1);
    } else if (dwell) {
      this.wait(dwell);
    }
    if (this.nv === 1) {
      // A trip to where one already is: one zero-length piece.
      const vo = this.vo;
      this.flags[vo] = 0;
      this.edges[vo] = -1;
      this.verts[3 * vo + 3] = s[CT];
      this.verts[3 * vo + 4] = s[CX];
      this.verts[3 * vo + 5] = s[CY];
      this.nv = 2;
    }
    s[PORCH_ARRIVAL] = porchArrival;
    s[PORCH_DEPARTURE] = porchDeparture;
  }

  /** Appends the street part of the route, from the current point (on `from`'s street) to `to`'s street point (places as codes). */
  private routeStreets(from: number, to: number, speed: number, veh: number): void {
    const nb = this.nb;
    const router = this.router;
    const legs = this.houseLegs;
    // Candidate (node, cost to/from it) pairs for each end: both ends of a house's segment, or one intersection.
    const fe = from >= 0 ? nb.houseEdge[from] : -1;
    const fs = from >= 0 ? nb.houseEdgeOffset[from] : 0;
    const te = to >= 0 ? nb.houseEdge[to] : -1;
    const ts = to >= 0 ? nb.houseEdgeOffset[to] : 0;
    const endX = to >= 0 ? nb.houseStreetX[to] : nb.graph.nodeX(~to);
    const endY = to >= 0 ? nb.houseStreetY[to] : nb.graph.nodeY(~to);
    if (fe >= 0 && fe === te) {
      this.moveTo(endX, endY, speed, veh, fe); // same segment: straight along it
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
    let best = Number.POSITIVE_INFINITY;
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
    if (best === Number.POSITIVE_INFINITY) throw new Error("planTrip: destination unreachable along the streets");
    const nodes = this.nodesBuf;
    const edges = this.edgesBuf;
    const k = router.pathNodes(bi === 0 ? fromNode0 : fromNode1, bj === 0 ? toNode0 : toNode1, nodes, edges);
    // The first move runs along the start segment (if any), from the current point (the
    // house's street point, else the start node itself: no distance).
    const startLeg = fe >= 0 ? legs[LEGS * from + (bi === 0 ? LEG_A : LEG_B)] : 0;
    this.moveBy(nb.graph.nodeX(nodes[0]), nb.graph.nodeY(nodes[0]), startLeg, speed, veh, fe);
    for (let i = 1; i < k; i++) this.moveAlong(edges[i - 1], nodes[i], speed, veh);
    // The last from the end node to the house's street point (or nowhere: the end node is the destination).
    const endLeg = te >= 0 ? legs[LEGS * to + (bj === 0 ? LEG_A : LEG_B)] : 0;
    this.moveBy(endX, endY, endLeg, speed, veh, te);
  }

  /** Moves from the current point (intersection at one end of segment e) to intersection `to` along e. */
  private moveAlong(e: number, to: number, speed: number, veh: number): void {
    const nb = this.nb;
    // Same value as moveTo's Math.hypot(x - cx, y - cy): the segment's end points (hypot ignores signs).
    let d = this.segmentHypot[e];
    if (d < 0) {
      d = Math.hypot(nb.graph.nodeX(nb.edgeB[e]) - nb.graph.nodeX(nb.edgeA[e]), nb.graph.nodeY(nb.edgeB[e]) - nb.graph.nodeY(nb.edgeA[e]));
      this.segmentHypot[e] = d;
    }
    const s = this.state;
    s[TRAVELLED] += d;
    this.pushVertex(s[CT] + d / speed, nb.graph.nodeX(to), nb.graph.nodeY(to), veh, e);
  }

  /** Moves from the current point to (x, y) at `speed`. */
  private moveTo(x: number, y: number, speed: number, vehicle: number, edge: number): void {
    this.moveBy(x, y, Math.hypot(x - this.state[CX], y - this.state[CY]), speed, vehicle, edge);
  }

  /** `moveTo` when the distance d from the current point to (x, y) is known (the same Math.hypot value). */
  private moveBy(x: number, y: number, d: number, speed: number, vehicle: number, edge: number): void {
    const s = this.state;
    s[TRAVELLED] += d;
    this.pushVertex(s[CT] + d / speed, x, y, vehicle, edge);
  }

  private wait(seconds: number): void {
    const s = this.state;
    if (seconds > 0) this.pushVertex(s[CT] + seconds, s[CX], s[CY], 0, -1);
  }

  private pushVertex(t: number, x: number, y: number, vehicle: number, edge: number): void {
    const s = this.state;
    const nv = this.nv;
    if (nv > 0 && x === s[CX] && y === s[CY] && t === s[CT]) return; // zero-length piece
    const at = this.vo + nv;
    if (nv > 0) {
      this.flags[at - 1] = vehicle;
      this.edges[at - 1] = edge;
    }
    const v = this.verts;
    v[3 * at] = t;
    v[3 * at + 1] = x;
    v[3 * at + 2] = y;
    this.nv = nv + 1;
    s[CX] = x;
    s[CY] = y;
    s[CT] = t;
  }
}
