/**
 * Which settings of a scenario differ from the model's defaults, and whether each rests on
 * a published figure or on an assumption: what a printed report must disclose, since a
 * result is only as good as the settings that differ from the cited figures.
 */
import { defaultScenario, type Scenario } from "../../sim/index.ts";
import { getPath, scenarioSections, type ParamValue } from "./schema-params.ts";

export interface SettingDifference {
  path: string;
  value: ParamValue;
  defaultValue: ParamValue | undefined;
  /** The parameter's source as the schema gives it (source keys, or "assumption (...)"). */
  source: string;
  /** True when the default itself is an assumption rather than a published figure. */
  assumption: boolean;
}

const isAssumption = (source: string) => source.trim() === "" || /^assumption\b/i.test(source.trim());

/** Every controllable parameter whose value in `scenario` is not the default scenario's, in schema order. */
export function differencesFromDefaults(scenario: Scenario): SettingDifference[] {
  const defaults = defaultScenario();
  const out: SettingDifference[] = [];
  for (const section of scenarioSections()) {
    for (const p of section.params) {
      const value = getPath(scenario, p.path);
      const defaultValue = getPath(defaults, p.path);
      if (value === defaultValue || !["number", "string", "boolean"].includes(typeof value)) continue;
      out.push({
        path: p.path,
        value: value as ParamValue,
        defaultValue: defaultValue as ParamValue | undefined,
        source: p.source,
        assumption: isAssumption(p.source),
      });
    }
  }
  return out;
}
