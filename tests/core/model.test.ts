import { describe, expect, it } from "vitest";
import { Agent, Model } from "../../sim/core/index.ts";

class Counter extends Model {
  log: string[] = [];
  override step(): void {
    this.log.push(`step${this.steps}@${this.time}`);
  }
}

describe("Model clock and step loop", () => {
  it("step k runs at time k * stepSeconds with steps === k", () => {
    const m = new Counter({ stepSeconds: 60 });
    expect([m.steps, m.time]).toEqual([0, 0]);
    m.runSteps(3);
    expect(m.log).toEqual(["step1@60", "step2@120", "step3@180"]);
    expect([m.steps, m.time]).toEqual([3, 180]);
  });

  it("events interleave with steps: earlier events first, steps before other events at the same time", () => {
    const m = new Counter({ stepSeconds: 10 });
    m.scheduler.scheduleAt(0, () => m.log.push("e0"));
    m.scheduler.scheduleAt(10, () => m.log.push("e10"));
    m.scheduler.scheduleAt(15, () => m.log.push("e15"));
    m.scheduler.scheduleAt(25, () => m.log.push("e25"));
    m.runSteps(2);
    expect(m.log).toEqual(["e0", "step1@10", "e10", "e15", "step2@20"]);
    m.runUntil(25);
    expect(m.log.at(-1)).toBe("e25");
    expect(m.steps).toBe(2);
  });

  it("running = false ends the step loop, events still fire", () => {
    class Stopper extends Model {
      override step(): void {
        if (this.steps === 2) this.running = false;
      }
    }
    const m = new Stopper();
    let late = false;
    m.scheduler.scheduleAt(5, () => (late = true));
    m.runSteps(10);
    expect(m.steps).toBe(2);
    expect(late).toBe(true);
    expect(m.time).toBe(10);
  });

  it("stepSeconds 0 is a pure event model", () => {
    const m = new Model({ stepSeconds: 0 });
    let n = 0;
    const tick = () => {
      n++;
      m.scheduler.scheduleIn(2.5, tick);
    };
    m.scheduler.scheduleAt(0, tick);
    m.runUntil(10);
    expect(n).toBe(5);
    expect(() => m.runSteps(1)).toThrow(/no step loop/);
  });

  it("the same seed replays the same run; agents get ids and the model rng", () => {
    const run = (seed: number) => {
      class Walker extends Agent {
        x = 0;
        override step(): void {
          this.x += this.model.rng.normal();
        }
      }
      class World extends Model {
        constructor() {
          super({ seed });
          for (let i = 0; i < 20; i++) new Walker(this);
        }
        override step(): void {
          this.agents.shuffleDo("step");
        }
      }
      const w = new World();
      w.runSteps(25);
      return w.agentsByType(Walker).map((a) => a.x);
    };
    expect(run(3)).toEqual(run(3));
    expect(run(3)).not.toEqual(run(4));
  });
});
