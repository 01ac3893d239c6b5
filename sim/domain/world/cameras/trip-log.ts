/**
 * The recent trips the cameras were shown, and where each of their straight pieces ran,
 * so that frames of people who cannot trigger a camera are worked out only when a clip
 * of that camera closes (lazy-rebuild.ts). Trips live in a ring in the order they
 * were observed (a sequence number each); pieces are logged per bucket (a street segment,
 * or a cell of the camera grid for pieces off the street) as (start, end, trip sequence)
 * triples in growable typed arrays. Trips that ended before the earliest moment a future
 * clip can cover (`prune`) are dropped, and so are their log entries, lazily.
 *
 * A trip is kept as its arrays and the range of its vertices in them (`first`, `verts`), so
 * that a trip stored in a larger buffer (a day's trip arena) needs no Trip object.
 */

const ENTRY = 3;

/** Recent trips and a per-bucket log of their pieces. */
export class TripLog {
  private cap = 1024;
  /** Per ring slot (slot = sequence & (cap - 1)): the trip's (t, x, y) vertices are path[3 * first .. 3 * (first + verts)), piece i's edge and vehicle flag edge[first + i], vehicle[first + i]. */
  paths: (Float64Array | null)[] = new Array(this.cap).fill(null);
  edges: (Int32Array | null)[] = new Array(this.cap).fill(null);
  vehicles: (Uint8Array | null)[] = new Array(this.cap).fill(null);
  first = new Int32Array(this.cap);
  verts = new Int32Array(this.cap);
  person = new Int32Array(this.cap);
  face = new Float64Array(this.cap);
  /** Observe stamp of the camera system when the trip was shown. */
  stamp = new Float64Array(this.cap);
  private end = new Float64Array(this.cap);
  /**
   * Cameras each live trip may trigger ("hot": they saw it at once), in a ring in sequence
   * order: trip slot s has hotCount[s] of them from hotStart[s] on. A trip has one or two,
   * so a scan of its own beats a search per camera.
   */
  private hot = new Int32Array(256);
  private hotHead = 0;
  private hotTail = 0;
  private hotStart = new Int32Array(this.cap);
  private hotCount = new Int32Array(this.cap);
  /** Next sequence number; live trips are tail..head-1. */
  head = 0;
  tail = 0;
  /** Entries ending before this are dead (see `prune`). */
  private keepFrom = -Infinity;
  private readonly logs: (Float64Array | null)[];
  private readonly lens: Int32Array;
  /**
   * Per bucket: entries before this one belong to pruned trips. A bucket's entries come in
   * sequence order, so its dead entries are a prefix until the next compaction; readers
   * skip it instead of testing each (two thirds of a bucket, typically).
   */
  private readonly liveFrom: Int32Array;

  constructor(buckets: number) {
    this.logs = new Array(buckets).fill(null);
    this.lens = new Int32Array(buckets);
    this.liveFrom = new Int32Array(buckets);
  }

  /** Ring slot of a live sequence number. */
  slot(seq: number): number {
    return seq & (this.cap - 1);
  }

  /** Ring slots (the bound of `slot`). */
  get capacity(): number {
    return this.cap;
  }

  /** Adds a trip of n vertices starting at vertex `first` of its arrays; returns its sequence number. */
  add(
    path: Float64Array,
    edge: Int32Array | null,
    vehicle: Uint8Array,
    first: number,
    n: number,
    person: number,
    face: number,
    stamp: number,
  ): number {
    if (this.head - this.tail === this.cap) this.grow();
    const seq = this.head++;
    const s = seq & (this.cap - 1);
    this.paths[s] = path;
    this.edges[s] = edge;
    this.vehicles[s] = vehicle;
    this.first[s] = first;
    this.verts[s] = n;
    this.person[s] = person;
    this.face[s] = face;
    this.stamp[s] = stamp;
    this.end[s] = path[3 * (first + n - 1)];
    this.hotStart[s] = this.hotHead;
    this.hotCount[s] = 0;
    return seq;
  }

  /** Notes that the latest trip (`seq`, the last added) may trigger camera c. */
  addHot(seq: number, c: number): void {
    if (this.hotHead - this.hotTail === this.hot.length) this.growHot();
    this.hot[this.hotHead & (this.hot.length - 1)] = c;
    this.hotHead++;
    this.hotCount[seq & (this.cap - 1)]++;
  }

  /** Whether live trip `seq` may trigger camera c (noted by `addHot`). */
  isHot(seq: number, c: number): boolean {
    const s = seq & (this.cap - 1);
    const mask = this.hot.length - 1;
    for (let i = this.hotStart[s], end = i + this.hotCount[s]; i < end; i++) if (this.hot[i & mask] === c) return true;
    return false;
  }

