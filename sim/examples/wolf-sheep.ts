/**
 * Wolf–sheep predation with grass, ported from Mesa 3.3.1's
 * `mesa/examples/advanced/wolf_sheep` (`model.py`, `agents.py`), itself a replication of
 * NetLogo's Wolf Sheep Predation (Wilensky 1997); Mesa's `benchmarks/` times it as
 * `WolfSheep`, driven by its discrete-event `ABMSimulator`.
 *
 * Rules (as Mesa's): a `width` x `height` torus with von Neumann neighbourhoods (4
 * cells). Sheep and wolves start on uniformly random cells with energy uniform in
 * [0, 2 * gain from food). Every cell has a grass patch, fully grown or regrowing.
 * Each step all sheep act in random order, then all wolves in random order. An animal
 * moves, loses 1 energy, feeds, then dies if its energy is below 0, or else with
 * probability `p_reproduce` halves its energy and spawns a newborn with that energy on
 * its cell. Sheep move to a random neighbouring cell without wolves, preferring ones
 * with grown grass (and stay put when every neighbour has a wolf); they eat the grass
 * of their cell if grown (+`sheepGainFromFood`). Wolves move to a random neighbouring
 * cell with sheep if there is one, else to any neighbour; they eat one random sheep of
 * their cell (+`wolfGainFromFood`). Eaten grass regrows `grassRegrowthTime` steps later
 * through an event on the model's scheduler, which fires after that step, exactly as
 * Mesa's simulator orders it. Collected per step: `Wolves`, `Sheep`, `Grass` (patches
 * fully grown).
 *
 * Representation: sheep and wolves live in two `MultiGrid`s, one per kind, so that "is
 * there a wolf next door" is a per-cell count rather than a scan of mixed agents; grass
 * patches are agents too, one per cell, found by cell index. Grass is always on: Mesa
 * 3.3.1's sheep need a patch on every cell.
 *
 * Deviation: our random streams differ from Python's, so runs match Mesa's
 * statistically, not bitwise.
 */
import { Agent, type AgentSet, DataCollector, Model, MultiGrid } from "../core/index.ts";

/** Parameters of {@link WolfSheep}; names and defaults follow Mesa's constructor. */
export interface WolfSheepParams {
  width?: number;
  height?: number;
  initialSheep?: number;
  initialWolves?: number;
  /** Chance a sheep reproduces in a step (default 0.04). */
  sheepReproduce?: number;
  /** Chance a wolf reproduces in a step (default 0.05). */
  wolfReproduce?: number;
  /** Energy a wolf gains from a sheep (default 20). */
  wolfGainFromFood?: number;
  /** Steps an eaten patch takes to regrow (default 30). */
  grassRegrowthTime?: number;
  /** Energy a sheep gains from a grown patch (default 4). */
  sheepGainFromFood?: number;
  /** Root seed of the model's random streams. */
  seed?: number | string;
}

/** What sheep and wolves share (Mesa's `Animal`). */
export abstract class Animal extends Agent {
  declare readonly model: WolfSheep;
  energy: number;
  /** Cell index `y * width + x`. */
  cell: number;
  /** The grid of this kind of animal. */
  protected readonly grid: MultiGrid<Animal>;

  constructor(model: WolfSheep, grid: MultiGrid<Animal>, energy: number, cell: number) {
    super(model);
    this.grid = grid;
    this.energy = energy;
    this.cell = cell;
    grid.placeInCell(this, cell);
  }

  /** Chance of reproducing in a step. */
  protected abstract get pReproduce(): number;
  /** Picks the cell to move to (may be the current one). */
  protected abstract chooseCell(): number;
  /** Eats what the cell offers. */
  protected abstract feed(): void;
  /** Creates a newborn of the same kind on this cell. */
  protected abstract spawn(energy: number): void;

  /** Move, pay 1 energy, feed, then die or perhaps reproduce. */
  override step(): void {
    const to = this.chooseCell();
    if (to !== this.cell) {
      this.cell = to;
      this.grid.moveToCell(this, to);
    }
    this.energy -= 1;
    this.feed();
    if (this.energy < 0) {
      this.remove();
    } else if (this.model.rng.next() < this.pReproduce) {
      this.energy /= 2;
      this.spawn(this.energy);
    }
  }

  /** Leaves the grid and the model. */
  override remove(): void {
    this.grid.remove(this);
    super.remove();
  }
}

