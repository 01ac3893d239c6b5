/**
 * The classroom lessons: a question, short plain text, the scenario(s) that load
 * themselves, a prediction to make before running, the charts to watch and what to look
 * for afterwards. Each variant is a library scenario plus parameter changes, run with the
 * same seed, so differences come from the change and not from luck.
 */
import type { ParamValue } from "../shared/schema-params.ts";

export interface LessonVariant {
  label: string;
  scenario: string;
  set?: Record<string, ParamValue>;
}

export interface LessonChart {
  title: string;
  /** Metric names; a name ending in "__*" means every group of that metric. */
  metrics: string[];
  /** Running totals (counts) or the daily level. */
  cumulative: boolean;
}

export interface Lesson {
  id: string;
  title: string;
  intro: string[];
  variants: LessonVariant[];
  days: number;
  question: string;
  choices: string[];
  charts: LessonChart[];
  /** The metric whose run totals are set side by side after the run. */
  resultMetrics: string[];
  lookFor: string[];
}

/**
 * A neighbourhood with about 20 times the usual package-thief activity (5 times the
 * offenders, each out 4 days a week instead of 1). At the survey's theft level (~15% of
 * households lose a package a year) a few months hold only a handful of police cases, too
 * few to see where footage goes or whom face recognition misidentifies; the lessons that
 * need cases say so in their introduction.
 */
const BUSY_THIEVES: Record<string, ParamValue> = { "thieves.perThousandHouseholds": 30, "thieves.activeDaysPerWeek": 4 };
const BUSY_NOTE =
  "So that a few months hold enough police cases to see a pattern, this neighbourhood has about 20 times the usual package-thief activity (on Explore: thieves · per thousand households, active days per week).";

