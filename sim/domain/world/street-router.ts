/**
 * Shortest paths on the street graph with a cache of shortest-path trees, one per source
 * intersection, computed on first use (the graph's own Dijkstra, `NetworkSpace.shortestPathTree`).
 * Routing a trip is then two array lookups per candidate endpoint plus a walk back along the tree.
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
  const trees: (PathTree | undefined)[] = new Array(N);

  const router: StreetRouter = {
    tree(source) {
      let t = trees[source];
      if (!t) {
        if (!(source >= 0 && source < N)) throw new RangeError(`streetRouter: no node ${source} (0..${N - 1})`);
        t = { source, ...nb.graph.shortestPathTree(source) };
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
