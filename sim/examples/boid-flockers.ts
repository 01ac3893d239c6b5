/**
 * Boid flockers (Craig Reynolds's boids), ported from Mesa 3.3.1's
 * `mesa/examples/basic/boid_flockers` (`model.py`, `agents.py`), the model Mesa's
 * `benchmarks/` times as `BoidFlockers`.
 *
 * Rules (as Mesa's): `populationSize` boids on a `width` x `height` torus, at uniformly
 * random positions, with directions drawn uniformly from [-1, 1]^2 (not normalised
 * until a boid first turns). Each step every boid, in random order and seeing the
 * others' current state, finds the boids within `vision` (inclusive, itself excluded).
 * With none, it keeps flying straight. Otherwise, with `d_i` the torus offsets to them:
 * cohesion `sum(d_i) * cohere`, separation `-sum(d_i over those closer than
 * separation) * separate`, alignment `sum(direction_i) * match`; the direction grows by
 * their sum divided by the number of neighbours and is normalised. The boid then moves
 * `speed` along its direction, wrapping at the edges. After the agents, the model
 * updates its average heading (`atan2` of the mean direction) and each boid's angle in
 * degrees, which is all the data Mesa's model keeps per step.
 *
 * Representation: positions live in a `ContinuousSpace` whose buckets are `vision`
 * wide, so that a radius query scans at most 3 x 3 buckets; each boid also keeps its
 * own (x, y) so that reading a neighbour's position is a field load. Deviation: our
 * random streams differ from numpy's, so runs match Mesa's statistically, not bitwise.
 */
import { Agent, type AgentSet, ContinuousSpace, Model } from "../core/index.ts";

/** Parameters of {@link BoidFlockers}; names and defaults follow Mesa's constructor. */
export interface BoidParams {
  populationSize?: number;
  width?: number;
  height?: number;
  /** Distance moved per step (default 1). */
  speed?: number;
  /** Radius within which a boid sees others (default 10). */
  vision?: number;
  /** Distance under which a boid steers away from another (default 2). */
  separation?: number;
  /** Weight of cohesion (default 0.03). */
  cohere?: number;
  /** Weight of separation (default 0.015). */
  separate?: number;
  /** Weight of alignment (default 0.05). */
  match?: number;
  /** Root seed of the model's random streams. */
  seed?: number | string;
}

const DEGREES = 180 / Math.PI;

/** Mesa's `Boid`: a flocker with a position and a heading. */
export class Boid extends Agent {
  declare readonly model: BoidFlockers;
  /** Position (kept in sync with the model's space). */
  x: number;
  y: number;
  /** Direction of flight; a unit vector once the boid has turned at least once. */
  dx: number;
  dy: number;
  /** Heading in degrees, `atan2(dx, dy)` as Mesa computes it, updated after each step. */
  angle = 0;

  constructor(model: BoidFlockers, x: number, y: number, dx: number, dy: number) {
    super(model);
    this.x = x;
    this.y = y;
    this.dx = dx;
    this.dy = dy;
    model.space.place(this, x, y);
  }

  /** Steers by cohesion, separation and alignment with the boids in sight, then moves. */
  override step(): void {
    const m = this.model;
    const space = m.space;
    const near = space.neighborsWithin(this.x, this.y, m.vision, m.neighbourBuffer, this);
    const n = near.length;
    if (n > 0) {
      const sep2 = m.separation * m.separation;
      let cx = 0;
      let cy = 0;
      let sx = 0;
      let sy = 0;
      let ax = 0;
      let ay = 0;
      for (let i = 0; i < n; i++) {
        const o = near[i];
        const ox = space.deltaX(this.x, o.x);
        const oy = space.deltaY(this.y, o.y);
        cx += ox;
        cy += oy;
        if (ox * ox + oy * oy < sep2) {
          sx += ox;
          sy += oy;
        }
        ax += o.dx;
        ay += o.dy;
      }
      let dx = this.dx + (cx * m.cohere - sx * m.separate + ax * m.match) / n;
      let dy = this.dy + (cy * m.cohere - sy * m.separate + ay * m.match) / n;
      const norm = Math.hypot(dx, dy);
      dx /= norm;
      dy /= norm;
      this.dx = dx;
      this.dy = dy;
    }
    this.moveBy(this.dx * m.speed, this.dy * m.speed);
  }

