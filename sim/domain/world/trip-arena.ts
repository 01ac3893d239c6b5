/**
 * A day's planned trips stored compactly: every vertex, piece edge and vehicle flag in a
 * few growable typed arrays, plus a handful of numbers per trip. Traffic plans a whole day
 * at midnight; keeping those plans here instead of as Trip objects means nothing per trip
 * lives on the heap until the trip starts (`trip(i)` then makes the Trip, as views on the
 * arena's buffers), so the garbage collector never has to promote a day of trips.
 *
 * Views taken by `trip(i)` stay valid when the arena grows (growing allocates new buffers
 * and leaves old ones to the views on them), so an arena may be appended to after use.
 */
import { positionOnPath, type TravelMode, type Trip } from "./trip.ts";

/** Compact storage of planned trips. */
export class TripArena {
  private path: Float64Array;
  private edge: Int32Array;
  private vehicle: Uint8Array;
  private used = 0; // vertices used
  private first: Int32Array; // first vertex of each trip
  private departs: Float64Array; // its departure (a copy of its first time, read often)
  private verts: Int32Array;
  private drive: Uint8Array;
  private len: Float64Array;
  private porchIn: Float64Array;
  private porchOut: Float64Array;
  /** Number of trips. */
  count = 0;

  /** An empty arena with room for `vertices` vertices and `trips` trips before it grows. */
  constructor(vertices = 1024, trips = 64) {
    const n = Math.max(16, vertices);
    this.path = new Float64Array(3 * n);
    this.edge = new Int32Array(n);
    this.vehicle = new Uint8Array(n);
    const m = Math.max(16, trips);
    this.first = new Int32Array(m);
    this.departs = new Float64Array(m);
    this.verts = new Int32Array(m);
    this.drive = new Uint8Array(m);
    this.len = new Float64Array(m);
    this.porchIn = new Float64Array(m);
    this.porchOut = new Float64Array(m);
  }

  /** The arena's arrays as they are now: trip i's vertices are pathBuffer[3 * firstVertex(i) ..], its pieces' edges and vehicle flags edgeBuffer/vehicleBuffer[firstVertex(i) ..]. */
  get pathBuffer(): Float64Array {
    return this.path;
  }

  get edgeBuffer(): Int32Array {
    return this.edge;
  }

  get vehicleBuffer(): Uint8Array {
    return this.vehicle;
  }

  firstVertex(i: number): number {
    return this.first[i];
  }

  /** Vertices of trip i. */
  vertexCount(i: number): number {
    return this.verts[i];
  }

  /** Vertices stored so far. */
  get usedVertices(): number {
    return this.used;
  }

  /** Departure time of every trip (index = trip), in a fresh array. */
  starts(): Float64Array {
    return this.departs.slice(0, this.count);
  }

  /**
   * Appends a trip of `n` vertices ((t, x, y) triples in `path`; piece i's vehicle flag and
   * edge in `vehicle[i]`, `edge[i]`); returns its index.
   */
  append(
    mode: TravelMode,
    path: Float64Array,
    vehicle: Uint8Array,
    edge: Int32Array,
    n: number,
    length: number,
    porchArrival: number,
    porchDeparture: number,
  ): number {
    this.reserve(n);
    const at = this.used;
    const dst = this.path;
    for (let k = 0, o = 3 * at; k < 3 * n; k++, o++) dst[o] = path[k];
    for (let k = 0; k < n - 1; k++) {
      this.edge[at + k] = edge[k];
      this.vehicle[at + k] = vehicle[k];
    }
    return this.commit(mode, n, length, porchArrival, porchDeparture);
  }

  /**
   * Makes room for a trip of up to `n` vertices after the used ones, so a planner can write
   * it in place (vertices from `usedVertices` on, in the buffers as they are after this call)
   * and then `commit` it: no copy from a scratch buffer.
   */
  reserve(n: number): void {
    if (this.used + n > this.edge.length) this.growVertices(this.used + n);
  }

  /** Records the `n` vertices written after the used ones (see `reserve`) as a trip; returns its index. */
  commit(mode: TravelMode, n: number, length: number, porchArrival: number, porchDeparture: number): number {
    if (this.count === this.first.length) this.growTrips();
    const at = this.used;
    this.used += n;
    const i = this.count++;
    this.first[i] = at;
    this.departs[i] = this.path[3 * at];
    this.verts[i] = n;
    this.drive[i] = mode === "drive" ? 1 : 0;
    this.len[i] = length;
    this.porchIn[i] = porchArrival;
    this.porchOut[i] = porchDeparture;
    return i;
  }

