/**
 * Explore's view state and its URL form:
 * `#/explore?scenario=baseline&seed=7&days=90&speed=10&cum=1&set.cameras.adoption=0.4`
 * (or `yaml=<base64url>&file=my.yaml` for a pasted or opened scenario).
 */
import { checkedNumberParam, choiceParam, encodeText, overridesFromParams, textParam } from "../shared/url-state.ts";
import type { ParamValue } from "../shared/schema-params.ts";

export interface ExploreState {
  scenarioId: string | null;
  /** A scenario opened or pasted by the user (kept in the URL). */
  customText: string | null;
  customName: string;
  seed: number | null;
  days: number | null;
  /** Simulated days per second; 0 = as fast as possible. */
  speed: number;
  cumulative: boolean;
  /** Parameter overrides by dotted path, as strings from the URL until validated. */
  overrides: Map<string, ParamValue>;
  /** Link values that were out of range and ignored, as sentences for the page. */
  linkProblems: string[];
}

export const SPEEDS = [1, 2, 5, 10, 30, 100, 0];

/**
 * Reads a view from its link. `scenarioIds` are the scenarios a link may name (the
 * library's); a name outside them, like every value out of range, is reported in
 * `linkProblems` and replaced by the default.
 */
export function stateFromParams(p: URLSearchParams, defaultScenario: string, scenarioIds: readonly string[] = [defaultScenario]): ExploreState {
  const linkProblems: string[] = [];
  const customText = textParam(p, "yaml", linkProblems);
  const overrides: Map<string, ParamValue> = overridesFromParams(p);
  const speed = choiceParam(p, "speed", SPEEDS.map(String), linkProblems);
  const scenarioId = customText === null ? choiceParam(p, "scenario", scenarioIds, linkProblems) : null;
  return {
    scenarioId: customText === null ? (scenarioId ?? defaultScenario) : null,
    customText,
    customName: p.get("file") ?? "pasted.yaml",
    seed: checkedNumberParam(p, "seed", "run.seed", linkProblems),
    days: checkedNumberParam(p, "days", "run.days", linkProblems),
    speed: speed === null ? 10 : Number(speed),
    cumulative: p.get("cum") === "1",
    overrides,
    linkProblems,
  };
}

export function stateToParams(s: ExploreState): URLSearchParams {
  const p = new URLSearchParams();
  if (s.customText !== null) {
    p.set("yaml", encodeText(s.customText));
    p.set("file", s.customName);
  } else if (s.scenarioId) p.set("scenario", s.scenarioId);
  if (s.seed !== null) p.set("seed", String(s.seed));
  if (s.days !== null) p.set("days", String(s.days));
  p.set("speed", String(s.speed));
  if (s.cumulative) p.set("cum", "1");
  for (const [k, v] of s.overrides) p.set(`set.${k}`, String(v));
  return p;
}