  /**
   * Logs that trip `seq` runs a piece in bucket `b` from path[o] to path[o + 3] (its start
   * and end times; passed by place, so that no double is boxed for the call).
   */
  logPiece(b: number, path: Float64Array, o: number, seq: number): void {
    let a = this.logs[b];
    let n = this.lens[b];
    if (a === null) a = this.logs[b] = new Float64Array(ENTRY * 8);
    else if (ENTRY * (n + 1) > a.length) {
      n = this.compact(b);
      a = this.logs[b] as Float64Array;
    }
    const w = ENTRY * n;
    a[w] = path[o];
    a[w + 1] = path[o + 3];
    a[w + 2] = seq;
    this.lens[b] = n + 1;
  }

  /** The log of bucket b ((start, end, seq) triples; see `length`), or null. */
  entries(b: number): Float64Array | null {
    return this.logs[b];
  }

  /** Entries in bucket b's log (those before `firstLive(b)` are dead). */
  length(b: number): number {
    return this.lens[b];
  }

  /** Index of bucket b's first entry of a live trip (or `length(b)`); every entry before it is dead. */
  firstLive(b: number): number {
    const a = this.logs[b];
    const n = this.lens[b];
    let j = this.liveFrom[b];
    if (a !== null) while (j < n && a[ENTRY * j + 2] < this.tail) j++;
    this.liveFrom[b] = j;
    return j;
  }

  /** No clip closing from now on starts before `keepFrom`: drops trips (and, lazily, entries) ended before it. */
  prune(keepFrom: number): void {
    if (keepFrom > this.keepFrom) this.keepFrom = keepFrom;
    const mask = this.cap - 1;
    while (this.tail < this.head && this.end[this.tail & mask] < this.keepFrom) {
      const s = this.tail & mask;
      this.paths[s] = null;
      this.edges[s] = null;
      this.vehicles[s] = null;
      this.hotTail += this.hotCount[s];
      this.tail++;
    }
  }

  /** Drops dead entries of bucket b (doubling its capacity if it stays over half full); returns the count kept. */
  private compact(b: number): number {
    let a = this.logs[b] as Float64Array;
    const n = this.lens[b];
    let k = 0;
    for (let i = 0; i < n; i++) {
      const o = ENTRY * i;
      if (a[o + 2] < this.tail || a[o + 1] < this.keepFrom) continue;
      const w = ENTRY * k++;
      a[w] = a[o];
      a[w + 1] = a[o + 1];
      a[w + 2] = a[o + 2];
    }
    if (2 * ENTRY * (k + 1) > a.length) {
      const g = new Float64Array(a.length * 2);
      g.set(a.subarray(0, ENTRY * k));
      a = g;
      this.logs[b] = a;
    }
    this.lens[b] = k;
    this.liveFrom[b] = 0;
    return k;
  }

  private growHot(): void {
    const g = new Int32Array(2 * this.hot.length);
    const om = this.hot.length - 1;
    const nm = g.length - 1;
    for (let i = this.hotTail; i < this.hotHead; i++) g[i & nm] = this.hot[i & om];
    this.hot = g;
  }

  private grow(): void {
    const cap = this.cap * 2;
    const paths: (Float64Array | null)[] = new Array(cap).fill(null);
    const edges: (Int32Array | null)[] = new Array(cap).fill(null);
    const vehicles: (Uint8Array | null)[] = new Array(cap).fill(null);
    const first = new Int32Array(cap);
    const verts = new Int32Array(cap);
    const person = new Int32Array(cap);
    const face = new Float64Array(cap);
    const stamp = new Float64Array(cap);
    const end = new Float64Array(cap);
    const hotStart = new Int32Array(cap);
    const hotCount = new Int32Array(cap);
    const om = this.cap - 1;
    const nm = cap - 1;
    for (let q = this.tail; q < this.head; q++) {
      paths[q & nm] = this.paths[q & om];
      edges[q & nm] = this.edges[q & om];
      vehicles[q & nm] = this.vehicles[q & om];
      first[q & nm] = this.first[q & om];
      verts[q & nm] = this.verts[q & om];
      person[q & nm] = this.person[q & om];
      face[q & nm] = this.face[q & om];
      stamp[q & nm] = this.stamp[q & om];
      end[q & nm] = this.end[q & om];
      hotStart[q & nm] = this.hotStart[q & om];
      hotCount[q & nm] = this.hotCount[q & om];
    }
    this.cap = cap;
    this.paths = paths;
    this.edges = edges;
    this.vehicles = vehicles;
    this.first = first;
    this.verts = verts;
    this.person = person;
    this.face = face;
    this.stamp = stamp;
    this.end = end;
    this.hotStart = hotStart;
    this.hotCount = hotCount;
  }
}
