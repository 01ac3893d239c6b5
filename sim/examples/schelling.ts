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
 * `capacity=1`); moves go through the grid's list of empty cells. Deviation: our random
 * streams differ from Python's, so runs match Mesa's statistically, not bitwise.
 */
import { Agent, AgentSet, DataCollector, Model, MultiGrid, type NeighborhoodOptions } from "../core/index.ts";

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
    const { grid, rng } = this.model;
    const to = grid.randomEmptyCell(rng);
    if (to < 0) return; // a full grid: nowhere to go
    grid.moveToCell(this, to);
    this.cell = to;
  }
}

/** Mesa's `Schelling` model. */
export class Schelling extends Model {
  readonly width: number;
  readonly height: number;
  readonly homophily: number;
  readonly radius: number;
  /** One agent at most per cell. */
  readonly grid: MultiGrid<SchellingAgent>;
  /** Neighbourhood shape: Moore within `radius`, centre excluded. */
  readonly hood: NeighborhoodOptions;
  /** The residents (all agents of this model). */
  readonly residents: AgentSet<SchellingAgent>;
  /** Happy agents counted during the current step. */
  happy = 0;
  readonly datacollector: DataCollector<Schelling, SchellingAgent>;

  constructor({
    width = 20,
    height = 20,
    density = 0.8,
    minorityPc = 0.5,
    homophily = 0.4,
    radius = 1,
    seed = 0,
  }: SchellingParams = {}) {
    super({ seed });
    this.width = width;
    this.height = height;
    this.homophily = homophily;
    this.radius = radius;
    this.grid = new MultiGrid<SchellingAgent>(width, height);
    this.hood = { moore: true, radius, includeCenter: false };
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
   * the edges) whose type is `type`; 0 when no neighbouring cell is occupied.
   */
  similarShareAt(cell: number, type: number): number {
    const grid = this.grid;
    const hood = grid.neighborhoodOfCell(cell, this.hood);
    let similar = 0;
    let occupied = 0;
    for (let i = 0; i < hood.length; i++) {
      const other = grid.firstInCell(hood[i]);
      if (other === undefined) continue;
      occupied++;
      if (other.type === type) similar++;
    }
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
    let n = 0;
    for (const a of this.residents) n += a.type;
    return n;
  }
}

function assignState(a: SchellingAgent): void {
  a.assignState();
}

function stepAgent(a: SchellingAgent): void {
  a.step();
}
