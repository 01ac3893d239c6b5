/**
 * Flags that set a scenario parameter (`--days` is `run.days`, `--seed` is `run.seed`)
 * obey the schema's range, checked by the same function as a scenario file, a `--set`
 * and a dashboard link (`checkParam`). A value out of range is a usage error (exit 2).
 */
import { checkParam } from "../sim/node.ts";
import { CliError } from "./cli-error.ts";
import { EXIT } from "./exit-codes.ts";

/**
 * Checks each given flag value against its parameter; undefined values are skipped.
 *
 * @example
 * ```ts
 * checkFlagLimits({ "--days": ["run.days", flags.days] }); // throws for --days 1000000000
 * ```
 */
export function checkFlagLimits(flags: Record<string, [path: string, value: number | undefined]>): void {
  for (const [flag, [path, value]] of Object.entries(flags)) {
    if (value === undefined) continue;
    const r = checkParam(path, value);
    if (!r.ok) throw new CliError(`${flag} (${path}): ${r.message}`, EXIT.usage);
  }
}
