/**
 * Approximate Bayesian computation (ABC) against summary targets, domain-free: the model
 * is a black box `evaluate(parameter sets) -> distances`, run in batches so a host can
 * spread each batch over a worker pool and journal it.
 *
 *   generation 0   draw `proposals` sets from the prior; keep the `particles` closest
 *                  (equal weights): ABC rejection (Pritchard et al. 1999) when there is
 *                  one generation;
 *   generation g   draw `proposals` sets by picking a particle of g-1 by weight and moving
 *                  it with the kernel (abc-prior.ts, sd = sqrt(2 x weighted variance),
 *                  Beaumont et al. 2009); keep the `particles` closest; weight each by
 *                  prior / sum_j W_j K(theta | theta_j) (ABC-SMC, Toni et al. 2009). The
 *                  tolerance of a generation is its accepted quantile of distances, so it
 *                  shrinks adaptively (Del Moral et al. 2012).
 *
 * Every draw comes from a stream hashed from (seed, generation): a generation's proposals
 * depend only on the seed and the previous population, so a host can resume a killed
 * calibration by replaying finished generations from its journal.
 */
import { type KernelScales, type ParamSet, type Priors, checkPriors, kernelDensity, perturb, priorDensity, samplePrior } from "./abc-prior.ts";
import { hashSeed } from "./hash-seed.ts";
import { createRng } from "./rng.ts";

export type { Prior, Priors, ParamSet, KernelScales } from "./abc-prior.ts";

/** A summary target: a value with the sd that counts as one unit of distance, or a range that counts as a hit. */
export type Target = { value: number; sd: number } | { min: number; max: number };

/** Summary statistic name -> target. */
export type Targets = Record<string, Target>;

/** An accepted parameter set. Weights of a population sum to 1. */
export interface Particle {
  params: ParamSet;
  distance: number;
  weight: number;
}

/** What to run. Rejection is `generations: 1`. */
export interface AbcPlan {
  priors: Priors;
  /** Parameter sets kept per generation. */
  particles: number;
  /** Parameter sets run per generation (>= particles). */
  proposals: number;
  generations: number;
  seed: number;
}

/** One finished generation. */
export interface AbcGeneration {
  /** The proposals in the order they were drawn, with their distances. */
  proposals: ParamSet[];
  distances: number[];
  /** The accepted population, closest first. */
  particles: Particle[];
  /** The largest accepted distance. */
  tolerance: number;
  /** Effective sample size of the weights, 1 / sum(w^2). */
  ess: number;
}

/**
 * The distance of simulated summaries from the targets: the Euclidean norm of the
 * standardised misses, (x - value) / sd for a value, and for a range the gap outside it
 * in units of the range's width (0 inside). A missing or non-finite summary is infinitely
 * far (such a set is never accepted).
 *
 * @example
 * ```ts
 * targetDistance({ a: 12, b: 0.5 }, { a: { value: 10, sd: 1 }, b: { min: 0, max: 1 } }); // 2
 * ```
 */
export function targetDistance(stats: Record<string, number>, targets: Targets): number {
  let sum = 0;
  for (const [name, t] of Object.entries(targets)) {
    const x = stats[name];
    if (typeof x !== "number" || !Number.isFinite(x)) return Infinity;
    let z: number;
    if ("sd" in t) z = (x - t.value) / t.sd;
    else z = x < t.min ? (t.min - x) / (t.max - t.min) : x > t.max ? (x - t.max) / (t.max - t.min) : 0;
    sum += z * z;
  }
  return Math.sqrt(sum);
}

/** Throws on targets that cannot be scored (sd <= 0, an empty range, no target). */
export function checkTargets(targets: Targets): void {
  const names = Object.keys(targets);
  if (names.length === 0) throw new RangeError("ABC: at least one target is needed");
  for (const name of names) {
    const t = targets[name];
    if ("sd" in t ? !(t.sd > 0 && Number.isFinite(t.value)) : !(t.min < t.max)) {
      throw new RangeError(`ABC: target "${name}" needs a finite value with sd > 0, or min < max`);
    }
  }
}

/**
 * The seed of one model run of a calibration: a hash of (seed, generation, proposal,
 * replication), so runs never share seeds and no run's seed depends on the others.
 *
 * @example
 * ```ts
 * abcRunSeed(1, 0, 17, 2); // uint32, the same on every machine
 * ```
 */
export function abcRunSeed(seed: number, generation: number, proposal: number, replication: number): number {
  return hashSeed("abc-run", seed, generation, proposal, replication);
}

/** Kernel sd per numeric parameter: sqrt(2 x the population's weighted variance), floored at 1e-6 of the prior's width. */
export function kernelScales(priors: Priors, population: readonly Particle[]): KernelScales {
  const out: KernelScales = {};
  for (const [name, p] of Object.entries(priors)) {
    if (p.kind === "values") continue;
    let mean = 0;
    for (const q of population) mean += q.weight * (q.params[name] as number);
    let v = 0;
    for (const q of population) v += q.weight * ((q.params[name] as number) - mean) ** 2;
    const width = p.kind === "int" ? p.max - p.min + 1 : p.max - p.min;
    out[name] = Math.max(Math.sqrt(2 * v), 1e-6 * width);
  }
  return out;
}

