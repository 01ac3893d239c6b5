/**
 * The generated neighbourhood: a grid-ish street graph on the core's `NetworkSpace`
 * (metres), house lots on both sides of the east–west streets with porch positions and a
 * set-back, vacant lots, a demographic group per household, and a spatial index of porches.
 *
 * Streets come from `layoutSeed` alone (the same town for every run seed); which group
 * lives where comes from the run's random stream.
 */
import { createRng, hashSeed, NetworkSpace, type Rng } from "../../core/index.ts";
import type { NeighbourhoodParams } from "../../scenario/sections/neighbourhood.ts";
import { createGroupMix } from "./group-mix.ts";
import { createPointIndex, type PointIndex } from "./point-index.ts";

/** A generated neighbourhood. Households are numbered 0..householdCount-1 in street order. */
export interface Neighbourhood {
  /** The parameters it was built from (movement speeds etc. are read from here). */
  readonly params: NeighbourhoodParams;
  /** Street graph: nodes are intersections, edges street segments weighted by length (m). */
  readonly graph: NetworkSpace;
  /** Map extent in metres (origin top-left, y down). */
  readonly width: number;
  readonly height: number;
  readonly householdCount: number;
  /** Group names (e.g. "a", "b", "c"), index = value in `houseGroup`. */
  readonly groups: string[];
  /** Normalised share of each group in the configured mix. */
  readonly groupShares: Float64Array;
  readonly houseGroup: Uint8Array;
  /** Porch position: where a visitor stands at the front door (m). */
  readonly houseX: Float64Array;
  readonly houseY: Float64Array;
  /** Street segment (graph edge) in front of the house. */
  readonly houseEdge: Int32Array;
  /** Distance along `houseEdge` from its start node to the point in front of the porch (m). */
  readonly houseEdgeOffset: Float64Array;
  /** Direction from the porch to the street, radians (0 = +x, counter-clockwise in map coordinates). */
  readonly houseFacing: Float64Array;
  /** Street point in front of each porch (m). */
  readonly houseStreetX: Float64Array;
  readonly houseStreetY: Float64Array;
  /** Edge endpoints and lengths as typed arrays (copies of the graph's, for hot loops). */
  readonly edgeA: Int32Array;
  readonly edgeB: Int32Array;
  readonly edgeLength: Float64Array;
  /** Intersections on the map border, where people from outside enter and leave. */
  readonly edgeNodesOfMap: number[];
  /** Households whose porch lies within `radius` metres of (x, y), ascending. */
  housesNear(x: number, y: number, radius: number): number[];
  /** Street segments as [x1, y1, x2, y2] quadruples, for the map. */
  streetSegments(): Float32Array;
}

/** Share of lots left vacant per unit of irregularity (0.2 irregularity -> 5% vacant). */
const VACANT_PER_IRREGULARITY = 0.25;
/** Share of inner cross streets missing per unit of irregularity. */
const MISSING_CROSS_PER_IRREGULARITY = 0.5;
/** Node jitter amplitude per unit of irregularity, as a fraction of the shorter block side. */
const JITTER_PER_IRREGULARITY = 0.5;
/** Cell size of the porch index (m). */
const HOUSE_INDEX_CELL = 50;

/**
 * Generates the neighbourhood.
 *
 * @example
 * ```ts
 * const nb = createNeighbourhood(scenario.neighbourhood, rng.stream("neighbourhood"));
 * nb.householdCount;            // scenario.neighbourhood.households
 * nb.housesNear(nb.houseX[0], nb.houseY[0], 50); // neighbours of house 0
 * ```
 */
