/**
 * Graph space: nodes with coordinates, undirected weighted edges, shortest paths
 * (Dijkstra on a typed-array binary heap) and Mesa-style placement of agents on nodes.
 * The street map is built on it. Adjacency is kept in CSR form (offsets + flat arrays),
 * rebuilt lazily after nodes or edges are added. An agent records its node on itself
 * (member-slots.ts), other items in a Map.
 */
import { ensureFloat64, ensureInt32 } from "./growable.ts";
import { SlotIndex } from "./member-slots.ts";

/** A path between two nodes: the nodes visited, the edges taken and the total weight. */
export interface Path {
  nodes: number[];
  edges: number[];
  length: number;
}

/**
 * Undirected weighted graph with node coordinates and agents placed on nodes.
 *
 * @example
 * ```ts
 * const g = new NetworkSpace<Person>();
 * const a = g.addNode(0, 0), b = g.addNode(100, 0), c = g.addNode(100, 50);
 * g.addEdge(a, b, 100); g.addEdge(b, c, 50);
 * g.shortestPath(a, c);   // { nodes: [0, 1, 2], edges: [0, 1], length: 150 }
 * g.place(alice, a); g.move(alice, c); g.agentsAt(c); // [alice]
 * ```
 */
export class NetworkSpace<T = unknown> {
  private nNodes = 0;
  private nEdges = 0;
  private xs = new Float64Array(16);
  private ys = new Float64Array(16);
  private from = new Int32Array(16);
  private to = new Int32Array(16);
  private weights = new Float64Array(16);
  // CSR adjacency: neighbours of n are adjNode[offsets[n] .. offsets[n+1]).
  private csrValid = false;
  private offsets = new Int32Array(1);
  private adjNode = new Int32Array(0);
  private adjEdge = new Int32Array(0);
  // Dijkstra work buffers, reused between calls.
  private dist = new Float64Array(0);
  private prevEdge = new Int32Array(0);
  private settled = new Uint8Array(0);
  private heapKey = new Float64Array(0);
  private heapNode = new Int32Array(0);
  // Agent placement.
  /** Node of each placed agent (see member-slots.ts). */
  private readonly nodeOfAgent = new SlotIndex<T>();
  private occupants: (T[] | undefined)[] = [];

  /** Number of nodes. */
  get nodeCount(): number {
    return this.nNodes;
  }

  /** Number of edges. */
  get edgeCount(): number {
    return this.nEdges;
  }

  /** Adds a node at (x, y) and returns its index (0, 1, 2, ...). */
  addNode(x = 0, y = 0): number {
    const n = this.nNodes++;
    this.xs = ensureFloat64(this.xs, this.nNodes);
    this.ys = ensureFloat64(this.ys, this.nNodes);
    this.xs[n] = x;
    this.ys[n] = y;
    this.csrValid = false;
    return n;
  }

  /** Adds an undirected edge a–b with a weight >= 0 (e.g. length in metres); returns its index. */
  addEdge(a: number, b: number, weight: number): number {
    this.checkNode(a, "addEdge");
    this.checkNode(b, "addEdge");
    if (!(weight >= 0) || weight === Infinity) {
      throw new RangeError(`addEdge: weight must be finite and >= 0, got ${weight}`);
    }
    const e = this.nEdges++;
    this.from = ensureInt32(this.from, this.nEdges);
    this.to = ensureInt32(this.to, this.nEdges);
    this.weights = ensureFloat64(this.weights, this.nEdges);
    this.from[e] = a;
    this.to[e] = b;
    this.weights[e] = weight;
    this.csrValid = false;
    return e;
  }

  /** x coordinate of node n. */
  nodeX(n: number): number {
    return this.xs[n];
  }

  /** y coordinate of node n. */
  nodeY(n: number): number {
    return this.ys[n];
  }

  /** First endpoint of edge e (as given to addEdge). */
  edgeFrom(e: number): number {
    return this.from[e];
  }

  /** Second endpoint of edge e (as given to addEdge). */
  edgeTo(e: number): number {
    return this.to[e];
  }

  /** Weight of edge e. */
  edgeWeight(e: number): number {
    return this.weights[e];
  }

  /** Changes the weight of edge e (e.g. congestion); paths computed later use it. */
  setEdgeWeight(e: number, weight: number): void {
    if (!(weight >= 0) || weight === Infinity) {
      throw new RangeError(`setEdgeWeight: weight must be finite and >= 0, got ${weight}`);
    }
    this.weights[e] = weight;
  }

  /** The endpoint of edge e that is not n. */
  edgeOther(e: number, n: number): number {
    return this.from[e] === n ? this.to[e] : this.from[e];
  }

