import { describe, expect, it } from "vitest";
import { Agent, AgentSet, createRng, Model } from "../../sim/core/index.ts";

class Person extends Agent {
  wealth = 1;
  group = "a";
  visits = 0;
  override step(): void {
    this.visits++;
  }
}
class Child extends Person {}
class Dog extends Agent {}

function modelWith(n: number, seed = 1): { model: Model; people: Person[] } {
  const model = new Model({ seed });
  const people = Array.from({ length: n }, () => new Person(model));
  return { model, people };
}

describe("AgentSet basics", () => {
  it("keeps insertion order, ignores duplicates, removes", () => {
    const { model, people } = modelWith(5);
    const set = model.agents;
    expect(set.size).toBe(5);
    expect(set.toArray().map((a) => a.id)).toEqual([1, 2, 3, 4, 5]);
    set.add(people[0]);
    expect(set.size).toBe(5);
    expect(set.remove(people[2])).toBe(true);
    expect(set.remove(people[2])).toBe(false);
    expect(set.has(people[2])).toBe(false);
    expect(set.map((a) => a.id)).toEqual([1, 2, 4, 5]);
  });

  it("select by predicate, by {filter, n}, with a type guard", () => {
    const { model, people } = modelWith(6);
    people.forEach((p, i) => (p.wealth = i));
    const rich = model.agentsByType(Person).select((p) => p.wealth >= 3);
    expect(rich.map((p) => p.wealth)).toEqual([3, 4, 5]);
    expect(
      model
        .agentsByType(Person)
        .select({ filter: (p) => p.wealth % 2 === 0, n: 2 })
        .map((p) => p.wealth),
    ).toEqual([0, 2]);
    expect(model.agents.select({ n: 4 }).size).toBe(4);
    const dog = new Dog(model);
    const onlyPeople = model.agents.select((a): a is Person => a instanceof Person);
    expect(onlyPeople.size).toBe(6);
    expect(onlyPeople.has(dog as unknown as Person)).toBe(false);
    expect(rich.rng).toBe(model.rng);
  });

  it("do calls a function or a method name on each member in order", () => {
    const { model } = modelWith(4);
    const ids: number[] = [];
    model.agents.do((a) => ids.push(a.id));
    expect(ids).toEqual([1, 2, 3, 4]);
    model.agentsByType(Person).do("step").do("step");
    expect(model.agentsByType(Person).map((p) => p.visits)).toEqual([2, 2, 2, 2]);
    new Dog(model);
    expect(() => model.agents.do("step")).toThrow(/Dog has no method "step"/);
  });

  it("groupBy returns a Map of AgentSets in first-seen key order; agg reduces", () => {
    const { model, people } = modelWith(6);
    people.forEach((p, i) => {
      p.group = i % 3 === 0 ? "x" : "y";
      p.wealth = i + 1;
    });
    const people$ = model.agentsByType(Person);
    const groups = people$.groupBy((p) => p.group);
    expect([...groups.keys()]).toEqual(["x", "y"]);
    expect(groups.get("x")!.map((p) => p.wealth)).toEqual([1, 4]);
    expect(groups.get("y")).toBeInstanceOf(AgentSet);
    expect(people$.agg((p) => p.wealth, "sum")).toBe(21);
    expect(people$.agg((p) => p.wealth, "mean")).toBe(3.5);
    expect(people$.agg((p) => p.wealth, "min")).toBe(1);
    expect(people$.agg((p) => p.wealth, "max")).toBe(6);
    expect(people$.agg((p) => p.wealth, "count")).toBe(6);
    expect(
      people$.agg(
        (p) => p.wealth,
        (v) => v.join("-"),
      ),
    ).toBe("1-2-3-4-5-6");
    const empty = new AgentSet<Person>();
    expect(empty.agg((p) => p.wealth, "mean")).toBeNaN();
    expect(empty.agg((p) => p.wealth, "sum")).toBe(0);
  });

  it("sort orders by key (stable), in place or as a copy", () => {
    const { model, people } = modelWith(4);
    [3, 1, 3, 2].forEach((w, i) => (people[i].wealth = w));
    const set = model.agentsByType(Person);
    expect(set.sort((p) => p.wealth).map((p) => p.id)).toEqual([2, 4, 1, 3]);
    expect(set.sort((p) => p.wealth, false).map((p) => p.id)).toEqual([1, 3, 4, 2]);
    expect(set.map((p) => p.id)).toEqual([1, 2, 3, 4]);
    set.sort((p) => p.wealth, true, true);
    expect(set.map((p) => p.id)).toEqual([2, 4, 1, 3]);
    expect(set.has(people[0])).toBe(true);
    set.remove(people[3]);
    expect(set.map((p) => p.id)).toEqual([2, 1, 3]);
  });
});