export function createNeighbourhood(p: NeighbourhoodParams, rng: Rng): Neighbourhood {
  const mix = createGroupMix(p.groups);
  const layout = createRng(hashSeed("neighbourhood-layout", p.layoutSeed));
  const L = p.blockLength;
  const D = p.blockDepth;
  const lotsPerSide = Math.max(1, Math.floor(L / p.lotWidth) - 1);
  const vacantShare = p.irregularity * VACANT_PER_IRREGULARITY;
  const lotsNeeded = Math.ceil(p.households / (1 - vacantShare));
  const segmentsNeeded = Math.ceil(lotsNeeded / (2 * lotsPerSide));
  // Roughly square town: blocksPerRow * L ~ rows * D.
  const blocksPerRow = Math.max(1, Math.ceil(Math.sqrt((segmentsNeeded * D) / L)));
  const rows = Math.max(1, Math.ceil(segmentsNeeded / blocksPerRow));
  const cols = blocksPerRow + 1;
  const margin = Math.max(p.setback + p.lotWidth, D / 2);
  const width = blocksPerRow * L + 2 * margin;
  const height = (rows - 1) * D + 2 * margin;

  const graph = new NetworkSpace();
  const jitter = p.irregularity * JITTER_PER_IRREGULARITY * Math.min(L, D);
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const border = r === 0 || r === rows - 1 || c === 0 || c === cols - 1;
      const jx = border ? 0 : layout.uniform(-jitter, jitter);
      const jy = border ? 0 : layout.uniform(-jitter, jitter);
      graph.addNode(margin + c * L + jx, margin + r * D + jy);
    }
  }
  const node = (r: number, c: number) => r * cols + c;
  const dist = (a: number, b: number) => Math.hypot(graph.nodeX(b) - graph.nodeX(a), graph.nodeY(b) - graph.nodeY(a));
  const houseStreets: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < blocksPerRow; c++) {
      const a = node(r, c);
      const b = node(r, c + 1);
      houseStreets.push(graph.addEdge(a, b, dist(a, b)));
    }
  }
  for (let r = 0; r + 1 < rows; r++) {
    for (let c = 0; c < cols; c++) {
      const keep = c === 0 || c === cols - 1 || !layout.bernoulli(p.irregularity * MISSING_CROSS_PER_IRREGULARITY);
      if (!keep) continue;
      const a = node(r, c);
      const b = node(r + 1, c);
      graph.addEdge(a, b, dist(a, b));
    }
  }
  const E = graph.edgeCount;
  const edgeA = new Int32Array(E);
  const edgeB = new Int32Array(E);
  const edgeLength = new Float64Array(E);
  for (let e = 0; e < E; e++) {
    edgeA[e] = graph.edgeFrom(e);
    edgeB[e] = graph.edgeTo(e);
    edgeLength[e] = graph.edgeWeight(e);
  }

  // Lots: both sides of every east–west street, evenly spaced along the segment.
  const totalLots = houseStreets.length * 2 * lotsPerSide;
  const chosen = layout.sample(range(totalLots), p.households).sort((x, y) => x - y);
  const n = p.households;
  const houseX = new Float64Array(n);
  const houseY = new Float64Array(n);
  const houseStreetX = new Float64Array(n);
  const houseStreetY = new Float64Array(n);
  const houseEdge = new Int32Array(n);
  const houseEdgeOffset = new Float64Array(n);
  const houseFacing = new Float64Array(n);
  const houseGroup = new Uint8Array(n);
  const streetGroup = houseStreets.map(() => mix.draw(rng));
  for (let h = 0; h < n; h++) {
    const lot = chosen[h];
    const seg = Math.floor(lot / (2 * lotsPerSide));
    const within = lot % (2 * lotsPerSide);
    const side = within < lotsPerSide ? -1 : 1; // -1: north side (smaller y), +1: south side
    const k = within % lotsPerSide;
    const e = houseStreets[seg];
    const ax = graph.nodeX(edgeA[e]);
    const ay = graph.nodeY(edgeA[e]);
    const len = edgeLength[e];
    const ux = (graph.nodeX(edgeB[e]) - ax) / len;
    const uy = (graph.nodeY(edgeB[e]) - ay) / len;
    // Normal pointing to the chosen side; the street edge runs west to east, so (-uy, ux) points south (+y).
    const nx = -uy * side;
    const ny = ux * side;
    const s = ((k + 1) * len) / (lotsPerSide + 1);
    houseEdge[h] = e;
    houseEdgeOffset[h] = s;
    houseStreetX[h] = ax + ux * s;
    houseStreetY[h] = ay + uy * s;
    houseX[h] = houseStreetX[h] + nx * p.setback;
    houseY[h] = houseStreetY[h] + ny * p.setback;
    houseFacing[h] = Math.atan2(-ny, -nx);
    houseGroup[h] = rng.bernoulli(p.groupClustering) ? streetGroup[seg] : mix.draw(rng);
  }

  const edgeNodesOfMap: number[] = [];
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (r === 0 || r === rows - 1 || c === 0 || c === cols - 1) edgeNodesOfMap.push(node(r, c));
    }
  }
  const index: PointIndex = createPointIndex(houseX, houseY, width, height, HOUSE_INDEX_CELL);

  return {
    params: p,
    graph,
    width,
    height,
    householdCount: n,
    groups: mix.names,
    groupShares: mix.shares,
    houseGroup,
    houseX,
    houseY,
    houseEdge,
    houseEdgeOffset,
    houseFacing,
    houseStreetX,
    houseStreetY,
    edgeA,
    edgeB,
    edgeLength,
    edgeNodesOfMap,
    housesNear: (x, y, radius) => index.near(x, y, radius),
    streetSegments() {
      const out = new Float32Array(E * 4);
      for (let e = 0; e < E; e++) {
        out[4 * e] = graph.nodeX(edgeA[e]);
        out[4 * e + 1] = graph.nodeY(edgeA[e]);
        out[4 * e + 2] = graph.nodeX(edgeB[e]);
        out[4 * e + 3] = graph.nodeY(edgeB[e]);
      }
      return out;
    },
  };
}

function range(n: number): number[] {
  const a = new Array<number>(n);
  for (let i = 0; i < n; i++) a[i] = i;
  return a;
}
