import { describe, expect, it } from "vitest";
import { AFC_WOLF_SHEEP_CONFIGS } from "../../sim/examples/afc/configurations.ts";
import { AfcWolfSheep, Sheep, Wolf } from "../../sim/examples/afc/wolf-sheep.ts";

/**
 * A model with no animals on a `side` x `side` grid, for hand-placed ones. On a 1 x 1
 * grid an animal has no adjacent cell and stays put, so a step is fully hand-checkable.
 */
function emptyModel(side: number, reproduce = 0, regrowthTime = 3): AfcWolfSheep {
  const model = new AfcWolfSheep({
    side,
    initialSheep: 0,
    initialWolves: 0,
    regrowthTime,
    sheepReproduce: reproduce,
    wolfReproduce: reproduce,
    seed: 1,
  });
  model.grassGrown.fill(0);
  model.grassCountdown.fill(1000); // no grass unless a test grows it
  return model;
}

describe("Wolf-sheep-grass as declared by ABMFrameworksComparison", () => {
  it("a sheep pays 1 energy, eats grown grass (+5) and the grass counts down from the regrowth time (hand-checked)", () => {
    const model = emptyModel(1, 0, 3);
    model.grassGrown[0] = 1;
    const s = new Sheep(model, 0, 3);
    model.runSteps(1);
    expect(s.energy).toBe(3 - 1 + 5);
    expect(model.grassGrown[0]).toBe(0);
    expect(model.grassCountdown[0]).toBe(2); // set to 3 when eaten, then this step's grass pass
    model.runSteps(1);
    expect(s.energy).toBe(6); // nothing to eat
    expect(model.grassCountdown[0]).toBe(1);
    model.runSteps(1);
    expect(model.grassGrown[0]).toBe(1); // the third grass pass after eating
    expect(s.energy).toBe(5);
    model.runSteps(1);
    expect(s.energy).toBe(5 - 1 + 5);
  });

  it("a sheep dies below 1 energy, a wolf below 0 (hand-checked)", () => {
    const model = emptyModel(1);
    const dying = new Sheep(model, 0, 1.5); // 0.5 after paying: dies
    const living = new Sheep(model, 0, 2); // exactly 1: lives
    model.runSteps(1);
    expect(model.sheep.has(dying)).toBe(false);
    expect(model.sheepGrid.has(dying)).toBe(false);
    expect(model.sheep.has(living)).toBe(true);
    expect(living.energy).toBe(1);

    const wolves = emptyModel(1);
    const starving = new Wolf(wolves, 0, 0.5); // -0.5: dies
    const lean = new Wolf(wolves, 0, 1); // exactly 0: lives
    wolves.runSteps(1);
    expect(wolves.wolves.has(starving)).toBe(false);
    expect(wolves.wolfGrid.has(starving)).toBe(false);
    expect(lean.energy).toBe(0);
    expect(wolves.wolves.has(lean)).toBe(true);
  });

  it("a wolf eats one sheep of its cell (+13), which leaves the model (hand-checked)", () => {
    const model = emptyModel(1);
    const sheep = [new Sheep(model, 0, 10), new Sheep(model, 0, 10)];
    const w = new Wolf(model, 0, 0.5);
    model.runSteps(1);
    expect(w.energy).toBe(0.5 - 1 + 13);
    expect(model.sheep.size).toBe(1);
    expect(model.sheepGrid.size).toBe(1);
    expect(sheep.filter((s) => model.sheep.has(s)).length).toBe(1);
  });

  it("all sheep act before any wolf (hand-checked)", () => {
    // The sheep starves in its own turn (1.5 - 1 < 1); the wolf, acting after, finds no
    // sheep and starves too (0.5 - 1 < 0). Wolves first would let the wolf eat.
    const model = emptyModel(1);
    new Sheep(model, 0, 1.5);
    new Wolf(model, 0, 0.5);
    model.runSteps(1);
    expect(model.sheep.size).toBe(0);
    expect(model.wolves.size).toBe(0);
  });

  it("reproduction halves the energy and the newborn acts from the next step (hand-checked)", () => {
    const model = emptyModel(1, 1); // always reproduce
    const s = new Sheep(model, 0, 10);
    model.runSteps(1);
    expect(model.sheep.size).toBe(2); // the lamb did not reproduce in its birth step
    expect(s.energy).toBe(4.5);
    for (const a of model.sheep) {
      expect(a).toBeInstanceOf(Sheep);
      expect(a.energy).toBe(4.5);
      expect(model.sheepGrid.cellOf(a)).toBe(0);
    }
    expect(new Set(model.sheep.map((a) => a.id)).size).toBe(2);
  });

  it("walks to a uniformly random adjacent cell, clipped at the edges, never wrapping", () => {
    // From the corner (0, 0) of a 3 x 3 grid the adjacent cells are 1, 3 and 4.
    const counts = new Map<number, number>();
    for (let seed = 0; seed < 600; seed++) {
      const model = new AfcWolfSheep({ side: 3, initialSheep: 0, initialWolves: 0, regrowthTime: 3, sheepReproduce: 0, wolfReproduce: 0, seed });
      const w = new Wolf(model, 0, 100);
      model.runSteps(1);
      const c = model.wolfGrid.cellOf(w);
      counts.set(c, (counts.get(c) ?? 0) + 1);
    }
    expect([...counts.keys()].sort()).toEqual([1, 3, 4]);
    // 200 expected each; binomial sd ~11.5, so 150..250 fails by luck with p < 1e-5.
    for (const n of counts.values()) {
      expect(n).toBeGreaterThan(150);
      expect(n).toBeLessThan(250);
    }
  });

  it("starts as declared: energies 1..2x gain, half the grass grown, the rest counting down 1..regrowth", () => {
    const cfg = AFC_WOLF_SHEEP_CONFIGS.large.params;
    const model = new AfcWolfSheep({ ...cfg, seed: 3 });
    expect(model.sheep.size).toBe(1000);
    expect(model.wolves.size).toBe(500);
    for (const s of model.sheep) expect(Number.isInteger(s.energy) && s.energy >= 1 && s.energy <= 10).toBe(true);
    for (const w of model.wolves) expect(Number.isInteger(w.energy) && w.energy >= 1 && w.energy <= 26).toBe(true);
    const grown = model.grassGrownCount();
    expect(grown).toBeGreaterThan(4800); // 10 000 cells at even odds: sd 50
    expect(grown).toBeLessThan(5200);
    for (let c = 0; c < 10_000; c++) {
      if (model.grassGrown[c] === 0) expect(model.grassCountdown[c] >= 1 && model.grassCountdown[c] <= 10).toBe(true);
    }
  });

  it("sheep and wolves coexist over the declared 100 steps", () => {
    // Over seeds 1-10: the small world keeps 51-119 sheep and (in 9 of 10 seeds) 16-37
    // wolves; the large one 1106-1701 sheep and 2148-2682 wolves. Without predation
    // sheep would fill the grass capacity; without grass they would starve in 10 steps.
    let wolvesPersist = 0;
    for (let seed = 1; seed <= 10; seed++) {
      const model = new AfcWolfSheep({ ...AFC_WOLF_SHEEP_CONFIGS.small.params, seed });
      model.runSteps(100);
      expect(model.sheep.size).toBeGreaterThan(20);
      if (model.wolves.size > 0) wolvesPersist++;
      expect(model.sheepGrid.size).toBe(model.sheep.size);
      expect(model.wolfGrid.size).toBe(model.wolves.size);
    }
    expect(wolvesPersist).toBeGreaterThanOrEqual(7);
    const large = new AfcWolfSheep({ ...AFC_WOLF_SHEEP_CONFIGS.large.params, seed: 1 });
    large.runSteps(100);
    expect(large.sheep.size).toBeGreaterThan(500);
    expect(large.wolves.size).toBeGreaterThan(500);
    for (const s of large.sheep) expect(s.energy).toBeGreaterThanOrEqual(0.5); // halved from at least 1
    for (const w of large.wolves) expect(w.energy).toBeGreaterThanOrEqual(0);
  });

  it("is deterministic for a seed", () => {
    const run = (seed: number) => {
      const model = new AfcWolfSheep({ ...AFC_WOLF_SHEEP_CONFIGS.small.params, seed });
      model.runSteps(30);
      return [model.sheep.size, model.wolves.size, model.grassGrownCount(), ...model.sheep.map((s) => s.energy)];
    };
    expect(run(5)).toEqual(run(5));
    expect(run(5)).not.toEqual(run(6));
  });
});
