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
import { Agent, AgentSet, DataCollector, Model, MultiGrid } from "../core/index.ts";
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

/** Mesa's `OrthogonalMooreGrid` neighbourhood: the 8 surrounding cells. */
const MOORE = { moore: true, radius: 1 } as const;

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
    const hood = grid.neighborhoodOfCell(this.cell, MOORE);
    this.cell = hood[rng.int(0, hood.length)];
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
    const w = this.wealthScratch;
    let i = 0;
    for (const a of this.people) w[i++] = a.wealth;
    return this.giniCalc.compute(w, i);
  }
}

function stepAgent(a: MoneyAgent): void {
  a.step();
}
