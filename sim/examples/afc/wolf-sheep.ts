/**
 * Wolf–sheep–grass predation as declared by the JuliaDynamics ABMFrameworksComparison
 * repository (`WolfSheep/DECLARATION.md`), written on `sim/core` the way a user would.
 *
 * Rules (as declared): sheep and wolves are distinct agent classes with an id, a cell,
 * a floating-point energy, a reproduction probability and an energy gain; they start on
 * uniformly random cells of a `side` x `side` grid that does not wrap, with a whole
 * energy drawn uniformly from 1 to twice their gain. Every cell has grass: fully grown
 * with even odds, else counting down from a whole number drawn uniformly from 1 to the
 * regrowth time. Each step all sheep act in a fresh random order, then all wolves in a
 * fresh random order, then the grass:
 * - a sheep walks to a uniformly random one of the (up to 8) adjacent cells, loses 1
 *   energy, eats the grass of its cell if fully grown (+`sheepGain`; the grass starts
 *   counting down from the regrowth time), dies if its energy is below 1, and otherwise
 *   with its reproduction probability halves its energy and gives birth on its cell to
 *   a lamb with that energy;
 * - a wolf walks the same way, loses 1 energy, eats one uniformly chosen sheep of its
 *   cell if there is one (+`wolfGain`, the sheep is removed), dies if its energy is below
 *   0, and otherwise reproduces the same way;
 * - every cell whose grass is not fully grown counts down by 1 and is fully grown when
 *   it reaches 0.
 * Newborns first act in the next step.
 *
 * Differences from our Mesa port (`../wolf-sheep.ts`): the grid does not wrap, animals
 * walk to any of the 8 adjacent cells without looking, sheep die below 1 energy, grass
 * is a countdown per cell updated in a pass after the animals (not a scheduled event
 * per patch), and no data is collected.
 *
 * Representation: sheep and wolves live in two `MultiGrid`s (one per class, so a wolf
 * finds the sheep of its cell without filtering); grass is two typed arrays indexed by
 * cell, which the declaration allows ("in whatever way each framework can do in the
 * most performant way").
 */
import { Agent, type AgentSet, Model, MultiGrid, type NeighborhoodTable } from "../../core/index.ts";

/** Parameters of {@link AfcWolfSheep}. */
export interface AfcWolfSheepParams {
  /** Side of the square grid, in cells. */
  side: number;
  initialSheep: number;
  initialWolves: number;
  /** Grass passes an eaten cell takes to be fully grown again. */
  regrowthTime: number;
  /** Chance a sheep reproduces in a step. */
  sheepReproduce: number;
  /** Chance a wolf reproduces in a step. */
  wolfReproduce: number;
  /** Energy a sheep gains from fully grown grass (default 5). */
  sheepGain?: number;
  /** Energy a wolf gains from a sheep (default 13). */
  wolfGain?: number;
  /** Root seed of the model's random streams. */
  seed?: number | string;
}

/** A sheep: walks, grazes, dies below 1 energy, reproduces. */
export class Sheep extends Agent {
  declare readonly model: AfcWolfSheep;
  energy: number;
  readonly reproduceProbability: number;
  readonly energyGain: number;

  /** A sheep with `energy` on cell `cell` (y * side + x). */
  constructor(model: AfcWolfSheep, cell: number, energy: number) {
    super(model);
    this.energy = energy;
    this.reproduceProbability = model.sheepReproduce;
    this.energyGain = model.sheepGain;
    model.sheepGrid.placeInCell(this, cell);
  }

  override step(): void {
    const m = this.model;
    const cell = m.walk(m.sheepGrid, this);
    this.energy -= 1;
    if (m.grassGrown[cell] === 1) {
      this.energy += this.energyGain;
      m.grassGrown[cell] = 0;
      m.grassCountdown[cell] = m.regrowthTime;
    }
    if (this.energy < 1) {
      this.remove();
    } else if (m.rng.next() < this.reproduceProbability) {
      this.energy /= 2;
      new Sheep(m, cell, this.energy);
    }
  }

  /** Leaves the grid and the model. */
  override remove(): void {
    this.model.sheepGrid.remove(this);
    super.remove();
  }
}

/** A wolf: walks, eats a sheep of its cell, dies below 0 energy, reproduces. */
export class Wolf extends Agent {
  declare readonly model: AfcWolfSheep;
  energy: number;
  readonly reproduceProbability: number;
  readonly energyGain: number;

  /** A wolf with `energy` on cell `cell` (y * side + x). */
  constructor(model: AfcWolfSheep, cell: number, energy: number) {
    super(model);
    this.energy = energy;
    this.reproduceProbability = model.wolfReproduce;
    this.energyGain = model.wolfGain;
    model.wolfGrid.placeInCell(this, cell);
  }

