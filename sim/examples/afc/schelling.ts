/**
 * Schelling's segregation model as declared by the JuliaDynamics ABMFrameworksComparison
 * repository (`Schelling/DECLARATION.md`), written on `sim/core` the way a user would.
 *
 * Rules (as declared): `agents` agents, half of group 1 and half of group 2, each on its
 * own uniformly random cell of a `side` x `side` grid that does not wrap; every agent has
 * an id, a position, a group and a happy flag that starts false. Each step every agent,
 * in a fresh random order, counts the agents of its own group among the occupied cells
 * within Chebyshev distance `radius` (clipped at the edges, itself not counted). If the
 * count is at least the model's `minToBeHappy` (an integer, read from the model on every
 * decision) the agent is happy; otherwise it is unhappy and moves to a uniformly random
 * empty cell. Agents move, they are never deleted and re-created.
 *
 * Differences from our Mesa port (`../schelling.ts`): an integer threshold on the count
 * of similar neighbours instead of a share, the move happens in the same activation as
 * the decision, and no data is collected.
 *
 * Representation: a `MultiGrid` used at one agent per cell (every placement and move
 * goes to an empty cell, which is what keeps it single-occupancy); the neighbourhood of
 * every cell comes from the grid's shared neighbourhood table.
 */
import { Agent, type AgentSet, Model, MultiGrid, type NeighborhoodTable } from "../../core/index.ts";

/** Parameters of {@link AfcSchelling}. */
export interface AfcSchellingParams {
  /** Side of the square grid, in cells. */
  side: number;
  /** Number of agents (half of group 1, half of group 2; group 1 gets the extra one when odd). */
  agents: number;
  /** Chebyshev radius of the neighbourhood, in cells (>= 1). */
  radius: number;
  /** Least number of same-group neighbours that makes an agent happy. */
  minToBeHappy: number;
  /** Root seed of the model's random streams. */
  seed?: number | string;
}

/** An agent of group 1 or 2 on its own cell. */
export class SchellingResident extends Agent {
  declare readonly model: AfcSchelling;
  /** 1 or 2. */
  readonly group: number;
  /** Whether its last count of same-group neighbours reached the threshold. */
  happy = false;

  /** Places a new agent of `group` on cell `cell` (y * side + x), which must be empty. */
  constructor(model: AfcSchelling, cell: number, group: number) {
    super(model);
    if (model.grid.countInCell(cell) > 0) throw new Error(`SchellingResident: cell ${cell} is already occupied`);
    this.group = group;
    model.grid.placeInCell(this, cell);
  }

  /** Counts same-group neighbours; happy if enough, else moves to a random empty cell. */
  override step(): void {
    const m = this.model;
    const grid = m.grid;
    const { cells, start } = m.neighborhood;
    const here = grid.cellOf(this);
    let same = 0;
    for (let k = start[here]; k < start[here + 1]; k++) {
      const other = grid.firstInCell(cells[k]);
      if (other !== undefined && other.group === this.group) same++;
    }
    this.happy = same >= m.minToBeHappy;
    if (!this.happy) grid.moveToEmpty(this, m.rng);
  }
}

/**
 * The declared Schelling model.
 *
 * @example
 * ```ts
 * const model = new AfcSchelling({ side: 40, agents: 1000, radius: 1, minToBeHappy: 3, seed: 1 });
 * model.happyCount(); // 0: nobody has looked around yet
 * model.runSteps(20);
 * model.happyCount(); // most of the 1000
 * ```
 */
export class AfcSchelling extends Model {
  readonly side: number;
  readonly radius: number;
  /** Least number of same-group neighbours that makes an agent happy. */
  readonly minToBeHappy: number;
  /** One agent at most per cell; does not wrap. */
  readonly grid: MultiGrid<SchellingResident>;
  /** The Moore neighbourhood of `radius` of every cell, centre excluded. */
  readonly neighborhood: NeighborhoodTable;
  readonly residents: AgentSet<SchellingResident>;

  constructor({ side, agents, radius, minToBeHappy, seed = 0 }: AfcSchellingParams) {
    super({ seed });
    if (!Number.isInteger(agents) || agents < 0 || agents > side * side) {
      throw new RangeError(`AfcSchelling: agents must be a whole number from 0 to side * side (${side * side}), got ${agents}`);
    }
    this.side = side;
    this.radius = radius;
    this.minToBeHappy = minToBeHappy;
    this.grid = new MultiGrid<SchellingResident>(side, side);
    this.neighborhood = this.grid.neighborhoodTable({ moore: true, radius });
    this.residents = this.agentsByType(SchellingResident);
    const group1 = Math.ceil(agents / 2);
    for (let i = 0; i < agents; i++) {
      new SchellingResident(this, this.grid.randomEmptyCell(this.rng), i < group1 ? 1 : 2);
    }
  }

  /** Every agent acts once, in a new random order. */
  override step(): void {
    this.residents.shuffleDo(stepResident);
  }

  /** Number of agents whose happy flag is set. */
  happyCount(): number {
    return this.residents.agg(happyAsNumber, "sum");
  }

  /**
   * Mean over agents of the share of their occupied neighbouring cells that hold their
   * own group (agents with no neighbour count 0): about one half at random placement.
   */
  similarShare(): number {
    const { cells, start } = this.neighborhood;
    let sum = 0;
    for (const a of this.residents) {
      const here = this.grid.cellOf(a);
      let occupied = 0;
      let same = 0;
      for (let k = start[here]; k < start[here + 1]; k++) {
        const other = this.grid.firstInCell(cells[k]);
        if (other === undefined) continue;
        occupied++;
        if (other.group === a.group) same++;
      }
      if (occupied > 0) sum += same / occupied;
    }
    return this.residents.size > 0 ? sum / this.residents.size : 0;
  }
}

function stepResident(a: SchellingResident): void {
  a.step();
}

function happyAsNumber(a: SchellingResident): number {
  return a.happy ? 1 : 0;
}
