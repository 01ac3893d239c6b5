/**
 * Built-in presets: the shipped `scenarios/*.yaml` files, bundled as text so that
 * `extends: baseline` works in the browser as well as in Node. The texts live in
 * `presets.generated.ts`, written by `scripts/gen-scenario-docs.ts` and checked by a test.
 */
import { PRESET_TEXTS } from "./presets.generated.ts";

/** Names usable in `extends:` (file names of `scenarios/*.yaml` without extension). */
export function presetNames(): string[] {
  return Object.keys(PRESET_TEXTS).sort();
}

/** The YAML text of a preset, or undefined when there is no such preset. */
export function presetText(name: string): string | undefined {
  return Object.hasOwn(PRESET_TEXTS, name) ? PRESET_TEXTS[name] : undefined;
}

/** The file name a preset is reported under in diagnostics. */
export function presetFileName(name: string): string {
  return `preset:${name}`;
}
