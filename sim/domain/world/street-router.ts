/**
 * Shortest paths on the street graph with a cache of shortest-path trees, one per source
 * intersection, computed on first use (Dijkstra on a typed-array heap). Routing a trip is
 * then two array lookups per candidate endpoint plus a walk back along the tree.
 * Memory: 12 bytes per node per cached source (about 30 MB for 20,000 households).
 */
import type { Neighbourhood } from "./neighbourhood.ts";

/** A shortest-path tree from one source node. */
export interface PathTree {
  readonly source: number;
  /** Distance from the source (m), Infinity when unreachable. */
  readonly dist: Float64Array;
  /** Edge by which each node is reached (-1 at the source or when unreachable). */
  readonly prevEdge: Int32Array;
}

/** Cached routing on one neighbourhood's street graph. */
export interface StreetRouter {
  tree(source: number): PathTree;
  /**
   * Writes the nodes of the shortest path source -> target into `out` (in travel order,
   * both ends included) and returns how many; `out` must hold `nodeCount` entries. When
   * `edgesOut` is given, edgesOut[i] is the edge from out[i] to out[i + 1].
   */
  pathNodes(source: number, target: number, out: Int32Array, edgesOut?: Int32Array): number;
}

const routers = new WeakMap<Neighbourhood, StreetRouter>();

/**
 * The router of a neighbourhood (one per neighbourhood, shared by every trip).
 *
 * @example
 * ```ts
 * const r = streetRouter(nb);
 * r.tree(0).dist[5];          // metres from node 0 to node 5 along streets
 * ```
 */
export function streetRouter(nb: Neighbourhood): StreetRouter {
  let r = routers.get(nb);
  if (!r) {
    r = buildRouter(nb);
    routers.set(nb, r);
  }
  return r;
}

function buildRouter(nb: Neighbourhood): StreetRouter {
  const N = nb.graph.nodeCount;
  const E = nb.edgeA.length;
  const offsets = new Int32Array(N + 1);
  for (let e = 0; e < E; e++) {
    offsets[nb.edgeA[e] + 1]++;
    offsets[nb.edgeB[e] + 1]++;
  }
  for (let i = 0; i < N; i++) offsets[i + 1] += offsets[i];
  const adjNode = new Int32Array(2 * E);
  const adjEdge = new Int32Array(2 * E);
  const fill = offsets.slice(0, N);
  for (let e = 0; e < E; e++) {
    const a = nb.edgeA[e];
    const b = nb.edgeB[e];
    adjNode[fill[a]] = b;
    adjEdge[fill[a]++] = e;
    adjNode[fill[b]] = a;
    adjEdge[fill[b]++] = e;
  }
  const trees: (PathTree | undefined)[] = new Array(N);
  // Heap work buffers (lazy-deletion binary heap keyed by distance).
  let heapKey = new Float64Array(2 * E + 2);
  let heapNode = new Int32Array(2 * E + 2);
  const settled = new Uint8Array(N);

  function dijkstra(source: number): PathTree {
    const dist = new Float64Array(N).fill(Infinity);
    const prevEdge = new Int32Array(N).fill(-1);
    settled.fill(0);
    let size = 0;
    const push = (k: number, v: number) => {
      if (size === heapKey.length) {
        const nk = new Float64Array(size * 2);
        nk.set(heapKey);
        heapKey = nk;
        const nn = new Int32Array(size * 2);
        nn.set(heapNode);
        heapNode = nn;
      }
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        if (heapKey[parent] < k || (heapKey[parent] === k && heapNode[parent] <= v)) break;
        heapKey[i] = heapKey[parent];
        heapNode[i] = heapNode[parent];
        i = parent;
      }
      heapKey[i] = k;
      heapNode[i] = v;
    };
    const pop = (): number => {
      const top = heapNode[0];
      size--;
      const k = heapKey[size];
      const v = heapNode[size];
      let i = 0;
      for (;;) {
        let c = 2 * i + 1;
        if (c >= size) break;
        if (c + 1 < size && (heapKey[c + 1] < heapKey[c] || (heapKey[c + 1] === heapKey[c] && heapNode[c + 1] < heapNode[c])))
          c++;
        if (k < heapKey[c] || (k === heapKey[c] && v <= heapNode[c])) break;
        heapKey[i] = heapKey[c];
        heapNode[i] = heapNode[c];
        i = c;
      }
      heapKey[i] = k;
      heapNode[i] = v;
      return top;
    };
    dist[source] = 0;
    push(0, source);
    while (size > 0) {
      const u = pop();
      if (settled[u]) continue;
      settled[u] = 1;
      const du = dist[u];
      for (let j = offsets[u]; j < offsets[u + 1]; j++) {
        const v = adjNode[j];
        const e = adjEdge[j];
        const nd = du + nb.edgeLength[e];
        if (nd < dist[v]) {
          dist[v] = nd;
          prevEdge[v] = e;
          push(nd, v);
        }
      }
    }
    return { source, dist, prevEdge };
  }

  const router: StreetRouter = {
    tree(source) {
      let t = trees[source];
      if (!t) {
        if (!(source >= 0 && source < N)) throw new RangeError(`streetRouter: no node ${source} (0..${N - 1})`);
        t = dijkstra(source);
        trees[source] = t;
      }
      return t;
    },
    pathNodes(source, target, out, edgesOut) {
      const t = router.tree(source);
      if (t.dist[target] === Infinity) throw new Error(`streetRouter: node ${target} is unreachable from ${source}`);
      let n = 0;
      let v = target;
      out[n++] = v;
      while (v !== source) {
        const e = t.prevEdge[v];
        if (edgesOut) edgesOut[n - 1] = e;
        v = nb.edgeA[e] === v ? nb.edgeB[e] : nb.edgeA[e];
        out[n++] = v;
      }
      for (let i = 0, j = n - 1; i < j; i++, j--) {
        const x = out[i];
        out[i] = out[j];
        out[j] = x;
      }
      if (edgesOut) {
        for (let i = 0, j = n - 2; i < j; i++, j--) {
          const x = edgesOut[i];
          edgesOut[i] = edgesOut[j];
          edgesOut[j] = x;
        }
      }
      return n;
    },
  };
  return router;
}