  /** Number of edges incident to n (a self-loop counts twice). */
  degree(n: number): number {
    this.ensureCsr();
    return this.offsets[n + 1] - this.offsets[n];
  }

  /** Neighbouring node indices of n, one per incident edge, in edge order. */
  neighbors(n: number): number[] {
    this.checkNode(n, "neighbors");
    this.ensureCsr();
    return Array.from(this.adjNode.subarray(this.offsets[n], this.offsets[n + 1]));
  }

  /** Edge indices incident to n, in edge order (parallel to `neighbors(n)`). */
  incidentEdges(n: number): number[] {
    this.checkNode(n, "incidentEdges");
    this.ensureCsr();
    return Array.from(this.adjEdge.subarray(this.offsets[n], this.offsets[n + 1]));
  }

  /**
   * The adjacency in CSR form, for allocation-free loops: the neighbours of n are
   * `nodes[offsets[n] .. offsets[n + 1])`, reached through `edges[...]` at the same
   * positions. Read-only; valid until the next addNode / addEdge.
   *
   * @example
   * ```ts
   * const { offsets, nodes, edges } = g.adjacency();
   * for (let k = offsets[n]; k < offsets[n + 1]; k++) visit(nodes[k], g.edgeWeight(edges[k]));
   * ```
   */
  adjacency(): { offsets: Int32Array; nodes: Int32Array; edges: Int32Array } {
    this.ensureCsr();
    return { offsets: this.offsets, nodes: this.adjNode, edges: this.adjEdge };
  }

  /** The node closest (Euclidean) to (x, y), or -1 for an empty graph. Linear scan. */
  nearestNode(x: number, y: number): number {
    let best = -1;
    let bestD = Infinity;
    for (let n = 0; n < this.nNodes; n++) {
      const dx = this.xs[n] - x;
      const dy = this.ys[n] - y;
      const d = dx * dx + dy * dy;
      if (d < bestD) {
        bestD = d;
        best = n;
      }
    }
    return best;
  }

  /**
   * Shortest-path distances from `from` to every node (Dijkstra); Infinity where
   * unreachable or farther than `maxDistance`. Returns a new array owned by the caller.
   */
  distancesFrom(from: number, maxDistance = Infinity): Float64Array {
    this.checkNode(from, "distancesFrom");
    this.dijkstra(from, -1, maxDistance);
    return this.dist.slice(0, this.nNodes);
  }

  /**
   * The shortest-path tree from `from` (Dijkstra, ties broken as in `shortestPath`): the
   * distance to every node (Infinity where unreachable) and the edge by which each node is
   * reached (-1 at `from` and where unreachable). New arrays owned by the caller.
   */
  shortestPathTree(from: number): { dist: Float64Array; prevEdge: Int32Array } {
    this.checkNode(from, "shortestPathTree");
    this.dijkstra(from, -1, Infinity);
    return { dist: this.dist.slice(0, this.nNodes), prevEdge: this.prevEdge.slice(0, this.nNodes) };
  }

  /** Shortest path from `from` to `to` (ties broken deterministically), or null if unreachable. */
  shortestPath(from: number, to: number): Path | null {
    this.checkNode(from, "shortestPath");
    this.checkNode(to, "shortestPath");
    this.dijkstra(from, to, Infinity);
    const length = this.dist[to];
    if (length === Infinity) return null;
    const nodes: number[] = [to];
    const edges: number[] = [];
    let n = to;
    while (n !== from) {
      const e = this.prevEdge[n];
      edges.push(e);
      n = this.edgeOther(e, n);
      nodes.push(n);
    }
    nodes.reverse();
    edges.reverse();
    return { nodes, edges, length };
  }

  // ---- agents on nodes -------------------------------------------------------------

  /** Places an agent on node n (it must not be placed already). */
  place(agent: T, n: number): void {
    this.checkNode(n, "place");
    if (this.nodeOf(agent) !== -1) throw new Error("place: agent is already on the network; use move()");
    this.nodeOfAgent.add(agent, n);
    let list = this.occupants[n];
    if (list === undefined) list = this.occupants[n] = [];
    list.push(agent);
  }

  /** Moves a placed agent to node n. */
  move(agent: T, n: number): void {
    this.checkNode(n, "move");
    const old = this.nodeOf(agent);
    if (old === -1) throw new Error("move: agent is not on the network; place() it first");
    if (old === n) return;
    this.detach(agent, old);
    this.nodeOfAgent.update(agent, n);
    let list = this.occupants[n];
    if (list === undefined) list = this.occupants[n] = [];
    list.push(agent);
  }

