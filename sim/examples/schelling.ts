/**
 * Schelling segregation model, ported from Mesa 3.3.1's `mesa/examples/basic/schelling`
 * (`model.py`, `agents.py`), the model Mesa's `benchmarks/` times as `Schelling`.
 *
 * Rules (as Mesa's): each cell of a `width` x `height` grid (no torus) holds an agent
 * with probability `density`; an agent is of the minority type (1) with probability
 * `minorityPc`, else of the majority type (0). An agent is happy when the share of
 * similar agents among its occupied Moore neighbours within `radius` is at least
 * `homophily` (no neighbours counts as share 0). Each step: every agent, in random
 * order, moves to a uniformly random empty cell if it was unhappy at the end of the
 * previous step; then every agent re-assesses its happiness. The model stops
 * (`running = false`) once everyone is happy. Collected per step, as in Mesa:
 * `happy`, `pct_happy`, `population`, `minority_pct` and each agent's `agent_type`.
 *
 * Representation: agents live in a `MultiGrid` used at one agent per cell (Mesa's
 * `capacity=1`); moves go through the grid's list of empty cells. The hot read, "who
 * lives next door", goes to a layer of cell codes (what Mesa calls a property layer),
 * kept in step with the grid on every move: 0 for an empty cell, 1 for a majority
 * agent, `1 + MINORITY` for a minority agent. Summing the codes of a neighbourhood
 * counts occupied cells (remainder) and minority agents (quotient by MINORITY) in one
 * branch-free pass over adjacent memory.
 *
 * Deviation: our random streams differ from Python's, so runs match Mesa's
 * statistically, not bitwise.
 */
import { Agent, type AgentSet, DataCollector, Model, MultiGrid } from "../core/index.ts";

/** Parameters of {@link Schelling}; names and defaults follow Mesa's constructor. */
export interface SchellingParams {
  /** Grid width (default 20). */
  width?: number;
  /** Grid height (default 20). */
  height?: number;
  /** Chance that a cell starts occupied (default 0.8). */
  density?: number;
  /** Chance that an agent is of the minority type (default 0.5). */
  minorityPc?: number;
  /** Least share of similar neighbours an agent needs to be happy (default 0.4). */
  homophily?: number;
  /** Moore neighbourhood radius (default 1). */
  radius?: number;
  /** Root seed of the model's random streams. */
  seed?: number | string;
}

/** Weight of a minority agent in {@link Schelling.codeAt}: above any neighbourhood size. */
const MINORITY = 1 << 16;

/** The code of a cell holding an agent of `type` (see {@link Schelling.codeAt}). */
function codeOf(type: number): number {
  return type === 1 ? 1 + MINORITY : 1;
}

/** Mesa's `SchellingAgent`: a resident of one type who moves away when unhappy. */
export class SchellingAgent extends Agent {
  declare readonly model: Schelling;
  /** 1 for the minority type, 0 for the majority type. */
  readonly type: number;
  /** Cell index `y * width + x`. */
  cell: number;
  /** Whether enough neighbours are similar (as of the last `assignState`). */
  happy = false;

  constructor(model: Schelling, cell: number, type: number) {
    super(model);
    this.cell = cell;
    this.type = type;
    model.grid.placeInCell(this, cell);
    model.codeAt[cell] = codeOf(type);
  }

  /** Counts similar neighbours and records happiness (Mesa's `assign_state`). */
  assignState(): void {
    const m = this.model;
    const similarShare = m.similarShareAt(this.cell, this.type);
    this.happy = similarShare >= m.homophily;
    if (this.happy) m.happy++;
  }

  /** Moves to a random empty cell if unhappy. */
  override step(): void {
    if (this.happy) return;
    const { grid, rng, codeAt } = this.model;
    const to = grid.randomEmptyCell(rng);
    if (to < 0) return; // a full grid: nowhere to go
    grid.moveToCell(this, to);
    codeAt[this.cell] = 0;
    codeAt[to] = codeOf(this.type);
    this.cell = to;
  }
}

/**
 * Mesa's `Schelling` model.
 *
 * @example
 * ```ts
 * const model = new Schelling({ width: 40, height: 40, density: 0.625, seed: 1 });
 * model.similarShare(); // ~0.5 at random placement
 * model.runSteps(20);   // stops early (running = false) once everyone is happy
 * model.similarShare(); // ~0.8
 * model.datacollector.modelRows(); // [{ step, happy, pct_happy, population, minority_pct }, ...]
 * ```
 */
