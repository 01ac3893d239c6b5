/**
 * The two sensitivity charts as vega-lite specs over rows of one metric, shared by the
 * Sensitivity page and `scripts/sensitivity-figure.ts` (the figures of the docs):
 *
 * - Morris: mu* (x) against sigma (y), one point per parameter with its 95% interval of mu*
 *   and its name. Far right = important; high = its effect depends on the other parameters
 *   (or is non-linear); near the origin = negligible.
 * - Sobol': first-order (S1) and total (ST) index per parameter as bars with 95% intervals.
 */
import type { SensitivityEntry } from "./sensitivity-data.ts";

/**
 * Rows for the Morris chart: one per parameter, with the interval ends; `scale` converts
 * the effects to the unit drawn on the axes (100 for a share shown in percentage points).
 */
export function morrisRows(rows: readonly SensitivityEntry[], scale = 1): Record<string, unknown>[] {
  return rows
    .filter((r) => r.mu_star !== null)
    .map((r) => ({
      parameter: r.parameter,
      mu_star: (r.mu_star ?? 0) * scale,
      sigma: (r.sigma ?? 0) * scale,
      lo: ((r.mu_star ?? 0) - (r.mu_star_conf ?? 0)) * scale,
      hi: ((r.mu_star ?? 0) + (r.mu_star_conf ?? 0)) * scale,
    }));
}

/** Rows for the Sobol' chart: two per parameter (S1 and ST), with the interval ends. */
export function sobolRows(rows: readonly SensitivityEntry[]): Record<string, unknown>[] {
  return rows.flatMap((r) =>
    (["S1", "ST"] as const)
      .filter((k) => r[k] !== null)
      .map((k) => {
        const v = r[k] ?? 0;
        const h = r[k === "S1" ? "S1_conf" : "ST_conf"] ?? 0;
        return { parameter: r.parameter, index: k === "S1" ? "first order (S1)" : "total (ST)", value: v, lo: v - h, hi: v + h };
      }),
  );
}

/**
 * The Morris mu*–sigma plot; `metricTitle` labels the axes, `effectUnit` (the unit of a
 * change of the measure, e.g. "packages", "percentage points (pp) of households") is
 * named on both, since mu* and sigma are in it.
 */
export function morrisSpec(metricTitle: string, effectUnit = ""): object {
  const inUnit = effectUnit ? `; ${effectUnit}` : "";
  return {
    data: { name: "table" },
    height: 260,
    layer: [
      {
        mark: { type: "rule", color: "#8a949e" },
        encoding: { x: { field: "lo", type: "quantitative" }, x2: { field: "hi" }, y: { field: "sigma", type: "quantitative" } },
      },
      {
        mark: { type: "point", filled: true, size: 70, color: "#0b5cad" },
        encoding: {
          x: {
            field: "mu_star",
            type: "quantitative",
            title: `μ* (mean |elementary effect| on ${metricTitle}, per whole range${inUnit})`,
            scale: { zero: true },
          },
          y: { field: "sigma", type: "quantitative", title: `σ (spread of the effects${inUnit})`, scale: { zero: true } },
          tooltip: [
            { field: "parameter" },
            { field: "mu_star", format: ".3~g", title: "μ*" },
            { field: "lo", format: ".3~g", title: "μ* 95% low" },
            { field: "hi", format: ".3~g", title: "μ* 95% high" },
            { field: "sigma", format: ".3~g", title: "σ" },
          ],
        },
      },
      {
        mark: { type: "text", align: "left", dx: 6, dy: -6, fontSize: 11, color: "#1f2933" },
        encoding: { x: { field: "mu_star", type: "quantitative" }, y: { field: "sigma", type: "quantitative" }, text: { field: "parameter" } },
      },
    ],
  };
}

/** The Sobol' bars: S1 and ST per parameter with 95% intervals. */
export function sobolSpec(metricTitle: string): object {
  return {
    data: { name: "table" },
    height: 260,
    encoding: {
      y: { field: "parameter", type: "nominal", title: null, sort: null },
      yOffset: { field: "index" },
      color: { field: "index", type: "nominal", title: "index" },
    },
    layer: [
      {
        mark: { type: "bar" },
        encoding: {
          x: {
            field: "value",
            type: "quantitative",
            title: `share of the variance of ${metricTitle} (fraction, 0 to 1)`,
            scale: { domain: [0, 1], clamp: true },
          },
          tooltip: [
            { field: "parameter" },
            { field: "index" },
            { field: "value", format: ".3f" },
            { field: "lo", format: ".3f" },
            { field: "hi", format: ".3f" },
          ],
        },
      },
      { mark: { type: "rule", color: "#1f2933" }, encoding: { x: { field: "lo", type: "quantitative" }, x2: { field: "hi" } } },
    ],
  };
}
