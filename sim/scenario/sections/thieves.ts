/**
 * Scenario section `thieves:` — the motivated offenders: how many, when they prowl, how
 * they choose a porch (routine-activity reasoning), how they learn and displace. Read
 * only by `sim/domain/model/thieves.ts` and `thief-choice.ts`.
 */
import { num, numberMap, section } from "../param.ts";

/** `thieves:` offender numbers, activity, target choice, deterrence, learning. */
export const thievesSection = section("Package thieves: numbers, activity, target choice, deterrence and learning.", {
  perThousandHouseholds: num({
    description:
      "Motivated offenders active in the area per 1,000 households (rounded to whole offenders, at least one; 12 in the default 2,000-household town).",
    unit: "thieves/1000 households",
    default: 6,
    min: 0,
    max: 50,
    source:
      "assumption. Theft volume (offenders x active days x prowls) is calibrated so that ~15% of households lose a package a year (securityorg-2024-package-theft: ~15% of people lose a package a year, n=11,000), which implies a per-parcel risk of ~0.1% at 3 parcels/week, below the derived 0.3-0.6% (that figure assumes ~1 parcel per person per week). Volume is set by activity (activeDaysPerWeek), not by a handful of offenders, so that one arrest or one offender's group does not swing a run",
  }),
  activeDaysPerWeek: num({
    description: "Days per week an offender goes out prowling.",
    unit: "days/week",
    default: 1,
    min: 0,
    max: 7,
    source:
      "assumption, calibrated with perThousandHouseholds to the survey figure (securityorg-2024-package-theft: ~15% of households lose a package a year); see sim/domain/README.md, calibration",
  }),
  trendPerYear: num({
    description:
      "Relative change of offender activity (prowls) per year, compounded daily from the first reported day: -0.3 = 30% fewer prowls after a year, 51% fewer after two. 0 = steady crime.",
    unit: "fraction per year",
    default: 0,
    min: -0.99,
    max: 10,
    source: "assumption (steady by default; the US burglary rate halved 2012-2019, fbi-ucr-2019-burglary, about -0.1 a year)",
  }),
  prowlsPerActiveDay: num({
    description: "Prowls (walks or drives through streets looking at porches) per active day (Poisson mean).",
    unit: "prowls/day",
    default: 1.75,
    min: 0,
    max: 20,
    source:
      "assumption, calibrated with perThousandHouseholds and activeDaysPerWeek to the survey figure (securityorg-2024-package-theft: ~15% of households lose a package a year) once prowls went on after an attempt (maxAttemptsPerProwl 2 raised thefts ~12% at 2 prowls a day)",
  }),
  housesPerProwl: num({
    description: "Porches an offender passes and looks at during one prowl.",
    unit: "households",
    default: 40,
    min: 1,
    max: 500,
    int: true,
    source: "assumption",
  }),
  secondsPerPorch: num({
    description: "Seconds a prowling offender takes from one porch to the next it looks at.",
    unit: "s",
    default: 25,
    min: 1,
    max: 600,
    source: "assumption (~20 m lots at walking pace, with pauses)",
  }),
  takeSeconds: num({
    description: "Seconds an offender stands at the porch taking a parcel.",
    unit: "s",
    default: 20,
    min: 1,
    max: 600,
    source: "assumption (thefts are quick and in daylight, stickle-2020-porch-pirates)",
  }),
  maxAttemptsPerProwl: num({
    description:
      "Porches an offender goes up to (attempts: a theft, or a confrontation) at most in one prowl; after each the prowl walks on past further porches while its route and time last. 1 = one attempt per prowl.",
    unit: "attempts/prowl",
    default: 2,
    min: 1,
    max: 20,
    int: true,
    source:
      "assumption (no published figure; thefts are quick and in daylight, stickle-2020-porch-pirates). Set to keep theft volume within ~10% of one-attempt prowls: with stopAfterTheftProbability 0.75 the default town's thefts rose 6% (policy none, 90 days, seeds 1-6: 379 vs 358; limit 3: +8%, limit 2 with stop 0.5: +16%); with offenders active 1 day a week instead of 4 (fewer competing for parcels) +12.5% (seeds 1-24: 105 vs 93.5), mostly from walking on after an attempt at a porch whose parcel was gone",
  }),
  stopAfterTheftProbability: num({
    description: "Probability that an offender ends the prowl after a successful theft (carrying loot) although more attempts are allowed.",
    unit: "probability",
    default: 0.75,
    min: 0,
    max: 1,
    source:
      "assumption (most prowls end with the loot; set with maxAttemptsPerProwl to keep the default town's theft volume within 10% of one-attempt prowls)",
  }),
  afternoonShare: num({
    description:
      "Share of prowls that start in the afternoon (12:00-18:00); the rest spread over 09:00-12:00 and 18:00-21:00. Parcels pile up during the day, so thefts lean later than prowls.",
    unit: "fraction",
    default: 0.4,
    min: 0,
    max: 1,
    source:
      "assumption, calibrated so that ~56% of thefts fall in the afternoon in the default town (securityorg-2024-package-theft, vivint-2021-package-theft: 56% of thefts in the afternoon)",
  }),
  followVanShare: num({
    description: "Share of prowls in which the offender follows a delivery van instead of roaming.",
    unit: "fraction",
    default: 0.25,
    min: 0,
    max: 1,
    source: "assumption (reported modus operandi, no figure)",
  }),
  vanFollowRadiusM: num({
    description: "How far from its working area an offender follows a delivery van's recent stops.",
    unit: "m",
    default: 700,
    min: 0,
    max: 10000,
    source: "assumption (about twice the near-repeat radius)",
  }),
  baseTakeProbability: num({
    description: "Probability of taking a visible, valuable, unguarded parcel with no camera and no recent arrests nearby.",
    unit: "probability",
    default: 0.5,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  valueHalfSaturationUsd: num({
    description: "Parcel value at which the reward term of the choice is one half (reward = v / (v + this)).",
    unit: "USD",
    default: 30,
    min: 0,
    max: 5000,
    source: "assumption",
  }),
  guardianDeterrence: num({
    description: "Relative drop in the take probability when someone is at home (capable guardian).",
    unit: "fraction",
    default: 0.2,
    min: 0,
    max: 1,
    source: "stickle-2020-porch-pirates (67 filmed thefts: cameras, fences and guardians had little impact)",
  }),
  cameraDeterrence: num({
    description: "Relative drop in the take probability when the offender notices a visible camera (0 = no deterrence).",
    unit: "fraction",
    default: 0.05,
    min: 0,
    max: 1,
    source:
      "nbc-2020-ring-arrests, cnet-2020-ring-crime (little evidence that doorbell cameras cut crime); stickle-2020-porch-pirates (thefts filmed with little impact of cameras)",
  }),
  cameraNoticeProbability: num({
    description: "Probability that an offender notices a visible doorbell camera at a porch.",
    unit: "probability",
    default: 0.7,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  arrestDeterrence: num({
    description: "Relative drop in the take probability per recent arrest the offender knows of nearby (multiplicative).",
    unit: "fraction/arrest",
    default: 0.25,
    min: 0,
    max: 1,
    source: "assumption (CCTV: larger effects with active monitoring, piza-2019-cctv)",
  }),
  arrestMemoryDays: num({
    description: "How long a nearby arrest weighs on offenders' choices.",
    unit: "days",
    default: 45,
    min: 0,
    max: 365,
    source: "johnson-bowers-2004-near-repeat (near-repeat risk raised for 1-2 months)",
  }),
  nearRadiusM: num({
    description: "Radius of an offender's working area, and within which arrests count as nearby.",
    unit: "m",
    default: 350,
    min: 10,
    max: 5000,
    source: "johnson-bowers-2004-near-repeat (near-repeat risk within 300-400 m)",
  }),
  learningRate: num({
    description: "Weight of each new outcome in an offender's perceived risk of cameras (exponential smoothing).",
    unit: "fraction",
    default: 0.2,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  displacementProbability: num({
    description: "Probability that an offender moves to another part of town after an arrest nearby or a deterred attempt.",
    unit: "probability",
    default: 0.3,
    min: 0,
    max: 1,
    source: "guerette-bowers-2009-displacement (displacement seen in 26% of studies)",
  }),
  concealFaceShare: num({
    description: "Share of offenders who hide their faces (hood, mask), so no face is usable on camera.",
    unit: "fraction",
    default: 0.2,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  jailDays: num({
    description: "Days an offender is out of action after an arrest (then resumes, or a new one takes the place).",
    unit: "days",
    default: 60,
    min: 0,
    max: 3650,
    source: "assumption",
  }),
  lootKeepDays: num({
    description:
      "Days an offender keeps a stolen parcel (then it is sold, used or thrown away); a search finds only parcels still held (police.goodsFoundProbability).",
    unit: "days",
    default: 7,
    min: 0,
    max: 365,
    source: "assumption",
  }),
  confessionProbability: num({
    description:
      "Probability that an arrested offender admits the thefts they committed since their last arrest (each admitted theft's case gets 'goods' evidence).",
    unit: "probability",
    default: 0.3,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  groupWeights: numberMap({
    description: "Relative weight of each demographic group among offenders; groups left out weigh 0. Empty = the neighbourhood's own mix.",
    unit: "weight",
    default: {},
    min: 0,
    source: "assumption (no offender demographics assumed beyond the neighbourhood mix)",
  }),
});