export class Schelling extends Model {
  readonly width: number;
  readonly height: number;
  readonly homophily: number;
  readonly radius: number;
  /** One agent at most per cell. */
  readonly grid: MultiGrid<SchellingAgent>;
  /** Each cell's code: 0 empty, 1 majority agent, 1 + MINORITY minority agent (mirrors `grid`). */
  readonly codeAt: Int32Array;
  /** The residents (all agents of this model). */
  readonly residents: AgentSet<SchellingAgent>;
  /** Happy agents counted during the current step. */
  happy = 0;
  readonly datacollector: DataCollector<Schelling, SchellingAgent>;

  constructor({ width = 20, height = 20, density = 0.8, minorityPc = 0.5, homophily = 0.4, radius = 1, seed = 0 }: SchellingParams = {}) {
    super({ seed });
    this.width = width;
    this.height = height;
    this.homophily = homophily;
    this.radius = radius;
    this.grid = new MultiGrid<SchellingAgent>(width, height);
    if (!Number.isInteger(radius) || radius < 1 || (2 * radius + 1) ** 2 >= MINORITY) {
      throw new RangeError(`Schelling: radius must be a whole number from 1 to 127, got ${radius}`);
    }
    this.codeAt = new Int32Array(width * height);
    this.residents = this.agentsByType(SchellingAgent);
    for (let cell = 0; cell < width * height; cell++) {
      if (this.rng.next() < density) {
        new SchellingAgent(this, cell, this.rng.next() < minorityPc ? 1 : 0);
      }
    }
    this.datacollector = new DataCollector<Schelling, SchellingAgent>({
      modelReporters: {
        happy: (m) => m.happy,
        pct_happy: (m) => (m.residents.size > 0 ? (m.happy / m.residents.size) * 100 : 0),
        population: (m) => m.residents.size,
        minority_pct: (m) => (m.residents.size > 0 ? (m.minorityCount() / m.residents.size) * 100 : 0),
      },
      agentReporters: { agent_type: (a) => a.type },
      agents: (m) => m.residents,
    });
    this.residents.do(assignState);
    this.datacollector.collect(this);
  }

  /** Unhappy agents move (random order), everyone re-assesses, data is collected. */
  override step(): void {
    this.happy = 0;
    this.residents.shuffleDo(stepAgent);
    this.residents.do(assignState);
    this.datacollector.collect(this);
    this.running = this.happy < this.residents.size;
  }

  /**
   * Share of the agents on the neighbouring cells (Moore, within `radius`, clipped at
   * the edges; Mesa's `get_neighborhood(radius)`) whose type is `type`; 0 when no
   * neighbouring cell is occupied.
   */
  similarShareAt(cell: number, type: number): number {
    // Scan the (2r+1)^2 box row by row, clipped at the edges: the same cells as
    // grid.neighborhoodOfCell(cell, this.hood) plus the centre, but read in runs of
    // adjacent memory, which matters once moves have scattered agents across the grid.
    const w = this.width;
    const r = this.radius;
    const x = cell % w;
    const y = (cell - x) / w;
    const x0 = x > r ? x - r : 0;
    const x1 = x + r < w ? x + r : w - 1;
    const y0 = y > r ? y - r : 0;
    const y1 = y + r < this.height ? y + r : this.height - 1;
    const codeAt = this.codeAt;
    let sum = -codeAt[cell]; // the centre is not a neighbour
    for (let ny = y0; ny <= y1; ny++) {
      const row = ny * w;
      for (let c = row + x0; c <= row + x1; c++) sum += codeAt[c];
    }
    const minority = Math.floor(sum / MINORITY);
    const occupied = sum - minority * MINORITY;
    const similar = type === 1 ? minority : occupied - minority;
    return occupied > 0 ? similar / occupied : 0;
  }

  /** Mean over agents of their share of similar neighbours (the segregation measure). */
  similarShare(): number {
    let sum = 0;
    for (const a of this.residents) sum += this.similarShareAt(a.cell, a.type);
    return this.residents.size > 0 ? sum / this.residents.size : 0;
  }

  /** Number of minority-type agents. */
  minorityCount(): number {
    return this.residents.agg(typeOf, "sum");
  }
}

function assignState(a: SchellingAgent): void {
  a.assignState();
}

function stepAgent(a: SchellingAgent): void {
  a.step();
}

function typeOf(a: SchellingAgent): number {
  return a.type;
}
