/**
 * The command lines that reproduce a dashboard view with the CLI, for reports: the same
 * scenario, seeds, days and changed parameters give the same numbers (the engine is shared).
 */
import type { ParamValue } from "./schema-params.ts";

/** Quotes a shell word when it needs it (POSIX single quotes). */
export function shellWord(word: string): string {
  return /^[\w@%+=:,./-]+$/.test(word) ? word : `'${word.replace(/'/g, `'"'"'`)}'`;
}

const setFlags = (overrides: ReadonlyMap<string, ParamValue>): string[] => [...overrides].map(([k, v]) => `--set ${shellWord(`${k}=${String(v)}`)}`);

/** `doorstep run` for an Explore view; `scenarioFile` is the library file or the user's saved YAML. */
export function runCommand(o: { scenarioFile: string; seed: number; days: number | null; overrides: ReadonlyMap<string, ParamValue> }): string {
  const parts = ["npx doorstep run", shellWord(o.scenarioFile), `--seed ${o.seed}`];
  if (o.days !== null) parts.push(`--days ${o.days}`);
  return [...parts, ...setFlags(o.overrides)].join(" ");
}

export interface CompareRecipe {
  /** One small file per policy: name and text. */
  files: { name: string; text: string }[];
  command: string;
}

/**
 * `doorstep compare` for a Compare view. The CLI compares scenario files, so each policy
 * gets a two-line file that extends the base scenario and names the policy.
 */
export function compareRecipe(o: {
  /** A library scenario id (a built-in preset) or a relative path to the user's file. */
  base: string;
  policies: string[];
  replications: number;
  seed: number;
  days: number | null;
  overrides: ReadonlyMap<string, ParamValue>;
}): CompareRecipe {
  const files = o.policies.map((p) => ({ name: `${p}.yaml`, text: `extends: ${o.base}\npolicy:\n  name: ${p}\n` }));
  const parts = ["npx doorstep compare", ...files.map((f) => shellWord(f.name)), `--replications ${o.replications}`, `--seed ${o.seed}`];
  if (o.days !== null) parts.push(`--days ${o.days}`);
  return { files, command: [...parts, ...setFlags(o.overrides)].join(" ") };
}
