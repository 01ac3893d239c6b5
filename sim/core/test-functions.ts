/**
 * Standard test functions of sensitivity analysis with known indices, so anyone can check
 * the estimators against the analytic answer: the Ishigami function (Ishigami and Homma
 * 1990) and Sobol's G function (Saltelli and Sobol' 1995). Each is a problem with input
 * names and bounds, an evaluation on inputs in those bounds, and its analytic first-order
 * and total indices (formulas in Saltelli et al. 2008, "Global Sensitivity Analysis. The
 * Primer", and SALib's `test_functions`).
 */

/** A function to analyse: its inputs, their bounds, and its analytic indices. */
export interface TestFunction {
  name: string;
  inputs: readonly string[];
  bounds: readonly (readonly [number, number])[];
  evaluate(x: ArrayLike<number>): number;
  /** Analytic first-order indices. */
  S1: readonly number[];
  /** Analytic total indices. */
  ST: readonly number[];
}

/**
 * Ishigami: f(x) = sin x1 + a sin² x2 + b x3⁴ sin x1 on [-π, π]³. With a = 7, b = 0.1:
 * S1 ≈ (0.314, 0.442, 0), ST ≈ (0.558, 0.442, 0.244); x3 acts only with x1.
 *
 * @example
 * ```ts
 * const f = ishigami();
 * f.evaluate([0.5, 1, -2]);
 * ```
 */
export function ishigami(a = 7, b = 0.1): TestFunction {
  const pi = Math.PI;
  const v1 = 0.5 * (1 + (b * pi ** 4) / 5) ** 2;
  const v2 = a ** 2 / 8;
  const v13 = (8 * b ** 2 * pi ** 8) / 225; // b² π⁸ / 18 - b² π⁸ / 50
  const v = v1 + v2 + v13;
  return {
    name: "ishigami",
    inputs: ["x1", "x2", "x3"],
    bounds: [
      [-pi, pi],
      [-pi, pi],
      [-pi, pi],
    ],
    evaluate: (x) => Math.sin(x[0]) + a * Math.sin(x[1]) ** 2 + b * x[2] ** 4 * Math.sin(x[0]),
    S1: [v1 / v, v2 / v, 0],
    ST: [(v1 + v13) / v, v2 / v, v13 / v],
  };
}

/** The usual coefficients of the G function: two important inputs, two moderate, four negligible. */
export const G_FUNCTION_COEFFICIENTS: readonly number[] = [0, 1, 4.5, 9, 99, 99, 99, 99];

/**
 * Sobol's G function: g(x) = Π (|4 x_i - 2| + a_i) / (1 + a_i) on [0, 1]^d. The smaller
 * a_i, the more input i matters: V_i = 1 / (3 (1 + a_i)²), V = Π (1 + V_i) - 1,
 * S1_i = V_i / V, ST_i = V_i Π_(j≠i) (1 + V_j) / V.
 *
 * @example
 * ```ts
 * const g = sobolG();            // 8 inputs, a = 0, 1, 4.5, 9, 99, 99, 99, 99
 * g.evaluate([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8]);
 * ```
 */
export function sobolG(a: readonly number[] = G_FUNCTION_COEFFICIENTS): TestFunction {
  const vi = a.map((ai) => 1 / (3 * (1 + ai) ** 2));
  const prod = vi.reduce((p, x) => p * (1 + x), 1);
  const v = prod - 1;
  return {
    name: "sobol-g",
    inputs: a.map((_, i) => `x${i + 1}`),
    bounds: a.map(() => [0, 1] as const),
    evaluate: (x) => {
      let g = 1;
      for (let i = 0; i < a.length; i++) g *= (Math.abs(4 * x[i] - 2) + a[i]) / (1 + a[i]);
      return g;
    },
    S1: vi.map((x) => x / v),
    ST: vi.map((x) => (x * prod) / (1 + x) / v),
  };
}
