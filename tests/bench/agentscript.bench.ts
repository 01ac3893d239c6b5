/**
 * `agentscript_flock`: AgentScript's own flocking model (`models/FlockModel.js` of the
 * agentscript 0.10.27 devDependency, run unmodified from node_modules) against our boids
 * (`sim/examples/boid-flockers.ts`) at matched population, world size, vision, speed
 * and steps, headless in this Node process.
 *
 * The rules differ, so compare the cost per agent-step, not trajectories:
 * - AgentScript: each turtle, in array order, finds flockmates within `vision` patches
 *   (`turtles.inRadius`, over patches cached by `patches.cacheRect`), then either turns
 *   away from the nearest one if closer than `minSeparation`, or turns towards the
 *   average heading (alignment) and then towards the average bearing of the mates
 *   (cohesion), each turn clamped to `maxTurn` degrees; then it moves `speed` forward.
 *   The world is a square of patches centred on 0 (default 33 x 33, minX -16 .. maxX 16);
 *   turtles wrap at its edges, but the patch rectangle searched for mates is clipped there.
 * - Ours (Mesa's boids): each boid, in a fresh random order, sums vector cohesion,
 *   separation and alignment over the boids within `vision` on the torus (a bucketed
 *   continuous space), renormalises its direction and moves `speed`; the model then updates the
 *   average heading and every boid's angle (Mesa's per-step data), which AgentScript's
 *   model does not do.
 * Matched: population, world (33 * k square, k chosen to keep AgentScript's default
 * density of 100 turtles on 33 x 33 patches), vision 3, speed 0.25, separation 0.75,
 * steps. Sizes: AgentScript's default (100), then 1 000 and 10 000.
 *
 * How AgentScript runs here: its model and `src/` files import each other by absolute
 * paths (`/src/Model.js`, `/vendor/...`), written for its dev web server. A Node module
 * loader hook (registered below, for modules inside the agentscript package only)
 * resolves `/src/X` to `node_modules/agentscript/src/X` and loads them as ES modules.
 * `src/GeoWorld.js` (imported by `src/Model.js`) needs `/vendor/turfImports.js`, which the
 * npm package does not ship; the hook resolves it to a module whose `bbox` throws if
 * called. Only geographic worlds (a `bbox` world option) call it; FlockModel does not.
 * (The package's prebuilt `dist/agentscript.js` is no alternative: importing it in Node
 * fails at load time with "OffscreenCanvas is not defined".) Nothing of AgentScript is
 * copied into this repository. We subclass FlockModel only to
 * silence `report()`, which logs to stdout every 50 ticks (it would break the JSON
 * lines). AgentScript draws from `Math.random`; `util.randomSeed(seed)` makes each run
 * reproducible, and the original `Math.random` is restored after each run.
 *
 * Method as in mesa-models.bench.ts: one untimed warm-up, then for each seed the
 * fastest of `replications` runs, setup and steps timed apart; lines report the median
 * over seeds. `BENCH_QUICK=1` caps the seeds at 2.
 */
import { createRequire, register } from "node:module";
import { dirname, join } from "node:path";
import { pathToFileURL } from "node:url";
import { BoidFlockers } from "../../sim/examples/boid-flockers.ts";
import { type Bench, median } from "./bench.ts";

const QUICK = process.env.BENCH_QUICK === "1";

/** AgentScript's FlockModel defaults (population 100 on its default 33 x 33 world). */
const VISION = 3;
const SPEED = 0.25;
const MIN_SEPARATION = 0.75;
const DEFAULT_POPULATION = 100;
const DEFAULT_SIDE = 33; // patches: minX -16 .. maxX 16
const WARM_UP_SEED = 123456;

interface Size {
  population: number;
  steps: number;
  seeds: number;
  replications: number;
}

const SIZES: Size[] = [
  { population: 100, steps: 500, seeds: 5, replications: 3 },
  { population: 1_000, steps: 200, seeds: 3, replications: 3 },
  { population: 10_000, steps: 30, seeds: 3, replications: 2 },
];

/** maxX of a square AgentScript world (2 * maxX + 1 patches a side) holding `population` at the default density. */
function maxXFor(population: number): number {
  const side = DEFAULT_SIDE * Math.sqrt(population / DEFAULT_POPULATION);
  return Math.round((side - 1) / 2);
}

// ---- AgentScript, loaded from node_modules through a loader hook ----------------------

interface AsTurtles {
  length: number;
}
interface AsModel {
  population: number;
  turtles: AsTurtles;
  ticks: number;
  world: { width: number; height: number };
  startup(): Promise<void>;
  setup(): void;
  step(): void;
  flockCohesion(): number;
}
type AsModelClass = new (worldOptions?: object) => AsModel;
interface AsApi {
  Flock: AsModelClass;
  worldOptions(maxX: number): object;
  randomSeed(seed: number): void;
}

let asApi: Promise<AsApi> | undefined;

function agentscriptRoot(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve("agentscript/package.json"));
}

