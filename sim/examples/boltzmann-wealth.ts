/**
 * Boltzmann wealth model, ported from Mesa 3.3.1's `mesa/examples/basic/boltzmann_wealth_model`
 * (`model.py`, `agents.py`), the model Mesa's `benchmarks/` times as `BoltzmannWealth`.
 *
 * Rules (as Mesa's): `n` agents start with 1 unit of wealth each on uniformly random
 * cells of a `width` x `height` grid (Mesa's `OrthogonalMooreGrid`, no torus). Each step
 * every agent, in a fresh random order, moves to a uniformly random Moore neighbour cell
 * and then, if it has wealth, gives 1 unit to a uniformly random other agent on its new
 * cell. Per step the model collects the Gini coefficient ("Gini") and every agent's
 * wealth ("Wealth"), as Mesa's `DataCollector` does.
 *
 * Deviations: the random numbers come from our seeded streams, so runs are statistically
 * but not bitwise equal to Mesa's. `torus` is an option (Mesa's example has none).
 */
import { Agent, type AgentSet, DataCollector, Model, MultiGrid, type Rng } from "../core/index.ts";
import { IntegerGini } from "./gini.ts";

/** Parameters of {@link BoltzmannWealth}; names follow Mesa's constructor. */
export interface BoltzmannParams {
  /** Number of agents (Mesa default 100). */
  n?: number;
  /** Grid width (Mesa default 10). */
  width?: number;
  /** Grid height (Mesa default 10). */
  height?: number;
  /** Wrap the grid's edges (Mesa's example: false). */
  torus?: boolean;
  /** Root seed of the model's random streams. */
  seed?: number | string;
}

/** An agent holding integer wealth; Mesa's `MoneyAgent`. */
export class MoneyAgent extends Agent {
  declare readonly model: BoltzmannWealth;
  /** Units of wealth held; starts at 1. */
  wealth = 1;
  /** Current cell index (`y * width + x`). */
  cell: number;

  constructor(model: BoltzmannWealth, cell: number) {
    super(model);
    this.cell = cell;
    model.grid.placeInCell(this, cell);
  }

  /** Moves to a random neighbouring cell, then gives away one unit if it has any. */
  override step(): void {
    this.move();
    if (this.wealth > 0) this.giveMoney();
  }

  /** Moves to a uniformly random Moore neighbour (fewer choices at the grid's edge). */
  move(): void {
    const { grid, rng } = this.model;
    this.cell = randomMooreNeighbour(grid, this.cell, rng);
    grid.moveToCell(this, this.cell);
  }

  /** Gives 1 unit to a uniformly random other agent on the same cell, if there is one. */
  giveMoney(): void {
    const m = this.model;
    const n = m.grid.countInCell(this.cell);
    if (n < 2) return;
    const mates = m.grid.cellItems(this.cell, m.cellmates);
    // Draw among the first n-1 slots; if that is this agent, take the last slot instead:
    // uniform over the other agents without building a filtered list.
    let other = mates[m.rng.int(0, n - 1)];
    if (other === this) other = mates[n - 1];
    other.wealth += 1;
    this.wealth -= 1;
  }
}

/**
 * Mesa's `BoltzmannWealth`: random exchange of wealth between agents that meet.
 *
 * @example
 * ```ts
 * const model = new BoltzmannWealth({ n: 100, width: 10, height: 10, seed: 1 });
 * model.runSteps(100);
 * model.datacollector.column("Gini"); // Float64Array: 0 at the start, then ~0.6
 * model.datacollector.agentRows();    // [{ step, agentId, Wealth }, ...]
 * ```
 */
export class BoltzmannWealth extends Model {
  readonly grid: MultiGrid<MoneyAgent>;
  /** The model's agents, typed. */
  readonly people: AgentSet<MoneyAgent>;
  readonly datacollector: DataCollector<BoltzmannWealth, MoneyAgent>;
  /** @internal Reused buffer for a cell's agents. */
  readonly cellmates: MoneyAgent[] = [];
  private readonly giniCalc = new IntegerGini();
  private wealthScratch: Int32Array;
  private wealthCount = 0;
  /** Appends an agent's wealth to the scratch buffer (bound once: no closure per step). */
  private readonly recordWealth = (a: MoneyAgent): void => {
    this.wealthScratch[this.wealthCount++] = a.wealth;
  };

  constructor({ n = 100, width = 10, height = 10, torus = false, seed = 0 }: BoltzmannParams = {}) {
    super({ seed });
    this.grid = new MultiGrid<MoneyAgent>(width, height, { torus });
    this.people = this.agentsByType(MoneyAgent);
    this.wealthScratch = new Int32Array(n);
    for (let i = 0; i < n; i++) new MoneyAgent(this, this.rng.int(0, width * height));
    this.datacollector = new DataCollector<BoltzmannWealth, MoneyAgent>({
      modelReporters: { Gini: (m) => m.gini() },
      agentReporters: { Wealth: (a) => a.wealth },
      agents: (m) => m.people,
    });
    this.datacollector.collect(this);
  }

  /** One step: every agent acts once in random order, then data is collected. */
  override step(): void {
    this.people.shuffleDo(stepAgent);
    this.datacollector.collect(this);
  }

  /** Gini coefficient of the current wealth distribution (0 = equal, 1 = one holds all). */
  gini(): number {
    if (this.wealthScratch.length < this.people.size) this.wealthScratch = new Int32Array(this.people.size);
    this.wealthCount = 0;
    this.people.do(this.recordWealth);
    return this.giniCalc.compute(this.wealthScratch, this.wealthCount);
  }
}

function stepAgent(a: MoneyAgent): void {
  a.step();
}

/**
 * A uniformly random Moore neighbour of `cell` (radius 1, centre excluded; clipped at the
 * edges, wrapped on a torus): one of the cells of `grid.neighborhoodOfCell(cell)`, which
 * is Mesa's `cell.neighborhood`, drawn by arithmetic on the 3 x 3 block rather than read
 * from the cached list. With 10 000 agents moving each step, the per-cell lists are
 * scattered in memory and reading one costs a cache miss; this draw costs none.
 */
export function randomMooreNeighbour(grid: MultiGrid<unknown>, cell: number, rng: Rng): number {
  const { width: w, height: h } = grid;
  const x = cell % w;
  const y = (cell - x) / w;
  if (grid.torus && w >= 3 && h >= 3) {
    let k = rng.int(0, 8);
    if (k >= 4) k++; // skip the centre, index 4 of the 3 x 3 block
    const nx = (x + (k % 3) + w - 1) % w;
    const ny = (y + ((k / 3) | 0) + h - 1) % h;
    return ny * w + nx;
  }
  if (grid.torus) {
    // Narrower than 3: wrapped cells repeat, so draw from the deduplicated list.
    const hood = grid.neighborhoodOfCell(cell);
    return hood[rng.int(0, hood.length)];
  }
  const x0 = x > 0 ? x - 1 : x;
  const x1 = x < w - 1 ? x + 1 : x;
  const y0 = y > 0 ? y - 1 : y;
  const y1 = y < h - 1 ? y + 1 : y;
  const cols = x1 - x0 + 1;
  let k = rng.int(0, cols * (y1 - y0 + 1) - 1);
  const centre = (y - y0) * cols + (x - x0);
  if (k >= centre) k++; // skip the centre
  return (y0 + ((k / cols) | 0)) * w + x0 + (k % cols);
}