  private moveBy(ox: number, oy: number): void {
    const { width, height } = this.model;
    let x = this.x + ox;
    let y = this.y + oy;
    x -= Math.floor(x / width) * width;
    y -= Math.floor(y / height) * height;
    // Round-off can leave a tiny negative at exactly the edge: wrap it to 0.
    if (x >= width) x = 0;
    if (y >= height) y = 0;
    this.x = x;
    this.y = y;
    this.model.space.move(this, x, y);
  }
}

/**
 * Mesa's `BoidFlockers` model.
 *
 * @example
 * ```ts
 * const model = new BoidFlockers({ populationSize: 100, seed: 1 });
 * model.polarisation(); // ~0.1: random headings
 * model.runSteps(300);
 * model.polarisation(); // ~0.6: flocks fly together
 * ```
 */
export class BoidFlockers extends Model {
  readonly width: number;
  readonly height: number;
  readonly speed: number;
  readonly vision: number;
  readonly separation: number;
  readonly cohere: number;
  readonly separate: number;
  readonly match: number;
  readonly space: ContinuousSpace<Boid>;
  readonly boids: AgentSet<Boid>;
  /** Angle (radians) of the mean direction of all boids, updated each step. */
  averageHeading = 0;
  /** @internal Reused result buffer for radius queries. */
  readonly neighbourBuffer: Boid[] = [];

  constructor({
    populationSize = 100,
    width = 100,
    height = 100,
    speed = 1,
    vision = 10,
    separation = 2,
    cohere = 0.03,
    separate = 0.015,
    match = 0.05,
    seed = 0,
  }: BoidParams = {}) {
    super({ seed });
    this.width = width;
    this.height = height;
    this.speed = speed;
    this.vision = vision;
    this.separation = separation;
    this.cohere = cohere;
    this.separate = separate;
    this.match = match;
    this.space = new ContinuousSpace<Boid>(width, height, { torus: true, bucketSize: vision });
    this.boids = this.agentsByType(Boid);
    const rng = this.rng;
    for (let i = 0; i < populationSize; i++) {
      const x = rng.next() * width;
      const y = rng.next() * height;
      new Boid(this, x, y, rng.uniform(-1, 1), rng.uniform(-1, 1));
    }
    this.updateHeadings();
  }

  /** Every boid steps once in random order; then headings are updated. */
  override step(): void {
    this.boids.shuffleDo(stepBoid);
    this.updateHeadings();
  }

  /**
   * Polarisation: the length of the mean unit heading, from 0 (headings cancel out)
   * to 1 (all boids fly the same way). The usual order parameter of flocking.
   */
  polarisation(): number {
    let sx = 0;
    let sy = 0;
    for (const b of this.boids) {
      const norm = Math.hypot(b.dx, b.dy);
      sx += b.dx / norm;
      sy += b.dy / norm;
    }
    const n = this.boids.size;
    return n > 0 ? Math.hypot(sx, sy) / n : 0;
  }

  /** Mesa's `update_average_heading` and `calculate_angles`. */
  private updateHeadings(): void {
    let sx = 0;
    let sy = 0;
    for (const b of this.boids) {
      sx += b.dx;
      sy += b.dy;
      b.angle = Math.atan2(b.dx, b.dy) * DEGREES;
    }
    this.averageHeading = this.boids.size > 0 ? Math.atan2(sy, sx) : 0;
  }
}

function stepBoid(b: Boid): void {
  b.step();
}
