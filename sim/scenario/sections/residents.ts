/**
 * Scenario section `residents:` — camera ownership and its growth, the neighbourhood app,
 * what owners do with notifications (look, confront, call police, post), reporting of
 * thefts, and answers to police footage requests. Read only by `sim/domain/model/residents.ts`
 * and `adoption.ts`.
 */
import { num, numberMap, section } from "../param.ts";

/** `residents:` adoption, app use, reactions, reporting, answers to requests. */
export const residentsSection = section("Residents: camera adoption, app use, reactions, reporting and answers to requests.", {
  initialCameraShare: num({
    description: "Share of households with a doorbell camera at the start.",
    unit: "fraction",
    default: 0.2,
    min: 0,
    max: 1,
    source: "parks-2025-video-doorbells (video doorbells in ~20% of US internet households in 2023)",
  }),
  adoptionPerYear: num({
    description: "Yearly probability that a household without a camera buys one, at reference price and baseline fear.",
    unit: "probability/year",
    default: 0.035,
    min: 0,
    max: 1,
    source: "parks-2025-video-doorbells (4% of households in 2017 to ~20% in 2023, about 3 points a year)",
  }),
  fearAdoptionGain: num({
    description: "How strongly fear raises the adoption rate: rate x (1 + gain x (perceived / prior perceived - 1)).",
    unit: "ratio",
    default: 1,
    min: 0,
    max: 20,
    source: "assumption",
  }),
  cameraPriceUsd: num({
    description: "Retail price of a doorbell camera.",
    unit: "USD",
    default: 100,
    min: 0,
    max: 1000,
    source: "assumption",
  }),
  referencePriceUsd: num({
    description: "Price at which adoptionPerYear holds.",
    unit: "USD",
    default: 100,
    min: 1,
    max: 1000,
    source: "assumption",
  }),
  priceElasticity: num({
    description: "Price elasticity of adoption: rate x (price / reference)^(-elasticity).",
    unit: "ratio",
    default: 1,
    min: 0,
    max: 5,
    source: "assumption",
  }),
  marketingBoost: num({
    description: "Extra relative adoption from marketing campaigns (0 = none).",
    unit: "fraction",
    default: 0,
    min: 0,
    max: 10,
    source: "assumption",
  }),
  appUserShare: num({
    description: "Share of households without a camera that use the neighbourhood app (every camera owner does).",
    unit: "fraction",
    default: 0.15,
    min: 0,
    max: 1,
    source: "assumption (Chandler AZ had >20,000 residents on the app, wapo-2020-ring-police)",
  }),
  promotionAdoptionBoost: num({
    description:
      "Extra relative camera purchases while the department promotes the cameras and the app (policy.policePromotion or cameraGiveaway): rate x (1 + boost).",
    unit: "fraction",
    default: 0.5,
    min: 0,
    max: 10,
    source:
      "assumption; motherboard-2019-ring-promotion (departments urged residents to buy the cameras) names the practice, no figure of its effect",
  }),
  departmentSignupsPerYear: num({
    description:
      "Yearly probability that a household not on the app signs up through the police department's code while the department promotes the app (policy.policePromotion or cameraGiveaway).",
    unit: "probability/year",
    default: 0.15,
    min: 0,
    max: 1,
    source:
      "wapo-2020-ring-police, census-2019-quickfacts (calibration target: Chandler AZ had >20,000 residents on the app, ~21% of its ~95,000 households; read as signed up through the department over about two years of promotion (assumption), ~10% of households a year, i.e. ~0.15 a year of the ~68% not on the app in the default town)",
  }),
  giveawaySeedCamerasPer1000Households: num({
    description: "Free cameras the company gives the department at the start of a giveaway, per 1,000 households of the town (rounded).",
    unit: "cameras per 1,000 households",
    default: 0.3,
    min: 0,
    max: 1000,
    source:
      "wapo-2020-ring-police, lakeland-ledger-nd-giveaway, census-2019-quickfacts (Chandler AZ: 25 seeded cameras for ~95,000 households, 0.26 per 1,000; Lakeland FL: 15 for ~45,000, 0.33 per 1,000)",
  }),
  giveawaySignupsPerCamera: num({
    description: "Sign-ups through the department's code that earn one more free camera.",
    unit: "sign-ups/camera",
    default: 20,
    min: 1,
    max: 10000,
    int: true,
    source: "wapo-2020-ring-police (Chandler AZ: 1 more camera per 20 sign-ups)",
  }),
  lookProbability: num({
    description: "Probability that an owner looks at a motion notification.",
    unit: "probability",
    default: 0.4,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  confrontProbability: num({
    description: "Probability that an owner at home who sees a theft live confronts the thief (the theft fails).",
    unit: "probability",
    default: 0.1,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  callOnLiveTheftProbability: num({
    description: "Probability that an owner who sees a theft live calls the police at once.",
    unit: "probability",
    default: 0.4,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  reportProbability: num({
    description: "Probability that a victim reports a stolen parcel to the police.",
    unit: "probability",
    default: 0.3,
    min: 0,
    max: 1,
    source: "assumption (many package thefts go unreported; no published figure)",
  }),
  reportBoostWithFootage: num({
    description: "Extra report probability when the victim's camera recorded the theft.",
    unit: "probability",
    default: 0.3,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  postCrimeProbability: num({
    description: "Probability that a victim on the app posts the theft (a crime post).",
    unit: "probability",
    default: 0.4,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  suspiciousPostProbability: num({
    description: "Probability that an owner posts a 'suspicious person' about a stranger seen in a clip they looked at (before bias).",
    unit: "probability",
    default: 0.002,
    min: 0,
    max: 1,
    source:
      "assumption (most 'suspicious' posts show people doing nothing wrong, motherboard-2019-suspicious-posts; 30% of posts not about any crime, markup-latimes-nd-lapd-posts)",
  }),
  suspiciousBias: numberMap({
    description: "Multiplier of the suspicious-post probability by the stranger's demographic group (groups left out: 1).",
    unit: "ratio",
    default: { b: 3, c: 2 },
    min: 0,
    source:
      "motherboard-2019-suspicious-posts (most people reported as 'suspicious' were people of colour, >100 posts reviewed); the size of the bias is an assumption",
  }),
  victimShareProbability: num({
    description: "Probability that a victim whose camera recorded the theft hands the clip to police.",
    unit: "probability",
    default: 0.7,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  requestShareProbability: num({
    description:
      "Base chance that an owner asked by an area-wide portal request shares: for an owner who has never posted to the app, at the prior level of fear, with no promotion and no coaching. The odds ratios below raise it.",
    unit: "probability",
    default: 0.013,
    min: 0,
    max: 1,
    source:
      "gizmodo-2019-fort-lauderdale (calibration target: ~3.5% of asked owners shared; this base is tuned so that owner_share_rate of the portal-partnership scenario lands there)",
  }),
  shareOddsRatioEngaged: num({
    description: "Odds ratio of sharing for an owner who has posted to the app (engaged with it) against one who has not.",
    unit: "odds ratio",
    default: 2,
    min: 0.1,
    max: 20,
    source: "assumption (engaged users of the app answer its requests more; no published figure)",
  }),
  shareOddsRatioPerFearDoubling: num({
    description: "Odds ratio of sharing for each doubling of the owner's perceived crime over the prior (halving: the inverse).",
    unit: "odds ratio per doubling",
    default: 1.5,
    min: 0.1,
    max: 20,
    source: "assumption (fear of crime makes people more willing to help police; no published figure)",
  }),
  shareOddsRatioPromotion: num({
    description:
      "Odds ratio of sharing when the department promotes the cameras and the app (policy.policePromotion, or a giveaway with sign-up codes, policy.cameraGiveaway).",
    unit: "odds ratio",
    default: 1.5,
    min: 0.1,
    max: 20,
    source: "assumption; motherboard-2019-ring-promotion (departments promote the cameras and the app) motivates it, no figure",
  }),
  shareOddsRatioFullCoaching: num({
    description:
      "Odds ratio of sharing when the company coaches officers on wording requests to raise the opt-in rate at full effort (platform.optInCoachingEffort 1; geometric in between).",
    unit: "odds ratio",
    default: 2,
    min: 0.1,
    max: 20,
    source: "assumption; motherboard-2019-ring-promotion (the company coached officers on raising owners' opt-in rate) motivates it, no figure",
  }),
  requestDeclineProbability: num({
    description: "Probability that an asked owner explicitly declines (the rest ignore the request).",
    unit: "probability",
    default: 0.1,
    min: 0,
    max: 1,
    source: "assumption",
  }),
  requestAnswerHours: num({
    description: "Mean delay before an asked owner answers (exponential).",
    unit: "h",
    default: 12,
    min: 0,
    max: 720,
    source: "assumption",
  }),
});