/** A sheep: avoids wolves, seeks grass, eats grass. */
export class Sheep extends Animal {
  constructor(model: WolfSheep, energy: number, cell: number) {
    super(model, model.sheepGrid, energy, cell);
  }

  protected get pReproduce(): number {
    return this.model.sheepReproduce;
  }

  protected chooseCell(): number {
    const m = this.model;
    const safe = m.scratchA;
    const grassy = m.scratchB;
    let nSafe = 0;
    let nGrassy = 0;
    const hood = m.neighbours;
    const base = this.cell * 4;
    for (let k = base; k < base + 4; k++) {
      const c = hood[k];
      if (m.wolfGrid.countInCell(c) > 0) continue;
      safe[nSafe++] = c;
      if (m.patches[c].fullyGrown) grassy[nGrassy++] = c;
    }
    if (nSafe === 0) return this.cell; // surrounded by wolves: stay put
    return nGrassy > 0 ? grassy[m.rng.int(0, nGrassy)] : safe[m.rng.int(0, nSafe)];
  }

  protected feed(): void {
    const patch = this.model.patches[this.cell];
    if (patch.fullyGrown) {
      this.energy += this.model.sheepGainFromFood;
      patch.eat();
    }
  }

  protected spawn(energy: number): void {
    new Sheep(this.model, energy, this.cell);
  }
}

/** A wolf: seeks sheep, eats one sheep of its cell. */
export class Wolf extends Animal {
  constructor(model: WolfSheep, energy: number, cell: number) {
    super(model, model.wolfGrid, energy, cell);
  }

  protected get pReproduce(): number {
    return this.model.wolfReproduce;
  }

  protected chooseCell(): number {
    const m = this.model;
    const withSheep = m.scratchA;
    let n = 0;
    const hood = m.neighbours;
    const base = this.cell * 4;
    for (let k = base; k < base + 4; k++) {
      const c = hood[k];
      if (m.sheepGrid.countInCell(c) > 0) withSheep[n++] = c;
    }
    return n > 0 ? withSheep[m.rng.int(0, n)] : hood[base + m.rng.int(0, 4)];
  }

  protected feed(): void {
    const m = this.model;
    const n = m.sheepGrid.countInCell(this.cell);
    if (n === 0) return;
    const here = m.sheepGrid.cellItems(this.cell, m.cellBuffer);
    const prey = here[m.rng.int(0, n)];
    this.energy += m.wolfGainFromFood;
    prey.remove();
  }

  protected spawn(energy: number): void {
    new Wolf(this.model, energy, this.cell);
  }
}

/** A grass patch on one cell (Mesa's `GrassPatch`, a fixed agent). */
export class GrassPatch extends Agent {
  declare readonly model: WolfSheep;
  fullyGrown: boolean;
  /** Bound once and scheduled with `scheduleInFast` (no handle), so a regrowth allocates nothing. */
  private readonly regrow = (): void => {
    this.fullyGrown = true;
    this.model.grassGrown++;
  };

  /** @param countdown steps until grown; 0 means grown now. */
  constructor(model: WolfSheep, countdown: number) {
    super(model);
    this.fullyGrown = countdown === 0;
    if (this.fullyGrown) model.grassGrown++;
    else model.scheduler.scheduleInFast(countdown * model.stepSeconds, this.regrow);
  }

  /** Eaten: regrows `grassRegrowthTime` steps from now. */
  eat(): void {
    this.fullyGrown = false;
    this.model.grassGrown--;
    this.model.scheduler.scheduleInFast(this.model.grassRegrowthTime * this.model.stepSeconds, this.regrow);
  }
}

/**
 * Mesa's `WolfSheep` model.
 *
 * @example
 * ```ts
 * const model = new WolfSheep({ width: 25, height: 25, initialSheep: 60, initialWolves: 40, seed: 1 });
 * model.runSteps(100); // steps and grass-regrowth events interleave on the scheduler
 * model.datacollector.modelRows(); // [{ step, Wolves, Sheep, Grass }, ...]
 * ```
 */