  /** Removes an agent from the network; returns false if it was not placed. */
  remove(agent: T): boolean {
    const old = this.nodeOf(agent);
    if (old === -1) return false;
    this.detach(agent, old);
    this.nodeOfAgent.delete(agent);
    return true;
  }

  /** The node an agent is on, or -1. */
  nodeOf(agent: T): number {
    return this.nodeOfAgent.get(agent);
  }

  /** Agents on node n, in placement order (a new array). */
  agentsAt(n: number): T[] {
    const list = this.occupants[n];
    return list === undefined ? [] : list.slice();
  }

  /** Number of agents on node n. */
  agentCountAt(n: number): number {
    const list = this.occupants[n];
    return list === undefined ? 0 : list.length;
  }

  // ---- internals -------------------------------------------------------------------

  private detach(agent: T, n: number): void {
    const list = this.occupants[n] as T[];
    const i = list.indexOf(agent);
    list.splice(i, 1);
  }

  private checkNode(n: number, where: string): void {
    if (!Number.isInteger(n) || n < 0 || n >= this.nNodes) {
      throw new RangeError(`${where}: node ${n} does not exist (nodes are 0..${this.nNodes - 1})`);
    }
  }

  private ensureCsr(): void {
    if (this.csrValid) return;
    const n = this.nNodes;
    const m = this.nEdges;
    const offsets = new Int32Array(n + 1);
    for (let e = 0; e < m; e++) {
      offsets[this.from[e] + 1]++;
      offsets[this.to[e] + 1]++;
    }
    for (let i = 0; i < n; i++) offsets[i + 1] += offsets[i];
    const fill = offsets.slice(0, n);
    const adjNode = new Int32Array(2 * m);
    const adjEdge = new Int32Array(2 * m);
    for (let e = 0; e < m; e++) {
      const a = this.from[e];
      const b = this.to[e];
      adjNode[fill[a]] = b;
      adjEdge[fill[a]++] = e;
      adjNode[fill[b]] = a;
      adjEdge[fill[b]++] = e;
    }
    this.offsets = offsets;
    this.adjNode = adjNode;
    this.adjEdge = adjEdge;
    if (this.dist.length < n) {
      this.dist = new Float64Array(n);
      this.prevEdge = new Int32Array(n);
      this.settled = new Uint8Array(n);
    }
    if (this.heapKey.length < 2 * m + 1) {
      this.heapKey = new Float64Array(2 * m + 1);
      this.heapNode = new Int32Array(2 * m + 1);
    }
    this.csrValid = true;
  }

  /**
   * Dijkstra with lazy deletion: a node may sit in the heap several times, only its
   * first pop counts. Heap ties break on node index so results never depend on
   * insertion order. Stops early once `target` (if >= 0) is settled.
   */
  private dijkstra(source: number, target: number, maxDistance: number): void {
    this.ensureCsr();
    const n = this.nNodes;
    const dist = this.dist;
    const prevEdge = this.prevEdge;
    const settled = this.settled;
    dist.fill(Infinity, 0, n);
    prevEdge.fill(-1, 0, n);
    settled.fill(0, 0, n);
    const key = this.heapKey;
    const node = this.heapNode;
    const { offsets, adjNode, adjEdge, weights } = this;
    let size = 0;
    dist[source] = 0;
    key[0] = 0;
    node[0] = source;
    size = 1;
    while (size > 0) {
      // pop
      const u = node[0];
      const du = key[0];
      size--;
      if (size > 0) {
        const lk = key[size];
        const ln = node[size];
        let i = 0;
        for (;;) {
          const l = 2 * i + 1;
          if (l >= size) break;
          const r = l + 1;
          let c = l;
          if (r < size && (key[r] < key[l] || (key[r] === key[l] && node[r] < node[l]))) c = r;
          if (key[c] > lk || (key[c] === lk && node[c] >= ln)) break;
          key[i] = key[c];
          node[i] = node[c];
          i = c;
        }
        key[i] = lk;
        node[i] = ln;
      }
      if (settled[u] === 1) continue;
      settled[u] = 1;
      if (u === target) return;
      for (let k = offsets[u], end = offsets[u + 1]; k < end; k++) {
        const v = adjNode[k];
        if (settled[v] === 1) continue;
        const e = adjEdge[k];
        const dv = du + weights[e];
        if (dv < dist[v] && dv <= maxDistance) {
          dist[v] = dv;
          prevEdge[v] = e;
          // push
          let i = size++;
          while (i > 0) {
            const p = (i - 1) >> 1;
            if (key[p] < dv || (key[p] === dv && node[p] <= v)) break;
            key[i] = key[p];
            node[i] = node[p];
            i = p;
          }
          key[i] = dv;
          node[i] = v;
        }
      }
    }
  }
}