  override step(): void {
    const m = this.model;
    const cell = m.walk(m.wolfGrid, this);
    this.energy -= 1;
    const sheepHere = m.sheepGrid.countInCell(cell);
    if (sheepHere > 0) {
      const prey = m.sheepGrid.cellItems(cell, m.sheepBuffer)[m.rng.int(0, sheepHere)];
      prey.remove();
      this.energy += this.energyGain;
    }
    if (this.energy < 0) {
      this.remove();
    } else if (m.rng.next() < this.reproduceProbability) {
      this.energy /= 2;
      new Wolf(m, cell, this.energy);
    }
  }

  /** Leaves the grid and the model. */
  override remove(): void {
    this.model.wolfGrid.remove(this);
    super.remove();
  }
}

/**
 * The declared wolf–sheep–grass model.
 *
 * @example
 * ```ts
 * const model = new AfcWolfSheep({ side: 25, initialSheep: 60, initialWolves: 40, regrowthTime: 20,
 *   sheepReproduce: 0.2, wolfReproduce: 0.1, seed: 1 });
 * model.runSteps(100);
 * [model.sheep.size, model.wolves.size, model.grassGrownCount()];
 * ```
 */
export class AfcWolfSheep extends Model {
  readonly side: number;
  readonly regrowthTime: number;
  readonly sheepReproduce: number;
  readonly wolfReproduce: number;
  readonly sheepGain: number;
  readonly wolfGain: number;
  readonly sheepGrid: MultiGrid<Sheep>;
  readonly wolfGrid: MultiGrid<Wolf>;
  readonly sheep: AgentSet<Sheep>;
  readonly wolves: AgentSet<Wolf>;
  /** 1 where the cell's grass is fully grown, else 0. */
  readonly grassGrown: Uint8Array;
  /** Grass passes left until a cell's grass is fully grown (meaningless where it is). */
  readonly grassCountdown: Int32Array;
  /** The (up to 8) cells adjacent to every cell. */
  readonly adjacent: NeighborhoodTable;
  /** @internal Reused buffer for the sheep of a cell. */
  readonly sheepBuffer: Sheep[] = [];

  constructor({
    side,
    initialSheep,
    initialWolves,
    regrowthTime,
    sheepReproduce,
    wolfReproduce,
    sheepGain = 5,
    wolfGain = 13,
    seed = 0,
  }: AfcWolfSheepParams) {
    super({ seed });
    if (!Number.isInteger(regrowthTime) || regrowthTime < 1) {
      throw new RangeError(`AfcWolfSheep: regrowthTime must be a whole number >= 1, got ${regrowthTime}`);
    }
    this.side = side;
    this.regrowthTime = regrowthTime;
    this.sheepReproduce = sheepReproduce;
    this.wolfReproduce = wolfReproduce;
    this.sheepGain = sheepGain;
    this.wolfGain = wolfGain;
    this.sheepGrid = new MultiGrid<Sheep>(side, side);
    this.wolfGrid = new MultiGrid<Wolf>(side, side);
    this.adjacent = this.sheepGrid.neighborhoodTable({ moore: true, radius: 1 });
    this.sheep = this.agentsByType(Sheep);
    this.wolves = this.agentsByType(Wolf);
    const cells = side * side;
    const rng = this.rng;
    for (let i = 0; i < initialSheep; i++) new Sheep(this, rng.int(0, cells), rng.int(1, 2 * sheepGain + 1));
    for (let i = 0; i < initialWolves; i++) new Wolf(this, rng.int(0, cells), rng.int(1, 2 * wolfGain + 1));
    this.grassGrown = new Uint8Array(cells);
    this.grassCountdown = new Int32Array(cells);
    for (let c = 0; c < cells; c++) {
      if (rng.next() < 0.5) this.grassGrown[c] = 1;
      else this.grassCountdown[c] = rng.int(1, regrowthTime + 1);
    }
  }

  /** Sheep act, then wolves (each in a new random order), then the grass grows. */
  override step(): void {
    this.sheep.shuffleDo(stepAnimal);
    this.wolves.shuffleDo(stepAnimal);
    this.growGrass();
  }

  /**
   * Moves `animal` on `grid` to a uniformly random cell adjacent to its own (it stays
   * put only on a 1 x 1 grid) and returns the cell it is on afterwards.
   */
  walk<A>(grid: MultiGrid<A>, animal: A): number {
    const { cells, start } = this.adjacent;
    const here = grid.cellOf(animal);
    const n = start[here + 1] - start[here];
    if (n === 0) return here;
    const to = cells[start[here] + this.rng.int(0, n)];
    grid.moveToCell(animal, to);
    return to;
  }

  /** Number of cells whose grass is fully grown. */
  grassGrownCount(): number {
    let n = 0;
    for (let c = 0; c < this.grassGrown.length; c++) n += this.grassGrown[c];
    return n;
  }

  /** The grass pass: every regrowing cell counts down and is fully grown at 0. */
  private growGrass(): void {
    const grown = this.grassGrown;
    const countdown = this.grassCountdown;
    for (let c = 0; c < grown.length; c++) {
      if (grown[c] === 0 && --countdown[c] <= 0) grown[c] = 1;
    }
  }
}

function stepAnimal(a: Sheep | Wolf): void {
  a.step();
}
