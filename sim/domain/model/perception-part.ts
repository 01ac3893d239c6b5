/**
 * The perception part: residents' beliefs about local package theft (the `perception:`
 * submodel, which other mechanisms move through the context), word of mouth between
 * neighbours (a victim's loss, an arrest nearby), and the truth they are compared with:
 * actual crime over the last 30 days and its trend over the last 90, in the crime-index
 * unit, at the end of each day.
 */
import type { Rng } from "../../core/index.ts";
import { perceptionSection } from "../../scenario/sections/perception.ts";
import { createTheftWindow, INDEX_DAYS, type TheftWindow } from "../submodels/crime-index.ts";
import { createTrendWindow, type TrendWindow } from "../submodels/crime-trend.ts";
import { createPerception, type Perception, type PerceptionParams, type PerceptionPort } from "../submodels/perception.ts";
import { CRIME_INDEX_UNIT, domainPart, level } from "./domain-part.ts";

/** Days of the trailing window of `actual_crime_trend`. */
export const TREND_WINDOW_DAYS = 90;
/**
 * Half-lives of the level within the warm-up: eight, so that what residents see from the
 * third week on (when police posts start) has settled by the end of the warm-up.
 */
const SPIN_UP_HALF_LIVES = 8;

/** The perception part's state. */
export interface PerceptionState {
  readonly perception: Perception;
  /** What other mechanisms use (exposures, word of mouth, fear). */
  readonly port: PerceptionPort;
  readonly thefts: TheftWindow;
  readonly trend: TrendWindow;
  /** Real packages stolen so far today. */
  stolenToday: number;
}

/** The street positions the part needs: where porches are and which are near. */
interface Porches {
  readonly households: number;
  porchX(house: number): number;
  porchY(house: number): number;
  housesNear(x: number, y: number, radius: number): ArrayLike<number>;
}

function createPerceptionState(world: Porches, rng: Rng, params: PerceptionParams): PerceptionState {
  const sizes = new Float64Array(world.households);
  for (let h = 0; h < world.households; h++) sizes[h] = world.housesNear(world.porchX(h), world.porchY(h), params.localRadiusM).length;
  const perception = createPerception(params, sizes, rng);
  const port: PerceptionPort = {
    expose: perception.expose,
    exposeNear: perception.exposeNear,
    level: perception.level,
    relativeLevel: perception.relativeLevel,
    tellNeighbours(house, kind) {
      const share = params.wordOfMouthShare;
      if (share <= 0) return;
      const near = world.housesNear(world.porchX(house), world.porchY(house), params.localRadiusM);
      for (let i = 0; i < near.length; i++) if (near[i] !== house && rng.bernoulli(share)) perception.expose(near[i], kind);
    },
  };
  return { perception, port, thefts: createTheftWindow(INDEX_DAYS), trend: createTrendWindow(TREND_WINDOW_DAYS), stolenToday: 0 };
}

/** The perception part (created first: other mechanisms expose households to what they see). */
export const perceptionPart = domainPart({
  name: "perception",
  summary: "Residents' beliefs about the level and trend of local crime, moved by what they see, hear and by quiet; compared with actual crime.",
  section: { key: "perception", schema: perceptionSection },
  metrics: [
    level(
      "perceived_crime",
      CRIME_INDEX_UNIT,
      "How much crime residents think there is",
      "Mean over households of each household's perceived level of local package theft.",
    ),
    level(
      "perceived_crime_app_users",
      CRIME_INDEX_UNIT,
      "Crime app users think there is",
      "Added. Mean perceived level of local package theft over households that use the neighbourhood app (0 when none do).",
    ),
    level(
      "perceived_crime_non_app_users",
      CRIME_INDEX_UNIT,
      "Crime non-users of the app think there is",
      "Added. Mean perceived level of local package theft over households that do not use the neighbourhood app (0 when all do).",
    ),
    level(
      "share_believing_crime_rising",
      "fraction of households",
      "Residents who believe crime is rising",
      "Added. Share of households whose belief about the trend of local package theft is 'rising' (gallup-2022-local-crime: 44% on average say local crime is up).",
    ),
    level(
      "actual_crime",
      CRIME_INDEX_UNIT,
      "Actual crime",
      "Package thefts (real packages) in the last 30 days, per 1,000 households and scaled to 30 days.",
    ),
    level(
      "actual_crime_trend",
      "relative change per year",
      "Actual trend of crime (per year)",
      "Added. True trend of package thefts over the trailing 90 days: least-squares slope of daily thefts over their mean, per year (0 = flat; -0.51 = falling 40% a year). Ground truth, not seen by residents.",
    ),
  ],
  events: [],
  create: (ctx): PerceptionState => createPerceptionState(ctx.env.world, ctx.rng, ctx.section),
  on: {
    "package-stolen": (self, e) => {
      if (!e.bait) self.stolenToday++;
    },
    "arrest-made": (self, e) => {
      if (e.house >= 0) self.port.tellNeighbours(e.house, "arrest-news");
    },
  },
  endDay(self, day, ctx) {
    const { warmupDays, appUser, world } = ctx.env;
    self.perception.endDay(day < warmupDays ? Math.max(1, warmupDays / SPIN_UP_HALF_LIVES) : undefined);
    self.thefts.addDay(self.stolenToday);
    self.trend.addDay(self.stolenToday);
    self.stolenToday = 0;
    ctx.metrics.set("perceived_crime", self.perception.mean());
    ctx.metrics.set("perceived_crime_app_users", self.perception.meanWhere(appUser, 1));
    ctx.metrics.set("perceived_crime_non_app_users", self.perception.meanWhere(appUser, 0));
    ctx.metrics.set("share_believing_crime_rising", self.perception.shareRising());
    ctx.metrics.set("actual_crime", self.thefts.index(world.households));
    ctx.metrics.set("actual_crime_trend", self.trend.ratePerYear());
  },
});
