/**
 * Agent: the base class of everything that acts in a model (Mesa's `Agent`). An agent
 * registers itself with its model on construction (getting a unique id and joining
 * `model.agents` and the by-class sets) and leaves with `remove()`.
 */
import { SlotTable } from "./member-slots.ts";
import type { Model } from "./model.ts";

/**
 * Base class for agents. Subclass it and give it a `step()` to use `shuffleDo("step")`.
 *
 * @example
 * ```ts
 * class Walker extends Agent {
 *   energy = 10;
 *   step(): void {
 *     if (--this.energy <= 0) this.remove();
 *   }
 * }
 * const w = new Walker(model); // w.id === 1 for the first agent; model.agents.has(w)
 * ```
 */
export class Agent {
  // Fields are assigned in the constructor rather than declared with initialisers: with
  // ES2022 class fields each declaration is a define-property step per construction,
  // which is measurable when thousands of agents are born per step.
  /** Unique within the model, 1, 2, 3, ... in creation order. */
  declare readonly id: number;
  /** The model the agent lives in. */
  declare readonly model: Model;
  /**
   * @internal The agent's slot in up to four of the containers that hold it (the
   * model's agent sets, grids, spaces), so that they find it without a Map lookup (see
   * member-slots.ts). Do not touch.
   */
  declare readonly _slots: SlotTable;

  constructor(model: Model) {
    this.model = model;
    this._slots = new SlotTable();
    this.id = model.registerAgent(this);
  }

  /** Removes the agent from its model's agent sets (spaces are separate: remove it there too). */
  remove(): void {
    this.model.deregisterAgent(this);
  }

  /** One step of behaviour; optional. */
  step?(): void;
}