  /**
   * Empties the arena, keeping its buffers: for a scratch arena only (traffic plans each day
   * into one), since trips appended later overwrite what views of earlier trips show.
   */
  clear(): void {
    this.used = 0;
    this.count = 0;
  }

  /**
   * A new arena holding trip order[k] of this one as its trip k, for every k: `order` is a
   * permutation of the trips (each trip's vertices stay contiguous, in the new order).
   */
  inOrder(order: Int32Array): TripArena {
    if (order.length !== this.count) throw new RangeError(`TripArena.inOrder: ${order.length} indices for ${this.count} trips`);
    const out = new TripArena(this.used, order.length);
    // Places first (trip records in the new order), then the vertices copied in this
    // arena's order: reads run straight through memory, and scattered writes do not stall.
    const place = new Int32Array(this.count);
    let at = 0;
    for (let k = 0; k < order.length; k++) {
      const i = order[k];
      place[i] = at;
      out.first[k] = at;
      out.departs[k] = this.departs[i];
      out.verts[k] = this.verts[i];
      out.drive[k] = this.drive[i];
      out.len[k] = this.len[i];
      out.porchIn[k] = this.porchIn[i];
      out.porchOut[k] = this.porchOut[i];
      at += this.verts[i];
    }
    const src = this.path;
    const dst = out.path;
    for (let i = 0; i < this.count; i++) {
      const from = this.first[i];
      const to = place[i];
      const n = this.verts[i];
      for (let q = 3 * from, o = 3 * to, e = 3 * (from + n); q < e; q++, o++) dst[o] = src[q];
      for (let q = 0; q < n - 1; q++) {
        out.edge[to + q] = this.edge[from + q];
        out.vehicle[to + q] = this.vehicle[from + q];
      }
    }
    out.used = at;
    out.count = order.length;
    return out;
  }

  /** Shifts trip i back in time so that it ends at `arrive` (exactly as `planTripArrivingBy`). */
  shiftToArrive(i: number, arrive: number): void {
    const o = 3 * this.first[i];
    const shift = this.path[o + 3 * (this.verts[i] - 1)] - arrive;
    for (let k = o, e = o + 3 * this.verts[i]; k < e; k += 3) this.path[k] -= shift;
    this.departs[i] = this.path[o];
    this.porchIn[i] -= shift;
    this.porchOut[i] -= shift;
  }

  /** Departure time of trip i. */
  start(i: number): number {
    return this.departs[i];
  }

  /** Arrival time of trip i. */
  end(i: number): number {
    return this.path[3 * (this.first[i] + this.verts[i] - 1)];
  }

  /** Position on trip i at time t (as `positionAt` of its Trip), written into out[0], out[1]. */
  positionAt(i: number, t: number, out: { [k: number]: number }): void {
    positionOnPath(this.path, 3 * this.first[i], this.verts[i], t, out);
  }

  /** Trip i as a Trip (its arrays are views on the arena's buffers). */
  trip(i: number): Trip {
    const at = this.first[i];
    const n = this.verts[i];
    // Views made with the constructor: `subarray` goes through the species lookup and is slower.
    return {
      mode: this.drive[i] === 1 ? "drive" : "walk",
      path: new Float64Array(this.path.buffer, 24 * at, 3 * n),
      vehicle: new Uint8Array(this.vehicle.buffer, at, n - 1),
      edge: new Int32Array(this.edge.buffer, 4 * at, n - 1),
      length: this.len[i],
      porchArrival: this.porchIn[i],
      porchDeparture: this.porchOut[i],
    };
  }

  private growVertices(need: number): void {
    const cap = Math.max(need, 2 * this.edge.length);
    const path = new Float64Array(3 * cap);
    path.set(this.path.subarray(0, 3 * this.used));
    const edge = new Int32Array(cap);
    edge.set(this.edge.subarray(0, this.used));
    const vehicle = new Uint8Array(cap);
    vehicle.set(this.vehicle.subarray(0, this.used));
    this.path = path;
    this.edge = edge;
    this.vehicle = vehicle;
  }

  private growTrips(): void {
    const cap = 2 * this.first.length;
    const grow = <A extends Int32Array | Uint8Array | Float64Array>(a: A, b: A): A => {
      b.set(a);
      return b;
    };
    this.first = grow(this.first, new Int32Array(cap));
    this.departs = grow(this.departs, new Float64Array(cap));
    this.verts = grow(this.verts, new Int32Array(cap));
    this.drive = grow(this.drive, new Uint8Array(cap));
    this.len = grow(this.len, new Float64Array(cap));
    this.porchIn = grow(this.porchIn, new Float64Array(cap));
    this.porchOut = grow(this.porchOut, new Float64Array(cap));
  }
}