/** The proposals of generation `g` (0: from the prior; later: moved particles of `previous`). */
export function proposeGeneration(plan: AbcPlan, g: number, previous: readonly Particle[] | null): ParamSet[] {
  const rng = createRng(hashSeed("abc-proposals", plan.seed, g));
  const out: ParamSet[] = [];
  if (!previous) {
    for (let i = 0; i < plan.proposals; i++) out.push(samplePrior(plan.priors, rng));
    return out;
  }
  const scales = kernelScales(plan.priors, previous);
  const weights = previous.map((p) => p.weight);
  for (let i = 0; i < plan.proposals; i++) out.push(perturb(plan.priors, previous[rng.weightedIndex(weights)].params, scales, rng));
  return out;
}

/**
 * Keeps the `particles` closest proposals (ties: the earlier proposal) and weighs them:
 * equally after the prior, by prior / proposal density after a moved population.
 * Throws when fewer proposals than wanted have a finite distance.
 */
export function selectPopulation(
  plan: AbcPlan,
  proposals: readonly ParamSet[],
  distances: readonly number[],
  previous: readonly Particle[] | null,
): Particle[] {
  const order = proposals.map((_, i) => i).filter((i) => Number.isFinite(distances[i]));
  if (order.length < plan.particles) {
    throw new Error(`ABC: only ${order.length} of ${proposals.length} proposals have finite distances; ${plan.particles} are needed`);
  }
  order.sort((a, b) => distances[a] - distances[b] || a - b);
  const kept = order.slice(0, plan.particles);
  let raw: number[];
  if (!previous) raw = kept.map(() => 1);
  else {
    const scales = kernelScales(plan.priors, previous);
    raw = kept.map((i) => {
      let q = 0;
      for (const p of previous) q += p.weight * kernelDensity(plan.priors, p.params, proposals[i], scales);
      return q > 0 ? priorDensity(plan.priors, proposals[i]) / q : 0;
    });
  }
  const total = raw.reduce((a, b) => a + b, 0);
  if (!(total > 0)) throw new Error("ABC: every accepted particle has weight 0");
  return kept.map((i, k) => ({ params: proposals[i], distance: distances[i], weight: raw[k] / total }));
}

/** 1 / sum(w^2): how many equally weighted particles the population is worth. */
export function effectiveSampleSize(particles: readonly Particle[]): number {
  let s = 0;
  for (const p of particles) s += p.weight * p.weight;
  return s > 0 ? 1 / s : 0;
}

/** Throws on a plan that cannot run. */
export function checkPlan(plan: AbcPlan): void {
  checkPriors(plan.priors);
  const whole = (x: number) => Number.isInteger(x) && x >= 1;
  if (!whole(plan.particles) || !whole(plan.proposals) || !whole(plan.generations) || plan.proposals < plan.particles) {
    throw new RangeError(
      `ABC: particles, proposals and generations must be whole numbers >= 1 with proposals >= particles, got ${plan.particles}, ${plan.proposals}, ${plan.generations}`,
    );
  }
}

/**
 * Runs every generation; `evaluate(g, proposals)` returns one distance per proposal (run
 * the model, average its replications, `targetDistance`). Deterministic for a plan and an
 * evaluator.
 *
 * @example
 * ```ts
 * const gens = await runAbc(
 *   { priors: { mu: { kind: "uniform", min: -5, max: 5 } }, particles: 50, proposals: 200, generations: 3, seed: 1 },
 *   async (_g, sets) => sets.map((s) => targetDistance({ x: simulate(s.mu as number) }, { x: { value: 1.2, sd: 0.5 } })),
 * );
 * posteriorSummary(priors, gens.at(-1)!.particles);
 * ```
 */
export async function runAbc(plan: AbcPlan, evaluate: (generation: number, proposals: ParamSet[]) => Promise<number[]>): Promise<AbcGeneration[]> {
  checkPlan(plan);
  const gens: AbcGeneration[] = [];
  let previous: Particle[] | null = null;
  for (let g = 0; g < plan.generations; g++) {
    const proposals = proposeGeneration(plan, g, previous);
    const distances = await evaluate(g, proposals);
    if (distances.length !== proposals.length)
      throw new Error(`ABC: evaluate returned ${distances.length} distances for ${proposals.length} proposals`);
    const particles = selectPopulation(plan, proposals, distances, previous);
    gens.push({ proposals, distances, particles, tolerance: particles[particles.length - 1].distance, ess: effectiveSampleSize(particles) });
    previous = particles;
  }
  return gens;
}
