/**
 * The flocking model as declared by the JuliaDynamics ABMFrameworksComparison repository
 * (`Flocking/DECLARATION.md`), written on `sim/core` the way a user would.
 *
 * Rules (as declared): `birds` birds on a `side` x `side` torus, at uniformly random
 * positions, each with a unit velocity in a uniformly random direction and its own
 * speed, separation, visual distance and cohere / separate / match factors. Each step
 * every bird, in a fresh random order and seeing the others as they are at that moment,
 * finds the other birds within its visual distance (Euclidean, inclusive, across the
 * wrapped edges). With `h_i` the shortest offsets to them and N their number (at least
 * 1): cohere = sum(h_i) / N * cohereFactor, separate = -sum(h_i over those closer than
 * `separation`) / N * separateFactor, match = sum(neighbour velocities) / N *
 * matchFactor. The new velocity is the mean of the old one and those three vectors,
 * normalised to unit length (the declaration's code halves the sum of the four; any
 * positive scale gives the same unit vector), and the bird moves `speed` along it,
 * wrapping at the edges.
 *
 * Differences from our Mesa port (`../boid-flockers.ts`): the velocity update averages
 * the old velocity in instead of adding to it, velocities start as unit vectors,
 * a bird with no neighbour still renormalises (a no-op), and no headings are recorded.
 *
 * Representation: positions in a torus `ContinuousSpace` whose buckets are one visual
 * distance wide, so a query scans 3 x 3 buckets; each bird also keeps its own (x, y) so
 * that reading a neighbour's position is a field load.
 */
import { Agent, type AgentSet, ContinuousSpace, Model } from "../../core/index.ts";

/** What every bird of a flock shares (the declaration's defaults). */
export interface BirdTraits {
  /** Distance flown per step (default 1). */
  speed: number;
  /** Distance under which a bird steers away from another (default 1). */
  separation: number;
  /** Radius within which a bird sees others. */
  visualDistance: number;
  /** Weight of flying towards the neighbours' mean position (default 0.03). */
  cohereFactor: number;
  /** Weight of keeping away from neighbours closer than `separation` (default 0.015). */
  separateFactor: number;
  /** Weight of flying the neighbours' mean direction (default 0.05). */
  matchFactor: number;
}

/** Parameters of {@link AfcFlocking}. */
export interface AfcFlockingParams extends Partial<Omit<BirdTraits, "visualDistance">> {
  /** Side of the square torus. */
  side: number;
  /** Number of birds. */
  birds: number;
  /** Radius within which a bird sees others. */
  visualDistance: number;
  /** Root seed of the model's random streams. */
  seed?: number | string;
}

/** A bird: a position, a unit velocity and its own flocking traits. */
export class Bird extends Agent {
  declare readonly model: AfcFlocking;
  /** Position, kept in step with the model's space. */
  x: number;
  y: number;
  /** Velocity, a unit vector. */
  vx: number;
  vy: number;
  readonly speed: number;
  readonly separation: number;
  readonly visualDistance: number;
  readonly cohereFactor: number;
  readonly separateFactor: number;
  readonly matchFactor: number;

  /** A bird at (x, y) flying along (vx, vy), normalised to unit length. */
  constructor(model: AfcFlocking, x: number, y: number, vx: number, vy: number, traits: BirdTraits) {
    super(model);
    const norm = Math.hypot(vx, vy);
    if (!(norm > 0)) throw new RangeError(`Bird: velocity (${vx}, ${vy}) has no direction`);
    this.vx = vx / norm;
    this.vy = vy / norm;
    this.speed = traits.speed;
    this.separation = traits.separation;
    this.visualDistance = traits.visualDistance;
    this.cohereFactor = traits.cohereFactor;
    this.separateFactor = traits.separateFactor;
    this.matchFactor = traits.matchFactor;
    model.space.place(this, x, y);
    this.x = model.space.xOf(this);
    this.y = model.space.yOf(this);
  }

  /** Steers by cohesion, separation and matching with the birds in sight, then flies. */
  override step(): void {
    const space = this.model.space;
    const near = space.neighborsWithin(this.x, this.y, this.visualDistance, this.model.neighbourBuffer, this);
    const n = near.length;
    const sep2 = this.separation * this.separation;
    let cx = 0;
    let cy = 0;
    let sx = 0;
    let sy = 0;
    let mx = 0;
    let my = 0;
    for (let i = 0; i < n; i++) {
      const o = near[i];
      const hx = space.deltaX(this.x, o.x);
      const hy = space.deltaY(this.y, o.y);
      cx += hx;
      cy += hy;
      if (hx * hx + hy * hy < sep2) {
        sx -= hx;
        sy -= hy;
      }
      mx += o.vx;
      my += o.vy;
    }
    const inv = 1 / Math.max(n, 1);
    const vx = (this.vx + cx * inv * this.cohereFactor + sx * inv * this.separateFactor + mx * inv * this.matchFactor) / 2;
    const vy = (this.vy + cy * inv * this.cohereFactor + sy * inv * this.separateFactor + my * inv * this.matchFactor) / 2;
    const norm = Math.hypot(vx, vy);
    this.vx = vx / norm;
    this.vy = vy / norm;
    space.move(this, this.x + this.vx * this.speed, this.y + this.vy * this.speed);
    this.x = space.xOf(this);
    this.y = space.yOf(this);
  }
}

/**
 * The declared flocking model.
 *
 * @example
 * ```ts
 * const model = new AfcFlocking({ side: 100, birds: 200, visualDistance: 5, seed: 1 });
 * model.polarisation(); // ~0.1: random directions
 * model.runSteps(100);
 * model.polarisation(); // well above: neighbours fly the same way
 * ```
 */
export class AfcFlocking extends Model {
  readonly side: number;
  readonly space: ContinuousSpace<Bird>;
  readonly birds: AgentSet<Bird>;
  /** @internal Reused result buffer for radius queries. */
  readonly neighbourBuffer: Bird[] = [];

  constructor({
    side,
    birds,
    visualDistance,
    speed = 1,
    separation = 1,
    cohereFactor = 0.03,
    separateFactor = 0.015,
    matchFactor = 0.05,
    seed = 0,
  }: AfcFlockingParams) {
    super({ seed });
    this.side = side;
    this.space = new ContinuousSpace<Bird>(side, side, { torus: true, bucketSize: visualDistance });
    this.birds = this.agentsByType(Bird);
    const traits: BirdTraits = { speed, separation, visualDistance, cohereFactor, separateFactor, matchFactor };
    const rng = this.rng;
    for (let i = 0; i < birds; i++) {
      const x = rng.next() * side;
      const y = rng.next() * side;
      const heading = rng.next() * 2 * Math.PI;
      new Bird(this, x, y, Math.cos(heading), Math.sin(heading), traits);
    }
  }

  /** Every bird acts once, in a new random order. */
  override step(): void {
    this.birds.shuffleDo(stepBird);
  }

  /**
   * Polarisation: the length of the mean velocity, from 0 (directions cancel out) to 1
   * (all birds fly the same way).
   */
  polarisation(): number {
    let sx = 0;
    let sy = 0;
    for (const b of this.birds) {
      sx += b.vx;
      sy += b.vy;
    }
    const n = this.birds.size;
    return n > 0 ? Math.hypot(sx, sy) / n : 0;
  }
}

function stepBird(b: Bird): void {
  b.step();
}
