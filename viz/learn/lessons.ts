/**
 * The classroom lessons: a question, short plain text, the scenario(s) that load
 * themselves, a prediction to make before running, the charts to watch and what to look
 * for afterwards, how the prediction is checked, and notes for the teacher. Each variant
 * is a library scenario plus parameter changes; the live charts show one run per variant
 * with the same seed, and the result table and the check use several replications with
 * paired seeds, so a difference can be told apart from luck.
 */
import type { ParamValue } from "../shared/schema-params.ts";
import { describeChange, relativeChange, type PredictionCheck, type Replication } from "./prediction-check.ts";

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
  /** How the prediction is checked over the replications. */
  check: PredictionCheck;
  /** For the teacher: what the lesson is for and what to expect. */
  teacher: TeacherNotes;
}

export interface TeacherNotes {
  goals: string[];
  discussion: string[];
  /** What the runs show at this version's defaults, with how uncertain it is. */
  expected: string;
}

/** Replications behind every lesson's result table and prediction check. */
export const LESSON_REPLICATIONS = 8;

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

/**
 * The evidence lesson's town: the busy thieves in 1,000 households (half the baseline's),
 * so that its replications take half as long while still holding dozens of cases.
 */
const EVIDENCE_TOWN: Record<string, ParamValue> = { ...BUSY_THIEVES, "neighbourhood.households": 1000 };

/** "3 more" / "2 fewer" / "as many" (rounded to one decimal), for a difference in counts. */
function describeCount(x: number): string {
  const a = Math.round(Math.abs(x) * 10) / 10;
  return a === 0 ? "as many" : `${a} ${x > 0 ? "more" : "fewer"}`;
}

