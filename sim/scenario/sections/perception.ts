/**
 * Scenario section `perception:` — how each household's perceived level of local package
 * theft moves with what it sees (its own losses, camera notifications, app posts, alert
 * ads, police posts) and fades back toward a prior. The level is in the unit of
 * `actual_crime`: thefts per 1,000 households per 30 days, so the two can be compared.
 * Read by `sim/domain/submodels/perception.ts`.
 */
import { num, section } from "../param.ts";

const WEIGHT_UNIT = "thefts per 1,000 households per 30 days, per exposure";

/** `perception:` prior, fading and the weight of each kind of exposure. */
export const perceptionSection = section(
  "Perception of crime: each household's perceived theft level, moved by what it sees and fading back to a prior.",
  {
    priorLevel: num({
      description: "Perceived theft level a household holds with nothing to go on, and relaxes back to; also the level at the start.",
      unit: "thefts per 1,000 households per 30 days",
      default: 12,
      min: 0,
      max: 1000,
      source:
        "securityorg-2024-package-theft (~15% of people lose a package a year, n=11,000), read as 15% of households losing one package a year: 0.15 thefts per household per year = 150 per 1,000 households per 365 days = 12.3 per 1,000 households per 30 days (13.4 if losses per household were Poisson: -ln(0.85) = 0.163 per year); the same figure the thieves are calibrated to",
    }),
    halfLifeDays: num({
      description: "Days for half of the gap between the perceived level and the prior to fade without new exposures.",
      unit: "days",
      default: 30,
      min: 0.1,
      max: 3650,
      source: "assumption (fear persists as crime falls, prieto-curiel-bishop-2017-fear)",
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
      description: "Rise of the perceived level when the household itself loses a package.",
      unit: WEIGHT_UNIT,
      default: 40,
      min: 0,
      max: 1000,
      source: "assumption (victims fear crime more; no published figure)",
    }),
    strangerNotificationWeight: num({
      description: "Rise when the household's camera notifies it of a stranger at the door (and it looks).",
      unit: WEIGHT_UNIT,
      default: 0.2,
      min: 0,
      max: 100,
      source: "assumption",
    }),
    crimePostWeight: num({
      description: "Rise when the household sees an app post labelled crime.",
      unit: WEIGHT_UNIT,
      default: 1,
      min: 0,
      max: 100,
      source: "assumption (app users perceive more local crime than non-users, controlling for actual crime, fetterman-2023-neighbourhood-apps)",
    }),
    suspiciousPostWeight: num({
      description: "Rise when the household sees a 'suspicious person' post.",
      unit: WEIGHT_UNIT,
      default: 0.5,
      min: 0,
      max: 100,
      source:
        "assumption (app users perceive more local crime than non-users, fetterman-2023-neighbourhood-apps; most 'suspicious' posts show no crime, motherboard-2019-suspicious-posts)",
    }),
    alertAdWeight: num({
      description: "Rise when the household is shown a community-alert ad.",
      unit: WEIGHT_UNIT,
      default: 2,
      min: 0,
      max: 100,
      source:
        "assumption (alerts, posts and ads make crime feel more common than it is; 64-78% say crime is up while burglary halved, gallup-2023-crime-perception, fbi-ucr-2019-burglary)",
    }),
    policePostWeight: num({
      description: "Rise when the household sees a police incident posted to the app.",
      unit: WEIGHT_UNIT,
      default: 1,
      min: 0,
      max: 100,
      source: "assumption (the company posts police incidents from public call logs; no published weight)",
    }),
  },
);
