/**
 * Scenario section `perception:` — what residents believe about local package theft: a
 * perceived level (in the unit of `actual_crime`: thefts per 1,000 households per 30
 * days) and a belief about its trend (rising, stable, falling). Each exposure (own loss,
 * a neighbour's word, camera notifications, app posts, alert ads, police posts, news of an
 * arrest) counts as a number of thefts seen in the household's local area; quiet days
 * count as none, so the level follows what a household sees and has no anchor. Read by
 * `sim/domain/submodels/perception.ts` and `perception-part.ts`.
 */
import { num, section } from "../param.ts";

const WEIGHT_UNIT = "thefts counted per exposure";

/** `perception:` start, memories, trend judgement, word of mouth and the weight of each kind of exposure. */
export const perceptionSection = section(
  "Perception of crime: each household's perceived theft level and its belief about the trend, moved by what it sees and by quiet.",
  {
    priorLevel: num({
      description:
        "Perceived theft level every household starts with; beliefs settle on what households see during the warm-up and never relax back to it. Also the reference of fear-driven camera buying (residents.fearAdoptionGain): fear 1 = this level.",
      unit: "thefts per 1,000 households per 30 days",
      default: 12,
      min: 0,
      max: 1000,
      source:
        "assumption (no survey reports a believed package-theft rate; the start is forgotten within the warm-up, see sim/domain/README.md, spin-up; of the order of securityorg-2024-package-theft, ~15% of people lose a package a year)",
    }),
    halfLifeDays: num({
      description: "Memory of the perceived level: half of what a household saw weighs less than what it saw in the last this many days.",
      unit: "days",
      default: 30,
      min: 0.5,
      max: 3650,
      source: "assumption (fear persists as crime falls, prieto-curiel-bishop-2017-fear)",
    }),
    trendMemoryDays: num({
      description:
        "Half-life of the longer memory a household compares its current level with when it judges the trend ('more crime than a year ago?').",
      unit: "days",
      default: 120,
      min: 1,
      max: 3650,
      source: "assumption (the survey question compares with a year ago, gallup-2022-local-crime)",
    }),
    trendThreshold: num({
      description: "Relative difference between the current level and the remembered one that reads as 'more' (or 'less') crime.",
      unit: "fraction",
      default: 0.1,
      min: 0,
      max: 10,
      source: "assumption",
    }),
    trendNoticeLevel: num({
      description: "Smallest absolute difference between the current and the remembered level that a household notices as a change.",
      unit: "thefts per 1,000 households per 30 days",
      default: 1,
      min: 0,
      max: 1000,
      source: "assumption",
    }),
    trendHalfLifeDays: num({
      description:
        "Half-life of a household's trend belief: each day it moves toward what the comparison of current and remembered level says, so a belief changes over weeks, not overnight.",
      unit: "days",
      default: 30,
      min: 0.5,
      max: 3650,
      source: "assumption",
    }),
    priorShareRising: num({
      description: "Share of households that start believing local crime is rising.",
      unit: "fraction",
      default: 0.44,
      min: 0,
      max: 1,
      source: "gallup-2022-local-crime (44% on average since 1989 say there is more crime in their area than a year ago)",
    }),
    priorShareFalling: num({
      description: "Share of households that start believing local crime is falling (the rest start believing it is stable).",
      unit: "fraction",
      default: 0.37,
      min: 0,
      max: 1,
      source: "gallup-2022-local-crime (in 2022, 28% said less and 14% the same: the 56% not saying 'more' on average, split 2:1 as in 2022)",
    }),
    localRadiusM: num({
      description:
        "Radius of a household's 'local area': the thefts it counts are read against the households within it, and neighbours within it hear of a loss by word of mouth.",
      unit: "m",
      default: 400,
      min: 10,
      max: 10000,
      source: "assumption (a few blocks; near-repeat risk spreads 300-400 m, johnson-bowers-2004-near-repeat)",
    }),
    wordOfMouthShare: num({
      description: "Share of the households in a victim's local area who hear of the loss (or of an arrest nearby) from neighbours.",
      unit: "fraction",
      default: 0.3,
      min: 0,
      max: 1,
      source: "assumption",
    }),
    maxLevel: num({
      description: "Ceiling of the perceived level (nobody believes every porch is robbed daily).",
      unit: "thefts per 1,000 households per 30 days",
      default: 500,
      min: 0,
      max: 100000,
      source: "assumption",
    }),
    ownLossWeight: num({
      description: "Thefts a household counts when it loses a package itself.",
      unit: WEIGHT_UNIT,
      default: 2,
      min: 0,
      max: 100,
      source: "assumption (victims fear crime more; no published figure)",
    }),
    wordOfMouthWeight: num({
      description: "Thefts a household counts when a neighbour tells it of their loss.",
      unit: WEIGHT_UNIT,
      default: 1,
      min: 0,
      max: 100,
      source: "assumption (one theft told is one theft)",
    }),
    strangerNotificationWeight: num({
      description: "Thefts a household counts when its camera notifies it of a stranger at the door (and it looks).",
      unit: WEIGHT_UNIT,
      default: 0.02,
      min: 0,
      max: 100,
      source: "assumption",
    }),
    crimePostWeight: num({
      description: "Thefts a household counts when it sees an app post labelled crime.",
      unit: WEIGHT_UNIT,
      default: 1,
      min: 0,
      max: 100,
      source: "assumption (app users perceive more local crime than non-users, controlling for actual crime, fetterman-2023-neighbourhood-apps)",
    }),
    suspiciousPostWeight: num({
      description: "Thefts a household counts when it sees a 'suspicious person' post.",
      unit: WEIGHT_UNIT,
      default: 0.25,
      min: 0,
      max: 100,
      source:
        "assumption (app users perceive more local crime than non-users, fetterman-2023-neighbourhood-apps; most 'suspicious' posts show no crime, motherboard-2019-suspicious-posts)",
    }),
    alertAdWeight: num({
      description: "Thefts a household counts when it is shown a community-alert ad.",
      unit: WEIGHT_UNIT,
      default: 1,
      min: 0,
      max: 100,
      source:
        "assumption (alerts, posts and ads make crime feel more common than it is; most say crime is up while burglary halved, gallup-2023-crime-perception, fbi-ucr-2019-burglary)",
    }),
    policePostWeight: num({
      description: "Thefts a household counts when it sees a police incident posted to the app.",
      unit: WEIGHT_UNIT,
      default: 1,
      min: 0,
      max: 100,
      source: "assumption (the company posts police incidents from public call logs; no published weight)",
    }),
    arrestNewsWeight: num({
      description:
        "Thefts a household counts when it hears of an arrest for a theft nearby (word of mouth); negative = reassuring, positive = a reminder that crime is about.",
      unit: WEIGHT_UNIT,
      default: -1,
      min: -100,
      max: 100,
      source: "assumption (an arrest reads as one offender fewer; no published weight)",
    }),
  },
);
