/**
 * PartModel and parts: a model assembled from a registry runs its parts' hooks in
 * registry order, gives each part its own random stream, its live parameter section, its
 * typed metrics and the shared bus, and collects one row per day.
 */
import { describe, expect, it } from "vitest";
import { collectMetricSpecs, createRng, definePart, PartModel, type AnyPart } from "../../sim/core/index.ts";

type Ev = { type: "coin-flipped"; time: number; heads: boolean } | { type: "tally-reset"; time: number };
type Env = { log: string[]; coins: number };
const part = definePart<Env, Ev>();
const num = { parse: (x: unknown) => x as { p: number } };

const flipper = part({
  name: "flipper",
  summary: "Flips the coins at noon.",
  section: { key: "flipper", schema: num },
  metrics: [
    { name: "heads", unit: "flips", description: "Heads that day.", kind: "count", label: "Heads" },
    { name: "flips", unit: "flips", description: "Flips that day.", kind: "count", label: "Flips" },
  ],
  events: ["coin-flipped"],
  create: (ctx) => {
    ctx.env.log.push("create flipper");
    return { flipped: 0 };
  },
  start(_self, ctx) {
    ctx.env.log.push("start flipper");
  },
  startDay(self, day, ctx) {
    ctx.env.log.push(`startDay flipper ${day}`);
    ctx.scheduler.scheduleAt(day * 100 + 50, () => {
      for (let i = 0; i < ctx.env.coins; i++) {
        const heads = ctx.rng.bernoulli(ctx.section.p);
        self.flipped++;
        ctx.metrics.inc("flips");
        if (heads) ctx.metrics.inc("heads");
        ctx.bus.emit({ type: "coin-flipped", time: ctx.now(), heads });
      }
    });
  },
  endDay(_self, day, ctx) {
    ctx.env.log.push(`endDay flipper ${day}`);
  },
});

const counter = part({
  name: "counter",
  summary: "Counts heads as they are announced; keeps the running share of heads.",
  metrics: [{ name: "share_heads", unit: "fraction", description: "Share of heads so far.", kind: "level", label: "Share of heads" }],
  create: (ctx) => {
    ctx.env.log.push("create counter");
    return { heads: 0, flips: 0, flipper: ctx.use(flipper) };
  },
  startDay(_self, day, ctx) {
    ctx.env.log.push(`startDay counter ${day}`);
  },
  endDay(self, day, ctx) {
    ctx.env.log.push(`endDay counter ${day}`);
    ctx.metrics.set("share_heads", self.flips > 0 ? self.heads / self.flips : 0);
  },
  on: {
    "coin-flipped": (self, e) => {
      self.flips++;
      if (e.heads) self.heads++;
    },
  },
});

function build(parts: readonly AnyPart<Env>[], p = 0.5, seed = 3) {
  const env: Env = { log: [], coins: 20 };
  const params = { flipper: { p } };
  const model = new PartModel<Env, Ev>({ seed, daySeconds: 100 });
  model.assemble({ parts, params, env: () => env, days: 3 });
  return { model, env, params };
}

describe("PartModel", () => {
  it("creates parts and runs their hooks in registry order, start once before the first day", () => {
    const { model, env } = build([flipper, counter]);
    while (!model.isDone()) model.stepDay();
    expect(env.log.slice(0, 8)).toEqual([
      "create flipper",
      "create counter",
      "start flipper",
      "startDay flipper 0",
      "startDay counter 0",
      "endDay flipper 0",
      "endDay counter 0",
      "startDay flipper 1",
    ]);
    expect(model.day).toBe(3);
    expect(model.collector.rowCount).toBe(3);
  });

  it("collects counts (restarting each day) and levels into one row per day, day column first", () => {
    const { model } = build([flipper, counter]);
    const rows = [];
    while (!model.isDone()) rows.push(model.stepDay());
    expect(Object.keys(rows[0])).toEqual(["day", "heads", "flips", "share_heads"]);
    expect(rows.map((r) => r.day)).toEqual([0, 1, 2]);
    expect(rows.map((r) => r.flips)).toEqual([20, 20, 20]);
    const heads = rows.reduce((a, r) => a + r.heads, 0);
    expect(rows[2].share_heads).toBeCloseTo(heads / 60);
    expect(Array.from(model.collector.column("flips"))).toEqual([20, 20, 20]);
    expect(model.use(flipper).flipped).toBe(60);
  });

  it("gives each part the stream named after it: the same draws as rng.stream(name) of the root seed", () => {
    const { model } = build([flipper, counter], 0.5, 11);
    const rows = [];
    while (!model.isDone()) rows.push(model.stepDay());
    const s = createRng(11).stream("flipper");
    let expected = 0;
    for (let i = 0; i < 20; i++) if (s.bernoulli(0.5)) expected++;
    expect(rows[0].heads).toBe(expected);
  });

  it("reads a part's section live: a change to the parameter object shows at the next read", () => {
    const { model, params } = build([flipper, counter], 0);
    expect(model.stepDay().heads).toBe(0);
    params.flipper.p = 1;
    expect(model.stepDay().heads).toBe(20);
  });

  it("advances within a day and across days, with the same rows however time is cut", () => {
    const a = build([flipper, counter]).model;
    const whole = [];
    while (!a.isDone()) whole.push(a.stepDay());
    const b = build([flipper, counter]).model;
    const cut = [...b.advanceTo(40), ...b.advanceTo(170), ...b.advanceTo(1e9)];
    expect(cut).toEqual(whole);
  });

  it("refuses a part that uses one registered after it, duplicate names, and duplicate metrics", () => {
    expect(() => build([counter, flipper])).toThrow(/part "flipper" is not created \(yet\)/);
    expect(() => build([flipper, flipper])).toThrow(/two parts are named "flipper"/);
    const copy = part({ name: "copy", summary: "", metrics: flipper.metrics });
    expect(() => build([flipper, copy])).toThrow(/metric "heads" is declared by two parts/);
  });

  it("orders metric columns: the given order first (unknown names skipped), then registry order", () => {
    const names = collectMetricSpecs([flipper, counter], ["share_heads", "nope", "flips"]).map((m) => m.name);
    expect(names).toEqual(["share_heads", "flips", "heads"]);
  });

  it("types metric names: a part records only the metrics it declares (at compile time and at run time)", () => {
    const typo = part({
      name: "typo",
      summary: "",
      metrics: [{ name: "ok", unit: "", description: "", kind: "count", label: "" }],
      startDay(_self, _day, ctx) {
        ctx.metrics.inc("ok");
        // @ts-expect-error "okk" is not a metric of this part
        ctx.metrics.inc("okk");
      },
    });
    const { model } = build([typo]);
    expect(() => model.stepDay()).toThrow(/unknown metric "okk"/);
  });
});