describe("AgentSet mutation during iteration", () => {
  it("removing members during do skips them; adding does not visit the newcomers", () => {
    const { model, people } = modelWith(6);
    const visited: number[] = [];
    model.agents.do((a) => {
      visited.push(a.id);
      if (a.id === 2) {
        people[3].remove(); // id 4, not yet visited
        people[0].remove(); // id 1, already visited
        new Person(model); // id 7: added during the loop
      }
    });
    expect(visited).toEqual([1, 2, 3, 5, 6]);
    expect(model.agents.map((a) => a.id)).toEqual([2, 3, 5, 6, 7]);
  });

  it("for-of iteration tolerates self-removal and removal of others", () => {
    const { model } = modelWith(100);
    const visited: number[] = [];
    for (const a of model.agents) {
      visited.push(a.id);
      if (a.id % 2 === 0) a.remove();
      const next = model.agents.toArray().find((b) => b.id === a.id + 1);
      if (a.id % 10 === 3 && next) next.remove();
    }
    const expectedVisited = Array.from({ length: 100 }, (_, i) => i + 1).filter((id) => !(id % 10 === 4));
    expect(visited).toEqual(expectedVisited);
    expect(model.agents.map((a) => a.id).every((id) => id % 2 === 1)).toBe(true);
    expect(model.agents.size).toBe(50);
  });

  it("shuffleDo skips agents removed mid-loop and visits each survivor once", () => {
    const { model } = modelWith(200, 3);
    const visits = new Map<number, number>();
    let removed = 0;
    model.agents.shuffleDo((a) => {
      visits.set(a.id, (visits.get(a.id) ?? 0) + 1);
      // every visited agent removes the agent with the next id, if still there
      const victim = model.agents.toArray().find((b) => b.id === a.id + 1);
      if (victim && victim.id <= 200 && !visits.has(victim.id)) {
        victim.remove();
        removed++;
      }
      new Person(model); // never visited in this loop
    });
    expect([...visits.values()].every((n) => n === 1)).toBe(true);
    expect(visits.size + removed).toBe(200);
    expect([...visits.keys()].every((id) => id <= 200)).toBe(true);
  });

  it("heavy churn keeps order and membership consistent (compaction)", () => {
    const model = new Model({ seed: 2 });
    const rng = createRng(5);
    const alive: Person[] = [];
    for (let round = 0; round < 50; round++) {
      for (let i = 0; i < 40; i++) alive.push(new Person(model));
      model.agents.do((a) => {
        if (rng.bernoulli(0.5)) {
          a.remove();
          alive.splice(alive.indexOf(a as Person), 1);
        }
      });
      expect(model.agents.map((a) => a.id)).toEqual(alive.map((a) => a.id));
    }
  });
});

describe("AgentSet shuffling uses the model RNG", () => {
  it("same seed gives the same shuffleDo order; another seed a different one", () => {
    const order = (seed: number) => {
      const { model } = modelWith(50, seed);
      const ids: number[] = [];
      model.agents.shuffleDo((a) => ids.push(a.id));
      model.agents.shuffleDo((a) => ids.push(a.id));
      return ids;
    };
    expect(order(7)).toEqual(order(7));
    expect(order(7)).not.toEqual(order(8));
    const o = order(7);
    expect(o.slice(0, 50)).not.toEqual(o.slice(50)); // a new order each call
    expect([...o.slice(0, 50)].sort((a, b) => a - b)).toEqual(Array.from({ length: 50 }, (_, i) => i + 1));
  });

  it("draws from model.rng: drawing first changes the order exactly like the stream predicts", () => {
    const a = modelWith(30, 11);
    const b = modelWith(30, 11);
    b.model.rng.next();
    const oa = a.model.agents.shuffle().map((x) => x.id);
    const ob = b.model.agents.shuffle().map((x) => x.id);
    expect(oa).not.toEqual(ob);
    // the same permutation as shuffling the id list with an rng of the same seed
    const ids = Array.from({ length: 30 }, (_, i) => i + 1);
    expect(oa).toEqual(createRng(11).shuffle(ids));
  });

  it("shuffle(true) reorders in place; sets without an rng refuse to shuffle", () => {
    const { model } = modelWith(20, 4);
    const before = model.agents.map((a) => a.id);
    model.agents.shuffle(true);
    const after = model.agents.map((a) => a.id);
    expect(after).not.toEqual(before);
    expect([...after].sort((x, y) => x - y)).toEqual(before);
    expect(() => new AgentSet([1, 2].map(() => ({}))).shuffleDo(() => {})).toThrow(/no rng/);
  });
});

describe("Model registry", () => {
  it("agentsByType includes subclasses, stays live, and ids are sequential", () => {
    const model = new Model();
    const p = new Person(model);
    const people = model.agentsByType(Person);
    const c = new Child(model);
    const d = new Dog(model);
    expect([p.id, c.id, d.id]).toEqual([1, 2, 3]);
    expect(people.map((x) => x.id)).toEqual([1, 2]);
    expect(model.agentsByType(Child).map((x) => x.id)).toEqual([2]);
    expect(model.agentsByType(Person)).toBe(people);
    c.remove();
    expect(people.size).toBe(1);
    expect(model.agentsByType(Child).size).toBe(0);
    expect(model.agents.size).toBe(2);
  });
});
