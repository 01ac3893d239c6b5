/** The engine in a Node worker thread (comlink Node adapter) gives byte-identical output to the main thread. */
import * as Comlink from "comlink";
import { describe, expect, it } from "vitest";
import { createEngine } from "../../workers/engine.ts";
import { startNodeEngine } from "../../workers/node-engine-client.ts";
import { canonicalJson } from "../fixtures/workers/canonical-json.ts";
import { driveEngine } from "../fixtures/workers/drive-engine.ts";
import { toyFactory } from "../fixtures/workers/toy-factory.ts";

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
