/**
 * Sensitivity results as table rows, one per output metric and input: the shape of
 * `sensitivity.csv`. `analyseDesign` runs the Morris or Sobol' analyser on one output of a
 * design; `analyseTestFunction` runs a whole analysis of a test function with known indices.
 */
import { morrisIndices, morrisSample } from "./morris.ts";
import { saltelliSample, sobolIndices } from "./saltelli.ts";
import { ishigami, sobolG, type TestFunction } from "./test-functions.ts";

/** The sensitivity methods. */
export type SensitivityMethod = "morris" | "sobol";

/** One row of sensitivity.csv; NaN where a statistic does not apply to the method. */
export interface SensitivityRow {
  metric: string;
  parameter: string;
  method: SensitivityMethod;
  mu: number;
  mu_star: number;
  mu_star_conf: number;
  sigma: number;
  S1: number;
  S1_conf: number;
  ST: number;
  ST_conf: number;
}

/** The column order of sensitivity.csv. */
export const SENSITIVITY_COLUMNS = [
  "metric",
  "parameter",
  "method",
  "mu",
  "mu_star",
  "mu_star_conf",
  "sigma",
  "S1",
  "S1_conf",
  "ST",
  "ST_conf",
] as const;

/** A second-order index of a pair of inputs. */
export interface SecondOrderRow {
  metric: string;
  parameter: string;
  parameter2: string;
  S2: number;
  S2_conf: number;
}

/** A design in the unit hypercube as the analysis needs it. */
export interface DesignShape {
  method: SensitivityMethod;
  parameters: readonly string[];
  /** Sobol': base samples N of the (possibly stacked) design. */
  samples?: number;
  secondOrder?: boolean;
}

/** Bootstrap settings. */
export interface BootstrapOptions {
  resamples?: number;
  seed?: number;
}

const EMPTY = { mu: Number.NaN, mu_star: Number.NaN, mu_star_conf: Number.NaN, sigma: Number.NaN };
const NO_SOBOL = { S1: Number.NaN, S1_conf: Number.NaN, ST: Number.NaN, ST_conf: Number.NaN };

/**
 * The rows for one output `metric` of a design: `x` are the points on the unit scale
 * (as run), `y` the outputs in the same order.
 *
 * @example
 * ```ts
 * const { rows } = analyseDesign({ method: "morris", parameters: ["a", "b"] }, pts, y, "cost");
 * ```
 */
export function analyseDesign(
  shape: DesignShape,
  x: readonly ArrayLike<number>[],
  y: ArrayLike<number>,
  metric: string,
  opts: BootstrapOptions = {},
): { rows: SensitivityRow[]; secondOrder: SecondOrderRow[] } {
  const d = shape.parameters.length;
  const boot = { resamples: opts.resamples ?? 1000, seed: opts.seed ?? 0 };
  if (shape.method === "morris") {
    const m = morrisIndices(x, y, d, boot);
    const rows = shape.parameters.map(
      (parameter, i): SensitivityRow => ({
        metric,
        parameter,
        method: "morris",
        mu: m.mu[i],
        mu_star: m.muStar[i],
        mu_star_conf: m.muStarConf[i],
        sigma: m.sigma[i],
        ...NO_SOBOL,
      }),
    );
    return { rows, secondOrder: [] };
  }
  const s = sobolIndices(y, d, shape.samples ?? 0, { ...boot, secondOrder: shape.secondOrder ?? false });
  const rows = shape.parameters.map(
    (parameter, i): SensitivityRow => ({
      metric,
      parameter,
      method: "sobol",
      ...EMPTY,
      S1: s.S1[i],
      S1_conf: s.S1Conf[i],
      ST: s.ST[i],
      ST_conf: s.STConf[i],
    }),
  );
  const secondOrder: SecondOrderRow[] = [];
  if (s.S2 && s.S2Conf) {
    for (let i = 0; i < d; i++) {
      for (let j = i + 1; j < d; j++) {
        secondOrder.push({ metric, parameter: shape.parameters[i], parameter2: shape.parameters[j], S2: s.S2[i][j], S2_conf: s.S2Conf[i][j] });
      }
    }
  }
  return { rows, secondOrder };
}

/** The shipped test functions by name. */
export const TEST_FUNCTIONS: Readonly<Record<string, () => TestFunction>> = { ishigami: () => ishigami(), "sobol-g": () => sobolG() };

/** Options of {@link analyseTestFunction}. */
export interface TestFunctionAnalysis extends BootstrapOptions {
  method: SensitivityMethod;
  /** Sobol': base samples N (a power of two). */
  samples?: number;
  /** Morris: trajectories, levels, candidates. */
  trajectories?: number;
  levels?: number;
  candidates?: number;
  secondOrder?: boolean;
  seed: number;
}

/**
 * Samples, evaluates and analyses a test function; the rows' metric is the function's name.
 * `analytic` holds its known S1 and ST per input for comparison.
 *
 * @example
 * ```ts
 * const r = analyseTestFunction("ishigami", { method: "sobol", samples: 8192, seed: 1 });
 * r.rows[0].S1;        // ≈ 0.314 (analytic: r.analytic.S1[0])
 * ```
 */
export function analyseTestFunction(
  name: string,
  opts: TestFunctionAnalysis,
): { rows: SensitivityRow[]; secondOrder: SecondOrderRow[]; analytic: { S1: readonly number[]; ST: readonly number[] }; evaluations: number } {
  const make = TEST_FUNCTIONS[name];
  if (!make) throw new RangeError(`unknown test function "${name}"; expected one of ${Object.keys(TEST_FUNCTIONS).join(", ")}`);
  const f = make();
  const d = f.inputs.length;
  const pts =
    opts.method === "morris"
      ? morrisSample(d, {
          trajectories: opts.trajectories ?? 20,
          levels: opts.levels ?? 4,
          ...(opts.candidates !== undefined ? { candidates: opts.candidates } : {}),
          seed: opts.seed,
        })
      : saltelliSample(d, opts.samples ?? 1024, opts.seed, { secondOrder: opts.secondOrder ?? false });
  const y = Float64Array.from(pts, (u) => f.evaluate(Array.from(u, (v, i) => f.bounds[i][0] + v * (f.bounds[i][1] - f.bounds[i][0]))));
  const shape: DesignShape = { method: opts.method, parameters: f.inputs, samples: opts.samples ?? 1024, secondOrder: opts.secondOrder ?? false };
  const { rows, secondOrder } = analyseDesign(shape, pts, y, f.name, { resamples: opts.resamples ?? 1000, seed: opts.seed });
  return { rows, secondOrder, analytic: { S1: f.S1, ST: f.ST }, evaluations: pts.length };
}
