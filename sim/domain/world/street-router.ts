/**
 * Shortest paths on the street graph with a cache of shortest-path trees, one per source
 * intersection, computed on first use (the graph's own Dijkstra, `NetworkSpace.shortestPathTree`).
 * Routing a trip is then two array lookups per candidate endpoint plus a walk back along the tree.
 * Memory: 20 bytes per node per cached source (about 50 MB for 20,000 households).
 */
import type { Neighbourhood } from "./neighbourhood.ts";

/** A shortest-path tree from one source node. */
export interface PathTree {
  readonly source: number;
  /** Distance from the source (m), Infinity when unreachable. */
  readonly dist: Float64Array;
  /** Edge by which each node is reached (-1 at the source or when unreachable). */
  readonly prevEdge: Int32Array;
  /** Node it is reached from (the other end of prevEdge; -1 at the source or when unreachable). */
  readonly prevNode: Int32Array;
  /** Edges on the path from the source (0 at the source, -1 when unreachable). */
  readonly depth: Int32Array;
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
  const trees: (PathTree | undefined)[] = new Array(N);

  const router: StreetRouter = {
    tree(source) {
      let t = trees[source];
      if (!t) {
        if (!(source >= 0 && source < N)) throw new RangeError(`streetRouter: no node ${source} (0..${N - 1})`);
        t = withPathLinks(nb, source, nb.graph.shortestPathTree(source));
        trees[source] = t;
      }
      return t;
    },
    pathNodes(source, target, out, edgesOut) {
      const t = router.tree(source);
      if (t.dist[target] === Infinity) throw new Error(`streetRouter: node ${target} is unreachable from ${source}`);
      // Walk back from the target, filling the buffers from the end: the path's length is known.
      const n = t.depth[target] + 1;
      let v = target;
      for (let i = n - 1; i > 0; i--) {
        out[i] = v;
        if (edgesOut) edgesOut[i - 1] = t.prevEdge[v];
        v = t.prevNode[v];
      }
      out[0] = v;
      return n;
    },
  };
  return router;
}

/** A shortest-path tree with each node's predecessor and depth (so paths are walked without decoding edges or reversing). */
function withPathLinks(nb: Neighbourhood, source: number, sp: { dist: Float64Array; prevEdge: Int32Array }): PathTree {
  const { dist, prevEdge } = sp;
  const n = dist.length;
  const prevNode = new Int32Array(n).fill(-1);
  for (let v = 0; v < n; v++) {
    const e = prevEdge[v];
    if (e >= 0) prevNode[v] = nb.edgeA[e] === v ? nb.edgeB[e] : nb.edgeA[e];
  }
  const depth = new Int32Array(n).fill(-1);
  depth[source] = 0;
  const chain = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    if (depth[v] >= 0 || dist[v] === Infinity) continue;
    // Climb to a node of known depth, then number the nodes climbed over on the way down.
    let k = 0;
    let u = v;
    while (depth[u] < 0) {
      chain[k++] = u;
      u = prevNode[u];
    }
    let d = depth[u];
    while (k > 0) depth[chain[--k]] = ++d;
  }
  return { source, dist, prevEdge, prevNode, depth };
}
