/**
 * Model: the container of a simulation (Mesa's `Model`): a seeded rng, a discrete-event
 * scheduler whose clock is in simulated seconds, the registry of agents, and an
 * optional fixed-step loop that runs `step()` as a recurring scheduled event.
 *
 * Time line: step k (k = 1, 2, ...) fires at time k * stepSeconds, before any other
 * event at that same time; during step k, `model.steps === k`. Events scheduled for
 * times between two steps fire between them. `runSteps(n)` and `runUntil(t)` both
 * drive the same scheduler, so steps and events interleave deterministically.
 */
import { AgentSet } from "./agent-set.ts";
import type { Agent } from "./agent.ts";
import { createRng, type Rng } from "./rng.ts";
import { Scheduler } from "./scheduler.ts";

/** Options for {@link Model}. */
export interface ModelOptions {
  /** Root seed (default 0). Integers in uint32 range are used as is, anything else is hashed. */
  seed?: number | string;
  /** Simulated seconds per step (default 1). 0 turns the step loop off: a pure event-driven model. */
  stepSeconds?: number;
}

/** Priority of the step event: it runs before any other event at the same time. */
export const STEP_PRIORITY = -Infinity;

// Constructor of some agent class (any arguments).
type AgentClass<A extends Agent> = abstract new (...args: any[]) => A;

/**
 * Base class for models: override `step()`, create agents in the constructor, then
 * drive it with `runSteps(n)` or `runUntil(t)`.
 *
 * @example
 * ```ts
 * class Wealth extends Model {
 *   constructor(n: number, seed: number) {
 *     super({ seed });
 *     for (let i = 0; i < n; i++) new Person(this);
 *   }
 *   override step(): void {
 *     this.agents.shuffleDo("step");
 *   }
 * }
 * const m = new Wealth(100, 42);
 * m.runSteps(10); // m.steps === 10, m.time === 10
 * m.scheduler.scheduleIn(0.5, () => {}); // events between steps
 * ```
 */
export class Model {
  /** The root random stream; derive named streams with `rng.stream(name)`. */
  rng: Rng;
  /** The discrete-event scheduler; its clock is the model's time. */
  scheduler: Scheduler;
  /** Every live agent, in creation order; shuffles use `rng`. */
  agents: AgentSet<Agent>;
  /** Number of steps run so far. */
  steps = 0;
  /** Set to false to end the step loop for good (no further steps; events still fire). */
  running = true;
  /** Simulated seconds per step (0: no step loop). */
  readonly stepSeconds: number;
  private nextAgentId = 1;
  private readonly byClass = new Map<AgentClass<Agent>, AgentSet<Agent>>();
  /** For each concrete agent class seen, the by-class sets its instances belong to. */
  private readonly setsOfClass = new Map<unknown, AgentSet<Agent>[]>();
  private readonly fireStep = (): void => {
    if (!this.running) return;
    this.steps++;
    this.step();
    if (this.running) this.scheduleNextStep();
  };

  constructor(opts: ModelOptions = {}) {
    const stepSeconds = opts.stepSeconds ?? 1;
    if (!(stepSeconds >= 0) || stepSeconds === Infinity) {
      throw new RangeError(`Model: stepSeconds must be finite and >= 0, got ${stepSeconds}`);
    }
    this.stepSeconds = stepSeconds;
    this.rng = createRng(opts.seed ?? 0);
    this.scheduler = new Scheduler();
    this.agents = new AgentSet<Agent>(undefined, this.rng).indexOnMembers();
    if (stepSeconds > 0) this.scheduleNextStep();
  }

  /** Current simulated time in seconds (the scheduler's clock). */
  get time(): number {
    return this.scheduler.now;
  }

  /** One step of the model; override it. Called by the step loop, which counts `steps`. */
  step(): void {}

  /** Runs n more steps (and the events up to the n-th step's time). */
  runSteps(n: number): void {
    if (this.stepSeconds === 0) throw new Error("runSteps: this model has no step loop (stepSeconds is 0); use runUntil(t)");
    if (!Number.isInteger(n) || n < 0) throw new RangeError(`runSteps: n must be a whole number >= 0, got ${n}`);
    this.runUntil((this.steps + n) * this.stepSeconds);
  }

  /** Runs every step and event with time <= t, then sets the clock to t. */
  runUntil(t: number): void {
    this.scheduler.runUntil(t);
  }

  /**
   * Live set of the agents that are instances of `cls` (subclasses included), in
   * creation order. The same set object is returned on every call.
   */
  agentsByType<A extends Agent>(cls: AgentClass<A>): AgentSet<A> {
    let set = this.byClass.get(cls);
    if (set === undefined) {
      set = new AgentSet<Agent>(undefined, this.rng).indexOnMembers();
      for (const a of this.agents) if (a instanceof cls) set.add(a);
      this.byClass.set(cls, set);
      this.setsOfClass.clear(); // a new set: recompute each class's list on next use
    }
    return set as unknown as AgentSet<A>;
  }

  /** @internal Called by the Agent constructor: assigns the id and adds to the sets. */
  registerAgent(agent: Agent): number {
    this.agents.add(agent);
    this.updateClassSets(agent, true);
    return this.nextAgentId++;
  }

  /** @internal Called by `Agent.remove()`. */
  deregisterAgent(agent: Agent): void {
    if (!this.agents.remove(agent)) return;
    this.updateClassSets(agent, false);
  }

  private updateClassSets(agent: Agent, add: boolean): void {
    if (this.byClass.size === 0) return;
    const ctor = agent.constructor;
    let sets = this.setsOfClass.get(ctor);
    if (sets === undefined) {
      // Walk the prototype chain once per class: an agent belongs to the set of each of its classes.
      sets = [];
      let proto: object | null = Object.getPrototypeOf(agent);
      while (proto !== null && proto !== Object.prototype) {
        const set = this.byClass.get((proto as { constructor: AgentClass<Agent> }).constructor);
        if (set !== undefined) sets.push(set);
        proto = Object.getPrototypeOf(proto);
      }
      this.setsOfClass.set(ctor, sets);
    }
    for (let i = 0; i < sets.length; i++) {
      if (add) sets[i].add(agent);
      else sets[i].remove(agent);
    }
  }

  private scheduleNextStep(): void {
    this.scheduler.scheduleAtFast((this.steps + 1) * this.stepSeconds, this.fireStep, STEP_PRIORITY);
  }
}
