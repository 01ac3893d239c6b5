import { describe, expect, it } from "vitest";
import { createRng, NetworkSpace } from "../../sim/core/index.ts";

/** Random connected-ish graph with some parallel edges and an isolated part. */
function randomGraph(seed: number, n: number, m: number): NetworkSpace<string> {
  const rng = createRng(seed);
  const g = new NetworkSpace<string>();
  for (let i = 0; i < n; i++) g.addNode(rng.uniform(0, 100), rng.uniform(0, 100));
  for (let e = 0; e < m; e++) {
    const a = rng.int(0, n - 2); // the last two nodes stay isolated from the rest
    const b = rng.int(0, n - 2);
    g.addEdge(a, b, rng.int(1, 20));
  }
  g.addEdge(n - 2, n - 1, 3);
  return g;
}

/** All-pairs distances by Floyd–Warshall over the edge list. */
function floydWarshall(g: NetworkSpace): number[][] {
  const n = g.nodeCount;
  const d = Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => (i === j ? 0 : Infinity)));
  for (let e = 0; e < g.edgeCount; e++) {
    const a = g.edgeFrom(e);
    const b = g.edgeTo(e);
    const w = g.edgeWeight(e);
    if (w < d[a][b]) d[a][b] = d[b][a] = w;
  }
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) {
        if (d[i][k] + d[k][j] < d[i][j]) d[i][j] = d[i][k] + d[k][j];
      }
  return d;
}

describe("NetworkSpace", () => {
  it("stores nodes, edges and coordinates; neighbors follow edge order", () => {
    const g = new NetworkSpace();
    const a = g.addNode(1, 2);
    const b = g.addNode(3, 4);
    const c = g.addNode();
    expect([a, b, c]).toEqual([0, 1, 2]);
    const e0 = g.addEdge(a, b, 5);
    const e1 = g.addEdge(c, a, 2);
    expect([g.nodeCount, g.edgeCount]).toEqual([3, 2]);
    expect([g.nodeX(b), g.nodeY(b), g.nodeX(c)]).toEqual([3, 4, 0]);
    expect([g.edgeFrom(e1), g.edgeTo(e1), g.edgeWeight(e0)]).toEqual([c, a, 5]);
    expect(g.neighbors(a)).toEqual([b, c]);
    expect(g.incidentEdges(a)).toEqual([e0, e1]);
    expect(g.degree(b)).toBe(1);
    expect(g.edgeOther(e1, a)).toBe(c);
    g.addEdge(b, c, 1); // adding after a query rebuilds the adjacency
    expect(g.neighbors(c)).toEqual([a, b]);
    expect(g.nearestNode(2.9, 4.2)).toBe(b);
    const { offsets, nodes, edges } = g.adjacency();
    expect(Array.from(nodes.subarray(offsets[c], offsets[c + 1]))).toEqual(g.neighbors(c));
    expect(Array.from(edges.subarray(offsets[c], offsets[c + 1]))).toEqual(g.incidentEdges(c));
    expect(() => g.addEdge(0, 7, 1)).toThrow(/node 7 does not exist/);
    expect(() => g.addEdge(0, 1, -1)).toThrow(/weight/);
  });

  it("shortest paths and distances match Floyd–Warshall on random graphs", () => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const g = randomGraph(seed, 25, 45);
      const d = floydWarshall(g);
      for (let s = 0; s < g.nodeCount; s++) {
        const dist = g.distancesFrom(s);
        for (let t = 0; t < g.nodeCount; t++) {
          expect(dist[t]).toBe(d[s][t]);
          const p = g.shortestPath(s, t);
          if (d[s][t] === Infinity) {
            expect(p).toBeNull();
            continue;
          }
          expect(p).not.toBeNull();
          const path = p!;
          expect(path.length).toBe(d[s][t]);
          expect(path.nodes[0]).toBe(s);
          expect(path.nodes[path.nodes.length - 1]).toBe(t);
          expect(path.edges.length).toBe(path.nodes.length - 1);
          // the edges really connect consecutive nodes and add up to the length
          let sum = 0;
          for (let i = 0; i < path.edges.length; i++) {
            const e = path.edges[i];
            const ends = [g.edgeFrom(e), g.edgeTo(e)].sort();
            expect(ends).toEqual([path.nodes[i], path.nodes[i + 1]].sort());
            sum += g.edgeWeight(e);
          }
          expect(sum).toBe(path.length);
        }
      }
    }
  });

  it("shortestPathTree holds every shortest path from its source, as shortestPath walks it", () => {
    for (const seed of [6, 7]) {
      const g = randomGraph(seed, 25, 45);
      const d = floydWarshall(g);
      for (let s = 0; s < g.nodeCount; s++) {
        const tree = g.shortestPathTree(s);
        expect(tree.prevEdge[s]).toBe(-1);
        for (let t = 0; t < g.nodeCount; t++) {
          expect(tree.dist[t]).toBe(d[s][t]);
          const path = g.shortestPath(s, t);
          if (!path) {
            expect(tree.prevEdge[t]).toBe(-1);
            continue;
          }
          const edges: number[] = [];
          for (let n = t; n !== s; n = g.edgeOther(tree.prevEdge[n], n)) edges.push(tree.prevEdge[n]);
          expect(edges.reverse()).toEqual(path.edges);
        }
      }
    }
    expect(() => randomGraph(1, 5, 5).shortestPathTree(9)).toThrow(/shortestPathTree/);
  });

  it("picks the lighter of parallel edges, and respects setEdgeWeight and maxDistance", () => {
    const g = new NetworkSpace();
    for (let i = 0; i < 4; i++) g.addNode(i, 0);
    g.addEdge(0, 1, 10);
    const light = g.addEdge(0, 1, 4);
    const e12 = g.addEdge(1, 2, 4);
    g.addEdge(0, 2, 9);
    expect(g.shortestPath(0, 2)).toEqual({ nodes: [0, 1, 2], edges: [light, e12], length: 8 });
    g.setEdgeWeight(e12, 6);
    expect(g.shortestPath(0, 2)?.length).toBe(9);
    expect(g.shortestPath(3, 0)).toBeNull();
    expect(g.shortestPath(2, 2)).toEqual({ nodes: [2], edges: [], length: 0 });
    expect(Array.from(g.distancesFrom(0, 5))).toEqual([0, 4, Infinity, Infinity]);
  });

  it("places, moves and removes agents on nodes", () => {
    const g = new NetworkSpace<string>();
    g.addNode();
    g.addNode();
    g.place("ann", 0);
    g.place("bob", 0);
    g.place("cy", 1);
    expect(g.agentsAt(0)).toEqual(["ann", "bob"]);
    g.move("ann", 1);
    expect(g.agentsAt(0)).toEqual(["bob"]);
    expect(g.agentsAt(1)).toEqual(["cy", "ann"]);
    expect(g.nodeOf("ann")).toBe(1);
    expect(g.remove("cy")).toBe(true);
    expect(g.remove("cy")).toBe(false);
    expect(g.nodeOf("cy")).toBe(-1);
    expect(g.agentCountAt(1)).toBe(1);
    expect(() => g.place("bob", 1)).toThrow(/already/);
    expect(() => g.move("zed", 0)).toThrow(/place\(\) it first/);
  });
});