export class WolfSheep extends Model {
  readonly width: number;
  readonly height: number;
  readonly sheepReproduce: number;
  readonly wolfReproduce: number;
  readonly wolfGainFromFood: number;
  readonly sheepGainFromFood: number;
  readonly grassRegrowthTime: number;
  /** Where the sheep are. */
  readonly sheepGrid: MultiGrid<Animal>;
  /** Where the wolves are. */
  readonly wolfGrid: MultiGrid<Animal>;
  readonly sheep: AgentSet<Sheep>;
  readonly wolves: AgentSet<Wolf>;
  /** The grass patch of each cell. */
  readonly patches: GrassPatch[] = [];
  /** Number of fully grown patches. */
  grassGrown = 0;
  /**
   * The 4 von Neumann neighbours of each cell on the torus (Mesa's
   * `OrthogonalVonNeumannGrid`), flattened: those of cell c are `neighbours[4c .. 4c+3]`.
   * Built once at setup, so that a move decision is plain array reads.
   */
  readonly neighbours: Int32Array;
  /** @internal Reused buffer for a cell's animals. */
  readonly cellBuffer: Animal[] = [];
  /** @internal Candidate-cell buffers for move decisions. */
  readonly scratchA = new Int32Array(4);
  readonly scratchB = new Int32Array(4);
  readonly datacollector: DataCollector<WolfSheep>;

  constructor({
    width = 20,
    height = 20,
    initialSheep = 100,
    initialWolves = 50,
    sheepReproduce = 0.04,
    wolfReproduce = 0.05,
    wolfGainFromFood = 20,
    grassRegrowthTime = 30,
    sheepGainFromFood = 4,
    seed = 0,
  }: WolfSheepParams = {}) {
    super({ seed });
    this.width = width;
    this.height = height;
    this.sheepReproduce = sheepReproduce;
    this.wolfReproduce = wolfReproduce;
    this.wolfGainFromFood = wolfGainFromFood;
    this.sheepGainFromFood = sheepGainFromFood;
    this.grassRegrowthTime = grassRegrowthTime;
    const cells = width * height;
    this.sheepGrid = new MultiGrid<Animal>(width, height, { torus: true });
    this.wolfGrid = new MultiGrid<Animal>(width, height, { torus: true });
    this.neighbours = flatNeighbourTable(this.sheepGrid);
    this.sheep = this.agentsByType(Sheep);
    this.wolves = this.agentsByType(Wolf);

    const rng = this.rng;
    for (let i = 0; i < initialSheep; i++) {
      new Sheep(this, rng.next() * 2 * sheepGainFromFood, rng.int(0, cells));
    }
    for (let i = 0; i < initialWolves; i++) {
      new Wolf(this, rng.next() * 2 * wolfGainFromFood, rng.int(0, cells));
    }
    for (let cell = 0; cell < cells; cell++) {
      // As Mesa: grown or not with even odds; a regrowing patch gets a countdown in
      // [0, regrowth time), and a countdown of 0 means grown after all.
      const grown = rng.next() < 0.5;
      this.patches.push(new GrassPatch(this, grown ? 0 : rng.int(0, grassRegrowthTime)));
    }

    this.datacollector = new DataCollector<WolfSheep>({
      modelReporters: {
        Wolves: (m) => m.wolves.size,
        Sheep: (m) => m.sheep.size,
        Grass: (m) => m.grassGrown,
      },
    });
    this.datacollector.collect(this);
  }

  /** Sheep act, then wolves act (each in random order), then data is collected. */
  override step(): void {
    this.sheep.shuffleDo(stepAgent);
    this.wolves.shuffleDo(stepAgent);
    this.datacollector.collect(this);
  }
}

function stepAgent(a: Animal): void {
  a.step();
}

/**
 * The von Neumann neighbours of every cell of a torus grid, 4 a cell (right, left,
 * down, up): the same cells as `grid.neighborhoodOfCell(c, { moore: false })`, computed
 * in one pass instead of one cached array per cell.
 */
function flatNeighbourTable(grid: MultiGrid<unknown>): Int32Array {
  const { width: w, height: h } = grid;
  if (w < 3 || h < 3)
    throw new RangeError(`WolfSheep: the grid must be at least 3 x 3 (got ${w} x ${h}) so that each cell has 4 distinct neighbours`);
  const out = new Int32Array(w * h * 4);
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const k = (y * w + x) * 4;
      out[k] = y * w + ((x + 1) % w);
      out[k + 1] = y * w + ((x + w - 1) % w);
      out[k + 2] = ((y + 1) % h) * w + x;
      out[k + 3] = ((y + h - 1) % h) * w + x;
    }
  }
  return out;
}
