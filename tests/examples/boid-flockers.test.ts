import { describe, expect, it } from "vitest";
import { BoidFlockers } from "../../sim/examples/boid-flockers.ts";
import { BOIDS_CONFIGS } from "../../sim/examples/mesa-configurations.ts";

describe("Boid flockers (Mesa's basic example)", () => {
  it("aligns: polarisation rises from near random to a clear majority heading", () => {
    // Mesa's defaults (100 boids, 100 x 100, vision 10), averaged over seeds because a
    // single run can split into two flocks flying different ways.
    const seeds = [1, 2, 3, 4, 5];
    let start = 0;
    let end = 0;
    for (const seed of seeds) {
      const model = new BoidFlockers({ seed });
      start += model.polarisation();
      model.runSteps(300);
      end += model.polarisation();
    }
    start /= seeds.length;
    end /= seeds.length;
    expect(start).toBeLessThan(0.3); // random headings: about 1/sqrt(100)
    expect(end).toBeGreaterThan(start + 0.35);
  });

  it("keeps boids on the torus, moving at `speed`, with unit headings once they turn", () => {
    const model = new BoidFlockers({ ...BOIDS_CONFIGS.small.params, seed: 2 });
    model.runSteps(5);
    const before = new Map([...model.boids].map((b) => [b, [b.x, b.y]] as const));
    model.runSteps(1);
    for (const b of model.boids) {
      expect(b.x).toBeGreaterThanOrEqual(0);
      expect(b.x).toBeLessThan(model.width);
      expect(b.y).toBeGreaterThanOrEqual(0);
      expect(b.y).toBeLessThan(model.height);
      const [x0, y0] = before.get(b) as readonly [number, number];
      const moved = model.space.distance(x0, y0, b.x, b.y);
      const heading = Math.hypot(b.dx, b.dy);
      expect(moved).toBeCloseTo(heading * model.speed, 9);
      expect(model.space.xOf(b)).toBe(b.x);
    }
  });

  it("updates Mesa's per-step data: average heading and each boid's angle", () => {
    const model = new BoidFlockers({ populationSize: 30, seed: 3 });
    model.runSteps(2);
    let sx = 0;
    let sy = 0;
    for (const b of model.boids) {
      sx += b.dx;
      sy += b.dy;
      expect(b.angle).toBeCloseTo((Math.atan2(b.dx, b.dy) * 180) / Math.PI, 12);
    }
    expect(model.averageHeading).toBeCloseTo(Math.atan2(sy, sx), 12);
  });

  it("is deterministic: the same seed gives byte-identical trajectories", () => {
    const run = (seed: number) => {
      const m = new BoidFlockers({ ...BOIDS_CONFIGS.large.params, seed });
      const rows: string[] = [];
      for (let i = 0; i < 10; i++) {
        m.runSteps(1);
        rows.push(`${m.averageHeading}`, ...[...m.boids].map((b) => `${b.id},${b.x},${b.y},${b.dx},${b.dy}`));
      }
      return rows.join("\n");
    };
    expect(run(6)).toBe(run(6));
    expect(run(6)).not.toBe(run(7));
  });
});
