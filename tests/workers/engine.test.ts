/** The engine on the main thread: batching, pause/resume/cancel, step, diagnostics as values. */
import { describe, expect, it } from "vitest";
import { createEngine, MAX_ROWS_PER_MESSAGE } from "../../workers/engine.ts";
import type { Progress } from "../../workers/engine-api.ts";
import { toyFactory } from "../fixtures/workers/toy-factory.ts";

const YAML = "name: toy\nrun:\n  seed: 5\n  days: 150\n  warmupDays: 10\n";

describe("engine", () => {
  it("streams every daily row once, in order, in batches of at most MAX_ROWS_PER_MESSAGE", async () => {
    const engine = createEngine(toyFactory);
    const made = await engine.create({ yaml: YAML });
    expect(made.ok && made.info.totalDays).toBe(160);
    const messages: Progress[] = [];
    const end = await engine.run((p) => messages.push(p));
    expect(end).toEqual({ status: "done", day: 160 });
    const rows = messages.flatMap((m) => m.rows);
    expect(rows).toEqual((await engine.results()).daily);
    expect(Math.max(...messages.map((m) => m.rows.length))).toBeLessThanOrEqual(MAX_ROWS_PER_MESSAGE);
    expect(messages.at(-1)!.day).toBe(160);
  });

  it("returns YAML and schema problems as diagnostics, never throws", async () => {
    const engine = createEngine(toyFactory);
    const bad = await engine.create({ yaml: "run:\n  days: -3\n", fileName: "bad.yaml" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(bad.diagnostics[0]).toMatchObject({ file: "bad.yaml", path: ["run", "days"] });
    const broken = await engine.create({ yaml: "run: [\n" });
    expect(broken.ok).toBe(false);
  });

  it("reports a model that fails to build as a diagnostic", async () => {
    const engine = createEngine({
      ...toyFactory,
      create: () => {
        throw new Error("no streets");
      },
    });
    const made = await engine.create({ yaml: YAML });
    expect(made).toMatchObject({ ok: false, diagnostics: [{ code: "model-failed" }] });
  });

  it("without snapshots pauses at a day boundary, resumes where it stopped, and cancels", async () => {
    const engine = createEngine(toyFactory);
    await engine.create({ yaml: YAML });
    const seen: number[] = [];
    const running = engine.run((p) => seen.push(p.day));
    await new Promise((r) => setImmediate(r));
    engine.pause();
    const paused = await running;
    expect(paused.status).toBe("paused");
    expect(paused.day).toBeGreaterThan(0);
    expect(paused.day).toBeLessThan(160);
    expect(seen.at(-1)).toBe(paused.day);
    engine.resume();
    await new Promise((r) => setImmediate(r));
    engine.cancel();
    await new Promise((r) => setTimeout(r, 20));
    const at = seen.at(-1)!;
    expect(at).toBeGreaterThan(paused.day);
    const rest = await engine.run(() => undefined);
    expect(rest).toEqual({ status: "done", day: 160 });

    const reference = createEngine(toyFactory);
    await reference.create({ yaml: YAML });
    await reference.run(() => undefined);
    expect((await engine.results()).summary).toEqual((await reference.results()).summary);
  });

  it("runs until a day, steps, and paces", async () => {
    const engine = createEngine(toyFactory);
    await engine.create({ yaml: YAML }, { days: 2, seed: 9 });
    expect(await engine.run(() => undefined, { untilDay: 4 })).toEqual({ status: "done", day: 4 });
    expect(await engine.step(3)).toHaveLength(3);
    const t0 = performance.now();
    const ticks: number[] = [];
    await engine.run((p) => ticks.push(p.rows.length), { daysPerSecond: 200 });
    expect(ticks).toEqual([1, 1, 1, 1, 1]);
    expect(performance.now() - t0).toBeGreaterThanOrEqual(15);
    expect(await engine.step(5)).toEqual([]);
  });

  it("runs replications with seeds independent of the engine's own simulation", async () => {
    const engine = createEngine(toyFactory);
    const parsed = toyFactory.parse(YAML, "toy.yaml");
    if (!parsed.ok) throw new Error("fixture");
    const done: number[] = [];
    const a = await engine.runReplications({ scenario: parsed.scenario }, 3, 42, (d) => done.push(d));
    const b = await engine.runReplications({ scenario: parsed.scenario }, 3, 42);
    expect(done).toEqual([1, 2, 3]);
    expect(a).toEqual(b);
    expect(new Set(a.map((s) => s.packages_stolen)).size).toBeGreaterThan(1);
    // A later batch continues the same sequence of seeds: replications 1 and 2 again.
    const later = await engine.runReplications({ scenario: parsed.scenario }, 2, 42, undefined, 1);
    expect(later).toEqual(a.slice(1));
  });
});

describe("engine lifecycle", () => {
  it("create() during a run stops that run first and starts clean", async () => {
    const engine = createEngine(toyFactory);
    await engine.create({ yaml: YAML });
    const first = engine.run(() => undefined, { daysPerSecond: 500 });
    await new Promise((r) => setTimeout(r, 20));
    const made = await engine.create({ yaml: YAML }, { days: 5 });
    expect(made.ok && made.info.totalDays).toBe(15);
    expect((await first).status).toBe("cancelled");
    expect(await engine.run(() => undefined)).toEqual({ status: "done", day: 15 });
  });

  it("a model failure while resumed in the background is reported by the next call", async () => {
    let calls = 0;
    const failing = {
      ...toyFactory,
      create: (...a: Parameters<typeof toyFactory.create>) => {
        const sim = toyFactory.create(...a);
        const step = sim.stepDay.bind(sim);
        sim.stepDay = () =>
          ++calls > 20
            ? (() => {
                throw new Error("boom");
              })()
            : step();
        return sim;
      },
    };
    const engine = createEngine(failing);
    await engine.create({ yaml: YAML });
    const running = engine.run(() => undefined, { daysPerSecond: 200 });
    await new Promise((r) => setTimeout(r, 5));
    engine.pause();
    expect((await running).status).toBe("paused");
    expect(calls).toBeLessThan(20);
    engine.resume();
    while (calls <= 20) await new Promise((r) => setTimeout(r, 10));
    await expect(engine.results()).rejects.toThrow("engine: the simulation failed while resumed: boom");
  });
});
