/**
 * Witnesses and tips: what people other than the cameras saw of a theft, fixed at the
 * moment it happened. With `police.witnessProbability` a neighbour or passer-by saw the
 * taking and can name someone — the taker, or by mistake (`witnessMistakeProbability`)
 * a resident of a house nearby; with `police.tipProbability` an anonymous tip names
 * someone, wrongly with `tipMistakeProbability`. Police read these observations when they
 * investigate; they never learn whether a name is right.
 */
import type { Rng } from "../../core/index.ts";
import type { ModelContext } from "./context.ts";

/** What was seen of one theft: the person a witness names, and the person a tip names (-1: none). */
export interface TheftObservation {
  witness: number;
  tip: number;
}

/** The observations of every real theft, by package. */
export interface TheftWitnesses {
  of(pkg: number): TheftObservation | undefined;
}

/**
 * Someone who lives near `house` (a resident of a random house within `radiusM`, or of
 * `house`'s street front when none): the person a mistaken witness or a wrong tip names,
 * or who turns out to hold a dumped bait.
 */
export function someoneNear(ctx: ModelContext, rng: Rng, house: number, radiusM: number): number {
  const { world } = ctx;
  const near = world.housesNear(world.porchX(house), world.porchY(house), radiusM);
  const others: number[] = [];
  for (let i = 0; i < near.length; i++) if (near[i] !== house) others.push(near[i]);
  const home = others.length > 0 ? rng.choice(others) : house;
  return world.addPerson("resident", world.houseGroup(home), home);
}

/** Records an observation for each real theft as it happens (own stream `witnesses`). */
export function createTheftWitnesses(ctx: ModelContext): TheftWitnesses {
  const p = ctx.params.police;
  const rng: Rng = ctx.rng.stream("witnesses");
  const seen = new Map<number, TheftObservation>();
  const radiusM = () => ctx.params.thieves.nearRadiusM;
  ctx.bus.on("package-stolen", (e) => {
    if (e.bait) return;
    const witness = rng.bernoulli(p.witnessProbability)
      ? rng.bernoulli(p.witnessMistakeProbability)
        ? someoneNear(ctx, rng, e.house, radiusM())
        : e.person
      : -1;
    const tip = rng.bernoulli(p.tipProbability)
      ? rng.bernoulli(p.tipMistakeProbability)
        ? someoneNear(ctx, rng, e.house, radiusM())
        : e.person
      : -1;
    if (witness >= 0 || tip >= 0) seen.set(e.pkg, { witness, tip });
  });
  return { of: (pkg) => seen.get(pkg) };
}