async function loadAgentScript(): Promise<AsApi> {
  const root = agentscriptRoot();
  const rootUrl = pathToFileURL(root + "/").href;
  const srcUrl = pathToFileURL(join(root, "src") + "/").href;
  const missingVendor =
    "data:text/javascript," +
    encodeURIComponent(
      'export function bbox() { throw new Error("turf bbox: /vendor/turfImports.js is not shipped in the agentscript npm package"); }',
    );
  const hooks = `
const ROOT = ${JSON.stringify(rootUrl)};
const SRC = ${JSON.stringify(srcUrl)};
const VENDOR_TURF = ${JSON.stringify(missingVendor)};
export async function resolve(specifier, context, next) {
  const parent = context.parentURL ?? "";
  if (parent.startsWith(ROOT)) {
    if (specifier.startsWith("/src/")) return { url: SRC + specifier.slice(5), shortCircuit: true };
    if (specifier === "/vendor/turfImports.js") return { url: VENDOR_TURF, shortCircuit: true };
  }
  return next(specifier, context);
}
export async function load(url, context, next) {
  if (url.startsWith(ROOT) && url.endsWith(".js")) return next(url, { ...context, format: "module" });
  return next(url, context);
}`;
  register("data:text/javascript," + encodeURIComponent(hooks));
  const flockUrl = new URL("models/FlockModel.js", rootUrl).href;
  const [flockMod, worldMod, utilMod] = (await Promise.all([
    import(flockUrl),
    import(new URL("World.js", srcUrl).href),
    import(new URL("utils.js", srcUrl).href),
  ])) as [{ default: AsModelClass }, { default: { defaultOptions(maxX: number): object } }, { randomSeed(seed: number): void }];
  // FlockModel.report() logs to stdout every 50 ticks; keep stdout for the JSON lines.
  class QuietFlock extends flockMod.default {
    report(): void {}
  }
  return {
    Flock: QuietFlock,
    worldOptions: (maxX) => worldMod.default.defaultOptions(maxX),
    randomSeed: (seed) => utilMod.randomSeed(seed),
  };
}

interface Timing {
  setupMs: number;
  runMs: number;
}

async function timeAgentScript(as: AsApi, size: Size, seed: number): Promise<Timing & { side: number }> {
  const saved = Math.random;
  try {
    as.randomSeed(seed);
    const t0 = performance.now();
    const m = new as.Flock(as.worldOptions(maxXFor(size.population)));
    m.population = size.population;
    await m.startup();
    m.setup();
    const t1 = performance.now();
    for (let i = 0; i < size.steps; i++) m.step();
    const t2 = performance.now();
    if (m.turtles.length !== size.population || m.ticks !== size.steps) {
      throw new Error(`agentscript_flock: expected ${size.population} turtles after ${size.steps} ticks, got ${m.turtles.length} after ${m.ticks}`);
    }
    return { setupMs: t1 - t0, runMs: t2 - t1, side: m.world.width };
  } finally {
    Math.random = saved;
  }
}

function timeDoorstep(size: Size, side: number, seed: number): Timing {
  const t0 = performance.now();
  const m = new BoidFlockers({
    populationSize: size.population,
    width: side,
    height: side,
    vision: VISION,
    speed: SPEED,
    separation: MIN_SEPARATION,
    seed,
  });
  const t1 = performance.now();
  for (let i = 0; i < size.steps; i++) m.step();
  const t2 = performance.now();
  return { setupMs: t1 - t0, runMs: t2 - t1 };
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

async function bestOf(reps: number, once: () => Promise<Timing> | Timing): Promise<Timing> {
  let setupMs = Infinity;
  let runMs = Infinity;
  for (let r = 0; r < reps; r++) {
    const t = await once();
    setupMs = Math.min(setupMs, t.setupMs);
    runMs = Math.min(runMs, t.runMs);
  }
  return { setupMs, runMs };
}

async function runComparison(): Promise<Record<string, unknown>[]> {
  const as = await (asApi ??= loadAgentScript());
  const lines: Record<string, unknown>[] = [];
  for (const size of SIZES) {
    const seeds = QUICK ? Math.min(2, size.seeds) : size.seeds;
    // Warm-up (also gives the world's width in patches). AgentScript's Park-Miller
    // generator needs a seed in 1 .. 2^31 - 2, so no seed 0 anywhere.
    const { side } = await timeAgentScript(as, size, WARM_UP_SEED);
    timeDoorstep(size, side, WARM_UP_SEED);
    for (const model of ["agentscript", "doorstep"] as const) {
      const setups: number[] = [];
      const runs: number[] = [];
      for (let seed = 1; seed <= seeds; seed++) {
        const t = await bestOf(size.replications, () => (model === "agentscript" ? timeAgentScript(as, size, seed) : timeDoorstep(size, side, seed)));
        setups.push(t.setupMs);
        runs.push(t.runMs);
      }
      const runMs = median(runs);
      lines.push({
        model,
        population: size.population,
        steps: size.steps,
        run_ms: round(runMs),
        ms_per_step: round(runMs / size.steps),
        ns_per_agent_step: Math.round((runMs * 1e6) / (size.steps * size.population)),
        setup_ms: round(median(setups)),
        world: `${side}x${side}`,
        seeds,
        replications: size.replications,
      });
    }
  }
  return lines;
}

const benches: Bench[] = [{ name: "agentscript_flock", run: runComparison }];

export default benches;
