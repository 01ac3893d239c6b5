/**
 * `compare --precision METRIC=HALFWIDTH`: replications until the differences are precise.
 * A target names a summary metric and the largest half-width its 95% interval of paired
 * differences (every scenario against the first) may have: absolute (`packages_stolen=0.5`)
 * or relative to the first scenario's mean (`packages_stolen=5%`). After each batch the
 * intervals are checked; the next batch size comes from the observed variance
 * (`replicationsFor`, `nextReplications` in sim/core/sequential-replications.ts), at most
 * doubling the replications and never above the maximum. The sizes depend only on the results, never on the number of
 * workers, so the same command gives the same numbers on any machine.
 */
import { CliError } from "../cli-error.ts";
import { EXIT } from "../exit-codes.ts";
import { meanOfDefined, pairedDifferenceOfDefined } from "../stats/mean-interval.ts";
import { nextReplications as nextBatch, replicationsFor } from "../../sim/node.ts";

/** One `--precision` target. */
export interface PrecisionTarget {
  metric: string;
  /** The half-width, or the percentage of the first scenario's mean when `relative`. */
  halfWidth: number;
  relative: boolean;
}

/** Where one target stands for one scenario's difference to the first. */
export interface PrecisionCheck {
  target: PrecisionTarget;
  /** Index of the scenario compared with the first. */
  scenario: number;
  /** The half-width asked for, in the metric's unit. */
  wanted: number;
  /** The half-width of the interval now (NaN below 2 replications). */
  halfWidth: number;
  met: boolean;
  /** Replications the observed variance calls for (Infinity when it cannot tell). */
  needed: number;
}

/**
 * Parses `--precision` values.
 *
 * @example
 * ```ts
 * parsePrecision(["packages_stolen=0.5", "camera_adoption=5%"]);
 * ```
 */
export function parsePrecision(values: readonly string[]): PrecisionTarget[] {
  return values.map((v) => {
    const m = /^([A-Za-z0-9_]+)=(\d+(?:\.\d+)?(?:e-?\d+)?)(%?)$/.exec(v.trim());
    if (!m || !(Number(m[2]) > 0)) {
      throw new CliError(
        `--precision expects METRIC=HALFWIDTH or METRIC=PERCENT% with a number above 0 (e.g. packages_stolen=0.5), got "${v}"`,
        EXIT.usage,
      );
    }
    return { metric: m[1], halfWidth: Number(m[2]), relative: m[3] === "%" };
  });
}

/** Throws a `CliError` naming every target metric the model does not report. */
export function checkPrecisionMetrics(targets: readonly PrecisionTarget[], metrics: readonly string[]): void {
  const unknown = targets.filter((t) => !metrics.includes(t.metric)).map((t) => t.metric);
  if (unknown.length > 0) {
    throw new CliError(
      `--precision names ${unknown.map((m) => `"${m}"`).join(", ")}, not a summary metric of the model (see doorstep run's table)`,
      EXIT.invalid,
    );
  }
}

/**
 * `column(k, metric)`: the values of one metric for scenario k, one per replication, in
 * seed order; null where the metric is undefined in a run (left out, as in the table).
 */
export type Column = (scenario: number, metric: string) => (number | null)[];

/** Every target against every scenario after the first. */
export function checkPrecision(targets: readonly PrecisionTarget[], scenarios: number, column: Column): PrecisionCheck[] {
  const out: PrecisionCheck[] = [];
  for (const target of targets) {
    const ref = column(0, target.metric);
    const refMean = meanOfDefined(ref).mean;
    const wanted = target.relative ? (Math.abs(refMean) * target.halfWidth) / 100 : target.halfWidth;
    for (let k = 1; k < scenarios; k++) {
      const d = pairedDifferenceOfDefined(ref, column(k, target.metric));
      const halfWidth = (d.hi - d.lo) / 2;
      const met = halfWidth <= wanted;
      const needed = replicationsFor(d.n, halfWidth, wanted);
      out.push({ target, scenario: k, wanted, halfWidth, met, needed });
    }
  }
  return out;
}

/** The replications the next batch should reach (`current` when every check is met or at the maximum). */
export function nextReplications(current: number, checks: readonly PrecisionCheck[], max: number): number {
  return nextBatch(
    current,
    checks.filter((c) => !c.met).map((c) => c.needed),
    max,
  );
}
