/** The engine in a Node worker thread (comlink Node adapter) gives byte-identical output to the main thread. */
import * as Comlink from "comlink";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../workers/engine.ts";
import { startNodeEngine } from "../../workers/node-engine-client.ts";
import { canonicalJson } from "../../workers/test-page/canonical-json.ts";
import { driveEngine } from "../../workers/test-page/drive-engine.ts";
import { SMALL_TOWN } from "../fixtures/workers/small-town.ts";
import { toyFactory } from "../fixtures/workers/toy-factory.ts";
import { domainFactory } from "../../workers/domain-factory.ts";

const YAML = "name: toy\nrun:\n  seed: 5\n  days: 40\n  warmupDays: 5\n";

describe("engine in a Node worker", () => {
  it("toy model: worker and main thread agree byte for byte", async () => {
    const main = await driveEngine(createEngine(toyFactory), YAML, { seed: 11, days: 30 });
    const { engine, close } = startNodeEngine(new URL("../fixtures/workers/toy-node-engine.ts", import.meta.url));
    try {
      const remote = await driveEngine(engine, YAML, { seed: 11, days: 30 }, (fn) => Comlink.proxy(fn));
      expect(canonicalJson(remote)).toBe(canonicalJson(main));
    } finally {
      await close();
    }
  });

  it("surveillance model (node-engine.ts): worker and main thread agree byte for byte", async () => {
    const opts = { seed: 8, days: 2 };
    const main = await driveEngine(createEngine(domainFactory), SMALL_TOWN, opts);
    const { engine, close } = startNodeEngine();
    try {
      const remote = await driveEngine(engine, SMALL_TOWN, opts, (fn) => Comlink.proxy(fn));
      const text = canonicalJson(remote);
      expect(text.length).toBeGreaterThan(1000);
      expect(text).toBe(canonicalJson(main));
    } finally {
      await close();
    }
  });

  it("serves pause and cancel during a run in the worker; run() continues after a pause", async () => {
    const { engine, close } = startNodeEngine(new URL("../fixtures/workers/toy-node-engine.ts", import.meta.url));
    try {
      await engine.create({ yaml: YAML }, { days: 200 });
      const days: number[] = [];
      const running = engine.run(
        Comlink.proxy((p) => void days.push(p.day)),
        { daysPerSecond: 200 },
      );
      await new Promise((r) => setTimeout(r, 150));
      await engine.pause();
      const paused = await running;
      expect(paused.status).toBe("paused");
      expect(paused.day).toBeGreaterThan(0);
      expect(paused.day).toBeLessThan(205);
      expect(days.at(-1)).toBe(paused.day);
      const again = engine.run(
        Comlink.proxy((p) => void days.push(p.day)),
        { daysPerSecond: 200 },
      );
      await new Promise((r) => setTimeout(r, 100));
      await engine.cancel();
      const cancelled = await again;
      expect(cancelled.status).toBe("cancelled");
      expect(cancelled.day).toBeGreaterThan(paused.day);
      expect((await engine.results()).daily).toHaveLength(cancelled.day);
    } finally {
      await close();
    }
  });

  it("returns diagnostics across the boundary as values", async () => {
    const { engine, close } = startNodeEngine(new URL("../fixtures/workers/toy-node-engine.ts", import.meta.url));
    try {
      const made = await engine.create({ yaml: "run:\n  sedd: 3\n", fileName: "typo.yaml" });
      expect(made.ok).toBe(false);
      if (!made.ok) expect(made.diagnostics[0].file).toBe("typo.yaml");
    } finally {
      await close();
    }
  });
});
