/**
 * The perception part: each household's perceived level of local package theft (the
 * `perception:` submodel, which other mechanisms move and read through the context), and
 * the actual theft rate over the same window, both in the crime-index unit at the end of
 * each day.
 */
import { perceptionSection } from "../../scenario/sections/perception.ts";
import { createTheftWindow, INDEX_DAYS, type TheftWindow } from "../submodels/crime-index.ts";
import { createPerception, type Perception } from "../submodels/perception.ts";
import { CRIME_INDEX_UNIT, domainPart, level } from "./domain-part.ts";

/** The perception part's state. */
export interface PerceptionState {
  readonly perception: Perception;
  readonly thefts: TheftWindow;
  /** Real packages stolen so far today. */
  stolenToday: number;
}

/** The perception part (created first: other mechanisms expose households to what they see). */
export const perceptionPart = domainPart({
  name: "perception",
  summary: "Each household's perceived crime, moved by what it sees and by quiet; compared with actual crime.",
  section: { key: "perception", schema: perceptionSection },
  metrics: [
    level(
      "perceived_crime",
      CRIME_INDEX_UNIT,
      "How much crime residents think there is",
      "Mean over households of each household's perceived level of local package theft.",
    ),
    level(
      "actual_crime",
      CRIME_INDEX_UNIT,
      "Actual crime",
      "Package thefts (real packages) in the last 30 days, per 1,000 households and scaled to 30 days.",
    ),
  ],
  events: [],
  create: (ctx): PerceptionState => ({
    perception: createPerception(ctx.section, ctx.env.world.households),
    thefts: createTheftWindow(INDEX_DAYS),
    stolenToday: 0,
  }),
  on: {
    "package-stolen": (self, e) => {
      if (!e.bait) self.stolenToday++;
    },
  },
  endDay(self, _day, ctx) {
    self.perception.endDay();
    self.thefts.addDay(self.stolenToday);
    self.stolenToday = 0;
    ctx.metrics.set("perceived_crime", self.perception.mean());
    ctx.metrics.set("actual_crime", self.thefts.index(ctx.env.world.households));
  },
});
