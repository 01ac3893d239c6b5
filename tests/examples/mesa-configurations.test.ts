import { describe, expect, it } from "vitest";
import benches from "../bench/mesa-models.bench.ts";
import { BoidFlockers } from "../../sim/examples/boid-flockers.ts";
import { BoltzmannWealth } from "../../sim/examples/boltzmann-wealth.ts";
import { BOIDS_CONFIGS, BOLTZMANN_CONFIGS, SCHELLING_CONFIGS, WOLF_SHEEP_CONFIGS } from "../../sim/examples/mesa-configurations.ts";
import { Schelling } from "../../sim/examples/schelling.ts";
import { WolfSheep } from "../../sim/examples/wolf-sheep.ts";

describe("Mesa's benchmark configurations", () => {
  for (const config of ["small", "large"] as const) {
    it(`build and step every model at the ${config} configuration`, () => {
      const b = BOLTZMANN_CONFIGS[config].params;
      const boltzmann = new BoltzmannWealth({ ...b, seed: 1 });
      boltzmann.runSteps(2);
      expect(boltzmann.people.size).toBe(b.n);

      const s = SCHELLING_CONFIGS[config].params;
      const schelling = new Schelling({ ...s, seed: 1 });
      const cells = s.width * s.height;
      // Binomial(cells, density): within 5 standard deviations of the mean.
      const sd = Math.sqrt(cells * s.density * (1 - s.density));
      expect(Math.abs(schelling.residents.size - cells * s.density)).toBeLessThan(5 * sd);
      schelling.runSteps(2);

      const w = WOLF_SHEEP_CONFIGS[config].params;
      const wolfSheep = new WolfSheep({ ...w, seed: 1 });
      expect(wolfSheep.agents.size).toBe(w.initialSheep + w.initialWolves + w.width * w.height);
      wolfSheep.runSteps(2);
      expect(wolfSheep.datacollector.rowCount).toBe(3);

      const f = BOIDS_CONFIGS[config].params;
      const boids = new BoidFlockers({ ...f, seed: 1 });
      boids.runSteps(2);
      expect(boids.boids.size).toBe(f.populationSize);
    });
  }

  it("are what Mesa 3.3.1's benchmarks/configurations.py sets", () => {
    expect(BOLTZMANN_CONFIGS.large).toEqual({ seeds: 10, replications: 3, steps: 10, params: { n: 10_000, width: 100, height: 100 } });
    expect(SCHELLING_CONFIGS.large.params).toEqual({ height: 100, width: 100, homophily: 1, radius: 2, density: 0.8 });
    expect(WOLF_SHEEP_CONFIGS.small.steps).toBe(80);
    expect(BOIDS_CONFIGS.large.params).toEqual({ populationSize: 400, width: 150, height: 150, vision: 15 });
  });

  it("are all timed by the bench, under the names the issue asks for", () => {
    expect(benches.map((b) => b.name)).toEqual(["schelling", "boltzmann", "wolf_sheep", "boids"]);
  });
});
