/**
 * Checking a class's prediction against what the model did over several replications.
 * A lesson states what its question measures: either one number per replication (a
 * relative change, a share) with the range each answer stands for, or, for "which one"
 * questions, the answer each replication supports. The verdict is honest about chance:
 * an answer is right only when the whole 95% interval lies in its range, wrong when the
 * interval lies wholly outside it, and otherwise "cannot tell with N runs".
 */
import { meanCi, type MeanCi } from "../shared/stats.ts";

/** One replication: each variant's summary (same seed across variants). */
export type Replication = Record<string, number>[];

export type PredictionCheck =
  | {
      kind: "range";
      /** The number each replication gives (NaN when undefined, e.g. nothing to divide by). */
      measure(rep: Replication): number;
      /** Per choice, the range [lo, hi) of the measure it stands for; null for "I don't know". */
      ranges: ([number, number] | null)[];
      /** How the measure reads in a sentence, e.g. (m) => `fell by 12%`. */
      describe(ci: MeanCi): string;
    }
  | {
      kind: "vote";
      /** The choice this replication supports, or -1 when it supports none. */
      pick(rep: Replication): number;
    };

export type Verdict = "right" | "wrong" | "unclear" | "no-prediction";

export interface CheckResult {
  verdict: Verdict;
  /** What the runs showed, in words. */
  observed: string;
  /** The full sentence for the class. */
  message: string;
}

const pct = (x: number) => `${Math.round(x * 100)}%`;

/** Judges `choice` (an index of the lesson's choices, or -1 for none) against `reps`. */
export function checkPrediction(check: PredictionCheck, choices: string[], choice: number, reps: Replication[]): CheckResult {
  const n = reps.length;
  const said = choice >= 0 ? `You predicted "${choices[choice]}". ` : "You made no prediction. ";
  if (check.kind === "vote") {
    const counts = choices.map(() => 0);
    for (const r of reps) {
      const p = check.pick(r);
      if (p >= 0) counts[p]++;
    }
    const best = counts.indexOf(Math.max(...counts));
    const observed = `in ${counts[best]} of ${n} runs the answer was "${choices[best]}"`;
    // Right when most runs agree with it and clearly so (a majority of the runs);
    // wrong when no run or very few do.
    const share = choice >= 0 ? counts[choice] / n : 0;
    const verdict: Verdict = choice < 0 ? "no-prediction" : share > 0.5 ? "right" : share < 0.2 ? "wrong" : "unclear";
    return { verdict, observed, message: `${said}Over ${n} runs with different seeds, ${observed}. ${verdictWords(verdict, n)}` };
  }
  const values = reps.map((r) => check.measure(r));
  const ci = meanCi(values);
  const observed = Number.isFinite(ci.mean) ? check.describe(ci) : "the measure was undefined in every run";
  const range = choice >= 0 ? check.ranges[choice] : null;
  let verdict: Verdict;
  if (!range) verdict = "no-prediction";
  else if (!Number.isFinite(ci.mean)) verdict = "unclear";
  else if (ci.lo >= range[0] && ci.hi < range[1]) verdict = "right";
  else if (ci.hi < range[0] || ci.lo >= range[1]) verdict = "wrong";
  else verdict = "unclear";
  return { verdict, observed, message: `${said}Over ${n} runs with different seeds, ${observed}. ${verdictWords(verdict, n)}` };
}

function verdictWords(v: Verdict, n: number): string {
  switch (v) {
    case "right":
      return "Your prediction holds, beyond what luck alone would explain.";
    case "wrong":
      return "Your prediction does not hold: the runs rule it out.";
    case "unclear":
      return `${n} runs cannot tell whether your prediction holds: the result could go either way by luck. More runs (or a longer run) would narrow it.`;
    default:
      return "Compare what happened with what you expected.";
  }
}

/** A relative change, described with its interval ("fell by 12% (95% interval: 3% to 21%)"). */
export function describeChange(what: string) {
  return (ci: MeanCi): string => {
    const dir = ci.mean < 0 ? "fell" : "rose";
    const a = Math.abs(ci.mean);
    return `${what} ${a < 0.005 ? "stayed the same on average" : `${dir} by ${pct(a)} on average`} (95% interval of the change: ${signed(ci.lo)} to ${signed(ci.hi)})`;
  };
}

const signed = (x: number) => `${x > 0 ? "+" : x < 0 ? "−" : ""}${pct(Math.abs(x))}`;

/** (b − a) / a, or NaN when a is 0. */
export function relativeChange(a: number, b: number): number {
  return a > 0 ? (b - a) / a : NaN;
}