export const LESSONS: Lesson[] = [
  {
    id: "cameras-theft",
    title: "Do cameras stop package theft?",
    intro: [
      "Doorbell cameras are sold as a way to stop 'porch pirates'. A thief who notices a camera might move on — or might pull up a hood and take the parcel anyway.",
      "We run the same neighbourhood twice with the same random seed: once where 1 home in 20 has a camera, once where 6 homes in 10 do. Everything else stays the same.",
    ],
    variants: [
      { label: "Few cameras (5% of homes)", scenario: "baseline", set: { "residents.initialCameraShare": 0.05 } },
      { label: "Many cameras (60% of homes)", scenario: "baseline", set: { "residents.initialCameraShare": 0.6 } },
    ],
    days: 60,
    question: "With twelve times as many cameras, what happens to the number of stolen packages?",
    choices: ["It falls by more than half", "It falls a little", "It stays about the same", "It rises"],
    charts: [
      { title: "Packages stolen (running total)", metrics: ["packages_stolen"], cumulative: true },
      { title: "Thefts caught on camera (running total)", metrics: ["thefts_on_camera"], cumulative: true },
    ],
    resultMetrics: ["packages_stolen", "thefts_on_camera", "arrests"],
    lookFor: [
      "Compare the two running totals of stolen packages. How far apart are they, compared with the difference in cameras?",
      "More cameras mean far more thefts on camera — a recording is not the same as a theft prevented.",
      "In this model a visible camera lowers a thief's chance of taking a parcel only a little (thieves · camera deterrence), because studies of filmed thefts found cameras had little effect (Stickle et al. 2020). Change that parameter on the Explore page and see what it takes for cameras to matter.",
    ],
  },
  {
    id: "misidentified",
    title: "Who gets misidentified?",
    intro: [
      "Police can run faces from doorbell footage through face recognition against a gallery of mugshots. Every search compares one face with tens of thousands — and each comparison is a small chance of a false match.",
      "Independent tests (NIST, 2019) found false matches 10 to 100 times more often for some groups than for others; this model uses those published ratios. The department also picks a match threshold: the lower it is, the more 'matches' the system reports.",
      "We run the same neighbourhood twice with face recognition on: once at a strict threshold (0.8, as in the ACLU's test) and once at a looser one (0.7).",
      BUSY_NOTE,
    ],
    variants: [
      { label: "Strict threshold (0.8)", scenario: "face-recognition", set: { ...BUSY_THIEVES, "faceRecognition.matchThreshold": 0.8 } },
      { label: "Looser threshold (0.7)", scenario: "face-recognition", set: { ...BUSY_THIEVES, "faceRecognition.matchThreshold": 0.7 } },
    ],
    days: 90,
    question: "Most households here are in group a. Which group do you expect to get the most false face matches?",
    choices: ["Group a (the largest group)", "Group b", "Group c", "All groups about equally"],
    charts: [
      { title: "False face matches by group (running total)", metrics: ["fr_false_matches__*"], cumulative: true },
      { title: "Face-recognition searches (running total)", metrics: ["fr_searches"], cumulative: true },
      { title: "Wrongful arrests (running total)", metrics: ["arrests_wrongful"], cumulative: true },
    ],
    resultMetrics: ["fr_searches", "fr_false_matches__*", "households__*", "arrests_wrongful"],
    lookFor: [
      "Compare each group's false matches with its number of households (in the table): group a is the largest group.",
      "Numbers this small vary from run to run: change the seed on Explore, or run many replications on Compare, before drawing a conclusion.",
      "A false match is a lead to an innocent person. Follow it to the wrongful arrests line.",
      "On Explore, set the error multipliers of all groups equal (face recognition · group false match multiplier): does the gap close?",
    ],
  },
  {
    id: "footage",
    title: "Where does the footage go?",
    intro: [
      "With a police partnership, officers can ask every camera owner in an area for their video at once. Some partnerships also let police go straight to the company — with a warrant, or in an 'emergency' without the owner's consent.",
      "We run the same neighbourhood under two policies: requests only through the app (owners decide), and requests to the company directly as well.",
      BUSY_NOTE,
    ],
    variants: [
      { label: "Portal only (owners decide)", scenario: "portal-partnership", set: BUSY_THIEVES },
      { label: "Portal + direct requests", scenario: "direct-requests", set: BUSY_THIEVES },
    ],
    days: 60,
    question: "When police may also go to the company directly, how many clips reach police without the owner's consent?",
    choices: ["None — owners are always asked", "A few", "Most of them", "I don't know"],
    charts: [
      { title: "Clips handed to police (running total)", metrics: ["clips_obtained"], cumulative: true },
      { title: "Clips handed over without the owner's consent (running total)", metrics: ["clips_obtained_without_consent"], cumulative: true },
      { title: "Innocent people in footage given to police (running total)", metrics: ["innocents_in_shared_footage"], cumulative: true },
    ],
    resultMetrics: ["clips_obtained", "clips_obtained_without_consent", "innocents_in_shared_footage"],
    lookFor: [
      "Look at the clips handed over without consent: under 'portal only' there should be none.",
      "Every clip also shows neighbours, couriers and passers-by. Count the innocent people in footage given to police under each policy.",
      "Try the 'warrant-required' scenario on Explore (no footage without a warrant, no portal), then 'portal-with-warrant-for-direct' (the portal kept): what changes?",
    ],
  },
  {
    id: "fear",
    title: "Why does it feel like crime is rising?",
    intro: [
      "People learn about crime from what they see: their own losses, but also app posts, 'suspicious person' warnings and paid community-alert ads built from doorbell clips.",
      "We run the same neighbourhood with and without unvetted community-alert ads and watch two lines: how much theft residents think there is, and how much there really is.",
    ],
    variants: [
      { label: "No alert ads", scenario: "baseline" },
      { label: "Unvetted alert ads", scenario: "community-alert-ads" },
    ],
    days: 90,
    question: "When alert ads run, what happens to how much crime residents think there is?",
    choices: ["It follows actual crime", "It rises above actual crime", "It falls", "It does not change"],
    charts: [
      { title: "Perceived crime", metrics: ["perceived_crime"], cumulative: false },
      { title: "Actual crime", metrics: ["actual_crime"], cumulative: false },
    ],
    resultMetrics: ["perceived_crime", "actual_crime", "alert_ads_shown"],
    lookFor: [
      "Compare the perceived line with the actual line in each run. Does fear move when actual theft does not?",
      "Surveys found most Americans said crime was rising while burglary rates were falling (Gallup; FBI). Which exposures in the model push fear up? See the perception parameters on Explore.",
    ],
  },
];