const signedCount = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${Math.round(Math.abs(x) * 10) / 10}`;

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
    check: {
      kind: "range",
      measure: (r: Replication) => relativeChange(r[0].packages_stolen, r[1].packages_stolen),
      // Falls by more than half / falls by 10–50% / within ±10% / rises by more than 10%.
      ranges: [
        [Number.NEGATIVE_INFINITY, -0.5],
        [-0.5, -0.1],
        [-0.1, 0.1],
        [0.1, Number.POSITIVE_INFINITY],
      ],
      describe: describeChange("stolen packages"),
    },
    teacher: {
      goals: [
        "Tell a recording apart from a prevented crime.",
        "Read a difference between two runs against the run-to-run variation (why one run on one seed is not enough).",
      ],
      discussion: [
        "Why might a thief take a parcel in front of a camera anyway?",
        "The company's advertising says cameras deter theft. What evidence would convince you either way?",
        "Which parameter would have to change for cameras to matter, and what study could measure it?",
      ],
      expected:
        "Thefts on camera rise roughly in step with the number of cameras, while stolen packages change far less. With 8 runs of 60 days the interval of the change in stolen packages is wide (tens of percent either way), so a class will often read 'cannot tell' — which is the lesson: a single run's difference is mostly luck.",
    },
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
    // Wrongful arrests are a handful a quarter: half a year lets the threshold's effect show through the noise.
    days: 180,
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
    check: {
      kind: "vote",
      // Which group had the most false matches over both thresholds in this replication.
      pick(r: Replication): number {
        const counts = ["a", "b", "c"].map((g) => r.reduce((a, s) => a + (s[`fr_false_matches__${g}`] ?? 0), 0));
        const most = Math.max(...counts);
        if (most === 0) return -1;
        return counts.filter((c) => c === most).length > 1 ? 3 : counts.indexOf(most);
      },
    },
    teacher: {
      goals: [
        "Understand that a small error rate per comparison becomes a real chance of a false match when one face is searched against a large gallery.",
        "Compare counts with group sizes: the largest group can have the most errors while a smaller group has the highest rate.",
      ],
      discussion: [
        "Who should decide the match threshold, and who bears the cost of setting it low?",
        "A false match is only a lead. What has to go wrong after it for an innocent person to be arrested?",
        "Should error rates by group be published before a department may use face recognition?",
      ],
      expected:
        "False matches are rare events: in 8 runs of 90 days some runs have none at all, and which group has the most varies from run to run. Rates per household (false matches divided by the group's households in the table) are higher for the groups with larger published error multipliers; the looser threshold gives more false matches. Expect 'cannot tell' unless the class runs longer.",
    },
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
      { title: "Clips police obtained (running total)", metrics: ["clips_obtained"], cumulative: true },
      { title: "Clips handed over without the owner's consent (running total)", metrics: ["clips_obtained_without_consent"], cumulative: true },
      { title: "Innocent people in footage police obtained (running total)", metrics: ["innocents_in_shared_footage"], cumulative: true },
    ],
    resultMetrics: ["clips_obtained", "clips_obtained_without_consent", "innocents_in_shared_footage"],
    lookFor: [
      "Look at the clips handed over without consent: under 'portal only' there should be none.",
      "Every clip also shows neighbours, couriers and passers-by. Count the innocent people in footage given to police under each policy.",
      "Try the 'warrant-required' scenario on Explore (no footage without a warrant, no portal), then 'portal-with-warrant-for-direct' (the portal kept): what changes?",
    ],
    check: {
      kind: "range",
      // The share of clips handed over without the owner's consent under direct requests.
      measure: (r: Replication) => (r[1].clips_obtained > 0 ? r[1].clips_obtained_without_consent / r[1].clips_obtained : Number.NaN),
      ranges: [[0, 0.005], [0.005, 0.5], [0.5, 1.001], null],
      describe: (ci) =>
        `${Math.round(ci.mean * 100)}% of the clips police obtained under direct requests came without the owner's consent (95% interval ${Math.round(Math.max(0, ci.lo) * 100)}% to ${Math.round(Math.min(1, ci.hi) * 100)}%)`,
    },
    teacher: {
      goals: [
        "Trace the channels by which footage reaches police, and which of them involve the owner's consent or a warrant.",
        "See that every clip also records people who did nothing: neighbours, couriers, passers-by.",
      ],
      discussion: [
        "Should a company hand over footage in an 'emergency' without asking the owner? Who decides what an emergency is?",
        "What should happen to the innocent people in footage once police have it?",
        "Which policy would you choose for your street, and what would you give up?",
      ],
      expected:
        "Under the portal alone no clip is obtained without consent, in every run. With direct requests a minority of clips come without consent (emergency requests), and innocent people appear in most handed-over clips; the interval of the share is wide because the number of clips per run is small.",
    },
  },
  {
    id: "evidence-chain",
    title: "How is a theft solved — and how can it go wrong?",
    intro: [
      "When a theft is reported, police build a case file. Each item in it points at a person: a clip from a doorbell camera, a witness who names someone, a face-recognition match against a mugshot gallery, a GPS tracker in a bait parcel, stolen goods found on someone. Officers add up the weight of the items against each person and arrest when it reaches a bar: by default two items, such as a clip and a face match (police · arrest evidence threshold).",
      "Every link can be wrong. A thief who hides their face leaves the clip showing a neighbour or a courier who passed the porch; face recognition can return a stranger from the gallery; a witness can name the wrong person. Police never know who really took the parcel — the model does, and counts the arrests that were wrong.",
      "We run the same neighbourhood, with face recognition on, twice: once with the usual bar of two items, once where a single item (one clip of the person at the porch, or one face match) is enough for an arrest.",
      BUSY_NOTE,
    ],
    variants: [
      { label: "Two items needed (default)", scenario: "face-recognition", set: { ...EVIDENCE_TOWN, "police.arrestEvidenceThreshold": 2 } },
      { label: "One item is enough", scenario: "face-recognition", set: { ...EVIDENCE_TOWN, "police.arrestEvidenceThreshold": 1 } },
    ],
    days: 90,
    question: "If one piece of evidence is enough for an arrest, what happens to the number of innocent people arrested?",
    choices: ["Fewer innocent people are arrested", "About the same", "More innocent people are arrested", "I don't know"],
    charts: [
      { title: "Thefts solved (running total)", metrics: ["thefts_cleared"], cumulative: true },
      { title: "Thefts 'solved' by arresting the wrong person (running total)", metrics: ["thefts_cleared_wrongly"], cumulative: true },
      { title: "Wrongful arrests (running total)", metrics: ["arrests_wrongful"], cumulative: true },
    ],
    resultMetrics: ["thefts_reported", "thefts_cleared", "thefts_cleared_wrongly", "arrests", "arrests_wrongful", "fr_false_matches"],
    lookFor: [
      "Compare the thefts solved under the two bars. Does a lower bar solve more thefts — and how many of those were 'solved' by arresting someone who did not take the parcel?",
      "An arrest clears every case whose evidence points at the arrested person, so one wrong arrest can close several cases at once — and the real thief stays free.",
      "On Explore, run the face-recognition scenario and download cases.csv: each row lists the kinds of evidence police held (clip, witness, tracker, fr_candidate, goods), the outcome, and — for the analyst only — whether the suspect really took the parcel.",
      "Raise the bar to 3 on Explore (police · arrest evidence threshold). Which thefts can still be solved, and which kinds of evidence does it take?",
    ],
    check: {
      kind: "range",
      // Extra wrongful arrests per run when one item is enough (the same seed under both bars).
      measure: (r: Replication) => r[1].arrests_wrongful - r[0].arrests_wrongful,
      ranges: [[Number.NEGATIVE_INFINITY, -0.5], [-0.5, 0.5], [0.5, Number.POSITIVE_INFINITY], null],
      describe: (ci) =>
        `on average a run with one item enough had ${describeCount(ci.mean)} wrongful arrests than the same run with two (95% interval ${signedCount(ci.lo)} to ${signedCount(ci.hi)})`,
    },
    teacher: {
      goals: [
        "Follow a case from the evidence police hold to an arrest, and see that police decide without knowing who the thief is.",
        "Name the ways evidence can point at the wrong person: a clip of a passer-by, a false face match, a mistaken witness.",
        "Weigh solving more thefts against arresting more innocent people: a threshold is a choice between two kinds of error.",
      ],
      discussion: [
        "Is a doorbell clip of someone at a porch evidence that they took the parcel? What else would you want to know?",
        "A face match is only as good as the gallery and the threshold. Should one ever be enough for an arrest?",
        "The clearance rate rises when the bar falls. Should police statistics count a theft as solved when the arrest was wrong — and how would anyone find out?",
      ],
      expected:
        "With one item enough, most runs have more arrests and more of them wrongful (people at the porch who did not take the parcel, false face matches); but a lower bar also stops some thieves sooner, so a run can end with fewer. In trial runs of 90 days the extra wrongful arrests per run were +6, −1 and +5: over 8 runs the interval of the difference is wide, often above zero, and the check can say the runs cannot tell.",
    },
  },
  {
    id: "fear",
    title: "Why does it feel like crime is rising?",
    intro: [
      "In this town package theft falls by 40% a year for two years. Residents never see that figure: they learn about crime from their own losses, from neighbours, and — if they use the neighbourhood app — from posts, 'suspicious person' warnings and police incidents in their feed.",
      "Each household keeps a sense of how much theft there is around it and compares it with what it remembers from months before: more than before feels like 'rising', quiet weeks feel like 'falling'.",
      "We run the same falling crime twice: once where nobody uses the app or has a camera, and once where most households use the app and cameras keep spreading, so the feed carries more posts every month.",
    ],
    variants: [
      {
        label: "No app, no cameras",
        scenario: "falling-crime",
        set: {
          "neighbourhood.households": 1000,
          "residents.initialCameraShare": 0,
          "residents.appUserShare": 0,
          "residents.adoptionPerYear": 0,
        },
      },
      {
        label: "Most households on the app",
        scenario: "falling-crime",
        set: { "neighbourhood.households": 1000, "residents.appUserShare": 0.8, "policy.callLogAlerts": true },
      },
    ],
    days: 730,
    question: "Crime falls all along. In the first six months, what share of residents believe it is rising?",
    choices: ["Few in both towns", "Most in both towns", "Few without the app, most with it", "Most without the app, few with it"],
    charts: [
      { title: "Perceived crime", metrics: ["perceived_crime"], cumulative: false },
      { title: "Actual crime", metrics: ["actual_crime"], cumulative: false },
      { title: "Residents who believe crime is rising", metrics: ["share_believing_crime_rising"], cumulative: false },
    ],
    resultMetrics: ["actual_crime", "perceived_crime", "share_believing_crime_rising", "posts_suspicious"],
    lookFor: [
      "Compare the two 'believe crime is rising' lines with the actual crime line. When do they part, and when do they meet again?",
      "Without the app, beliefs follow actual crime: residents hear only of real losses, and fewer losses feel like less crime. In the app town, more posts than before feel like more crime: 'suspicious person' posts grow with the cameras, not with theft.",
      "Surveys found most Americans said crime was rising while burglary rates were falling (Gallup; FBI). Which exposures would keep that belief going for years? Try alert ads (policy) or more 'suspicious person' posts on Explore with the falling-crime scenario.",
    ],
    check: {
      kind: "vote",
      // Per replication: how perceived crime under ads compares with no ads and with actual crime.
      pick(r: Replication): number {
        const [none, ads] = r;
        const change = relativeChange(none.perceived_crime, ads.perceived_crime);
        if (!Number.isFinite(change)) return -1;
        if (change > 0.02 && ads.perceived_crime > ads.actual_crime) return 1;
        if (change < -0.02) return 2;
        return ads.actual_crime > 0 && Math.abs(ads.perceived_crime / ads.actual_crime - 1) < 0.1 ? 0 : 3;
      },
    },
    teacher: {
      goals: [
        "Separate how much crime there is from how much crime people think there is, and name what moves each.",
        "Recognise that the same information environment can make fear rise while crime does not.",
      ],
      discussion: [
        "Where do you learn about crime in your neighbourhood? Is that a fair sample of what happens?",
        "Should a company be allowed to turn a resident's clip into an advertisement about crime?",
        "What would make residents' beliefs follow actual crime more closely?",
      ],
      expected:
        "Alert ads reach many households, and each exposure raises perceived crime while actual crime is unchanged by the ads; the difference between the two variants is small relative to the run-to-run variation of actual crime, so over 8 runs the answer is often mixed.",
    },
  },
];
